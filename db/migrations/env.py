"""Alembic environment: always run with a connection handed over by db.migrate."""

from alembic import context

from db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can ALTER very little: rebuild tables in batches
)
with context.begin_transaction():
    context.run_migrations()
