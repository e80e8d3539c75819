"""Reviewing proposals (detector output waiting for a person): accept or reject the chosen one,
step to the next or previous, accept all of a kind on this page or in this document."""

from __future__ import annotations

from app.core import annotations as A
from app.core.errors import RedlineError
from app.core.vocabulary import AnnotationRecord
from app.ui.annotation_actions import AnnotationActions


def _position(actions: AnnotationActions, rec: AnnotationRecord) -> tuple[int, int, float]:
    summary = actions.view.summary
    index = next((p.index for p in summary.pages if p.id == rec.page_id), 0) if summary else 0
    start = rec.text.start if rec.text else 1 << 30
    top = rec.region.y if rec.region else 0.0
    return index, start, top


def step_proposal(actions: AnnotationActions, step: int) -> str | None:
    """Show the next (step 1) or previous (-1) proposal of the document, wrapping around."""
    summary = actions.view.summary
    if summary is None:
        return None
    proposals = A.list_annotations(actions.lib, document_id=summary.id, status="proposed")
    if not proposals:
        actions.message.emit("No proposals left in this document.")
        return None
    ordered = sorted(proposals, key=lambda r: _position(actions, r))
    uuids = [r.uuid for r in ordered]
    if actions.current in uuids:
        i = (uuids.index(actions.current) + step) % len(uuids)
    else:  # from the chosen annotation (just accepted or rejected), else the page's start
        chosen = actions.record(actions.current) if actions.current else None
        here = _position(actions, chosen) if chosen else (actions.view.index, -1, -1.0)
        after = [j for j, r in enumerate(ordered) if _position(actions, r) > here]
        before = [j for j, r in enumerate(ordered) if _position(actions, r) < here]
        forward = after[0] if after else 0
        i = forward if step > 0 else (before[-1] if before else len(ordered) - 1)
    actions.show_annotation(uuids[i])
    return uuids[i]


def decide(actions: AnnotationActions, status: str) -> None:
    """Accept or reject the chosen annotation, then move on to the next proposal."""
    uuid = actions.current
    rec = actions.record(uuid) if uuid else None
    if rec is None:
        actions.message.emit("Choose a proposal first (N steps to the next one).")
        return
    actions.set_status(rec.uuid, status)
    if rec.status == "proposed":
        step_proposal(actions, 1)


def accept_all_of_kind(actions: AnnotationActions, *, document: bool) -> int:
    """Accept every proposal of the chosen annotation's kind on this page (or document)."""
    rec = actions.record(actions.current) if actions.current else None
    page, summary = actions.view.page, actions.view.summary
    if rec is None or page is None or summary is None:
        actions.message.emit("Choose a proposal first: accept all takes its kind.")
        return 0
    scope = {"document_id": summary.id} if document else {"page_id": page.id}
    try:
        changes = A.accept_all(actions.lib, kind=rec.kind, author=actions.author(), **scope)
    except RedlineError as exc:
        actions.message.emit(str(exc))
        return 0
    where = "document" if document else "page"
    actions.push(changes, f"Accept {len(changes)} {rec.kind} proposals on this {where}")
    actions.message.emit(f"Accepted {len(changes)} {rec.kind} proposals on this {where}.")
    return len(changes)
