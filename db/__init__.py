"""Persistence for Redline: SQLAlchemy models, the engine with its PRAGMAs, and Alembic migrations.

Imports nothing from ``app``; knows nothing about Qt or PDFs.
"""
