"""Accepted redactions are burned into publication PDFs by default.

Before, a redaction was burned in only when its body said ``"publish": true``, which nothing in the
window or on the command line ever set. Now every accepted redaction is burned in unless a person
chose ``"leave_visible": true``. Upgrading drops ``publish`` from every redaction body, so each
redaction made before is burned in (the safe side: a flag nobody could set says nothing about what
its author wanted shown). Downgrading writes ``"publish": true`` on every redaction not left
visible, so the older program keeps burning them in, and drops ``leave_visible``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import json
from collections.abc import Callable
from typing import Any

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _rewrite(change: Callable[[dict[str, Any]], dict[str, Any]], where: str) -> None:
    """Apply ``change`` to the body of every redaction matching ``where`` (bodies are stored with
    sorted keys and Unicode kept, as the annotation service writes them)."""
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        f"SELECT id, body FROM annotations WHERE kind = 'redaction' AND {where}"
    ).all()
    updates = []
    for row_id, raw in rows:
        try:
            body = json.loads(raw)
        except ValueError:
            continue  # not a JSON object: the services read it as {"value": ...}; leave it
        if isinstance(body, dict):
            updates.append((json.dumps(change(body), ensure_ascii=False, sort_keys=True), row_id))
    if updates:
        conn.exec_driver_sql("UPDATE annotations SET body = ? WHERE id = ?", updates)


def _burn_by_default(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "publish"}


def _publish_unless_visible(body: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in body.items() if k != "leave_visible"}
    out["publish"] = body.get("leave_visible") is not True
    return out


def upgrade() -> None:
    _rewrite(_burn_by_default, "body LIKE '%\"publish\"%'")


def downgrade() -> None:
    _rewrite(_publish_unless_visible, "1 = 1")
