"""Reviewing proposals (detector output waiting for a person): accept or reject the chosen one,
step to the next or previous (the detector's least sure first, or in reading order), accept all
of a kind on this page or in this document. Accepting a redaction shows the exemption codes
detected beside its box, filled in, for the person to confirm. A proposal whose words already
carry it (a person marked the same SECRET there since: app/core/annotating/already_marked.py)
is said to be already marked when the review steps onto it, is not accepted a second time (the
person is offered to reject it as redundant), and accept all leaves it proposed and counts it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core import wording
from app.core.annotating import annotation_listing, annotation_rows, bulk_accept
from app.core.annotating import annotations as A
from app.core.annotating.already_marked import (
    AlreadyMarkedError,
    already_marked,
    layer_boxes,
    marked_proposals,
)
from app.core.annotating.exemptions import close_exemptions
from app.core.annotating.records import AnnotationRecord, Region, reading_order
from app.core.annotating.vocabulary import RedactionBody, Status
from app.core.documents.queries import PageText
from app.core.errors import RedlineError
from app.ui.annotating.actions import AnnotationActions
from app.ui.base import settings as S
from app.ui.base.language import say, tr, translate
from app.ui.base.plain_label import plain_message
from app.ui.document.annotation_style import KIND_NOUNS


def _doubt(confidence: float | None) -> float:
    """How sure the detector was (1 when it did not say): the review order's first key."""
    return 1.0 if confidence is None else float(confidence)


def step_proposal(
    actions: AnnotationActions, step: int, chosen: AnnotationRecord | None = None
) -> str | None:
    """Show the next (step 1) or previous (-1) proposal of the document, wrapping around: the
    least sure first (the setting "Most doubtful first"), else in reading order. Where each
    comes is read without its body
    (:func:`~app.core.annotating.annotation_listing.proposal_places`): a key press steps through
    thousands. ``chosen``: the chosen annotation as just read (its place is where it was: not
    read again)."""
    summary = actions.view.summary
    if summary is None:
        return None
    try:
        places = annotation_listing.proposal_places(actions.lib, summary.id)
    except RedlineError as exc:  # (the server gone, or the person stopped waiting for it)
        actions.message.emit(say(exc))
        return None
    if not places:
        actions.message.emit(translate("Redline", "No proposals left in this document."))
        return None
    doubt_first = actions.context.settings.get(S.DOUBTFUL_FIRST)

    def key(confidence: float | None, page: int, order: Sequence[Any] = ()) -> tuple[Any, ...]:
        # page, text position, top and left of region, then id (so that proposals on one span
        # are told apart); the least sure first before all of it, when so set
        where = (page, *order)
        return (_doubt(confidence), *where) if doubt_first else where

    keys = sorted((key(p.confidence, p.page_index, p.order), p.uuid) for p in places)
    uuids = [uuid for _, uuid in keys]
    page = actions.page
    if page.current in uuids:
        i = (uuids.index(page.current) + step) % len(uuids)
    else:  # from the chosen annotation (just accepted or rejected), else the page's start
        ordered = [k for k, _ in keys]
        if chosen is None or chosen.uuid != page.current:
            chosen = page.record(page.current) if page.current else None
        index = {p.id: p.index for p in summary.pages}
        at = actions.view.index if chosen is None else index.get(chosen.page_id, 0)
        # (at,) sorts before every key of that page: nothing chosen starts at its top (or,
        # least sure first, at the least sure of all).
        here = (
            key(chosen.confidence, at, reading_order(chosen))
            if chosen
            else ((-1.0, at) if doubt_first else (at,))
        )
        # Forward: the first after it, else the first; back: the last before it, else (-1) the last.
        i = (
            bisect_right(ordered, here) % len(ordered)
            if step > 0
            else bisect_left(ordered, here) - 1
        )
    page.show_annotation(uuids[i])
    say_if_marked(actions, uuids[i])
    return uuids[i]


def marked_on_page(
    text: PageText | None, records: Sequence[AnnotationRecord]
) -> dict[str, AnnotationRecord]:
    """The proposals among a page's ``records`` whose words already carry them, each with the
    annotation that does, from the records and the words (``text``) as read: no query."""
    if text is None:
        return marked_proposals(records, layer_boxes(None, ()))
    words = [
        (w.start, w.end, None if w.box is None else Region(*w.box[:2], *_size(w.box)))
        for w in text.words
    ]
    return marked_proposals(records, layer_boxes(text.layer_id, words))


def _size(box: tuple[float, float, float, float]) -> tuple[float, float]:
    """A word box's (x0, y0, x1, y1) width and height."""
    return box[2] - box[0], box[3] - box[1]


def say_if_marked(actions: AnnotationActions, uuid: str) -> None:
    """Say that the proposal the review stepped onto is already marked, and what A does then:
    known from the page as read when it is the page's (no query: a step on a team library
    waits for no more round trips), else (its page still being read) asked; then who marked it
    read."""
    records = actions.page.records
    if any(r.uuid == uuid for r in records) and uuid not in marked_on_page(
        actions.view.page_text, records
    ):
        return
    try:
        found = already_marked(actions.lib, uuid)
    except RedlineError:  # (the server gone: the accept says it, or why it cannot)
        return
    if found is not None:
        offer = translate("Redline", "A offers to reject this proposal as redundant.")
        actions.message.emit(" ".join((say(found.said), offer)))


def decide(actions: AnnotationActions, status: Status) -> None:
    """Accept or reject the chosen annotation, then move on to the next proposal. Decided as
    drawn (the write compares it with the row, so what another reviewer changed since is not
    overwritten; on a team library a read first would be a round trip more), except a proposed
    redaction to accept, read first: its exemption codes are put to the person."""
    uuid = actions.page.current
    rec = (actions.page.shown(uuid) or actions.page.record(uuid)) if uuid else None
    if rec is not None and status == "accepted" and rec.kind == "redaction":
        rec = actions.page.record(rec.uuid)
    if rec is None:
        if uuid is None:  # (else it could not be read: the record said why)
            actions.message.emit(
                translate("Redline", "Choose a proposal first (N steps to the next one).")
            )
        return
    if rec.status != "proposed" and not _decide_again(actions, rec, status):
        return
    if status == "accepted" and rec.kind == "redaction" and rec.status == "proposed":
        if not actions.ready_to_write() or not _accept_redaction(actions, rec):
            return
    elif not actions.set_status(rec.uuid, status):
        return  # (said why; nothing to move on from)
    if rec.status == "proposed":
        step_proposal(actions, 1, chosen=rec)


def ask_withdraw(actions: AnnotationActions) -> bool:
    """Whether the person confirms withdrawing an accepted redaction (No by default).
    Replaceable so that tests can answer."""
    answer = plain_message(
        actions.view.window(),
        QMessageBox.Icon.Warning,
        translate("Redline", "Reject the accepted redaction?"),
        translate(
            "Redline",
            "This redaction was accepted. Rejected, it is no longer burned in: what it covers "
            "is shown in every publication made after.\n\nReject it?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _decide_again(actions: AnnotationActions, rec: AnnotationRecord, status: Status) -> bool:
    """Whether A or R may turn an annotation that is no proposal (said when not). A and R decide
    proposals: a person's own annotation is never turned by them (a stray R, typed into the
    text pane as a form was meant, withdrew a reviewer's redaction, and the next publication
    showed its words); the same decision again changes nothing; a decided proposal may be
    decided again (a rejected one accepted, say), an accepted redaction withdrawn only once the
    person confirms."""
    kind = tr(KIND_NOUNS[rec.kind])
    if rec.origin == "person":
        actions.message.emit(
            translate(
                "Redline",
                "Not changed: Accept and Reject decide proposals, and this {kind} was made by a "
                "person. To remove it, delete it (Del).",
            ).format(kind=kind)
        )
        return False
    if rec.status == status:
        actions.message.emit(
            (
                translate("Redline", "This {kind} is already accepted.")
                if status == "accepted"
                else translate("Redline", "This {kind} is already rejected.")
            ).format(kind=kind)
        )
        return False
    if rec.kind == "redaction" and status == "rejected" and not ask_withdraw(actions):
        actions.message.emit(translate("Redline", "Not rejected: the redaction stays accepted."))
        return False
    return True


def _accept_redaction(actions: AnnotationActions, rec: AnnotationRecord) -> bool:
    """Accept a proposed redaction with the exemption codes the person confirms (those detected
    beside the box, filled in): one undo step. Checked and written as every edit of the window
    is: a redaction another reviewer changed since the window showed it, or while the person
    confirmed, is not overwritten; the person is told and the page shows theirs."""
    shown = actions.page.shown(rec.uuid) or rec
    if not shown.same_state(rec):
        actions.refused(annotation_rows.StaleEditError(annotation_rows.STALE_EDIT))
        return False
    try:  # (a box already redacted: no codes to confirm, the offer to reject it instead)
        found = already_marked(actions.lib, rec.uuid)
    except RedlineError as exc:
        actions.refused(exc)
        return False
    if found is not None:
        return actions.offer_reject_redundant(found)
    confirmed = actions.confirm_redaction(rec.body, region=rec.region)
    if confirmed is None:
        actions.message.emit(
            translate("Redline", "Not accepted: the redaction is still a proposal.")
        )
        return False
    body = {**rec.body, **confirmed}
    if "note" not in confirmed:
        body.pop("note", None)  # the person cleared it
    try:
        change = A.update_annotation(
            actions.lib, rec.uuid, author=actions.author(), body=body, status="accepted",
            expected=shown,
        )  # fmt: skip
    except AlreadyMarkedError as exc:  # (redacted by another reviewer while confirmed)
        return actions.offer_reject_redundant(exc.found)
    except RedlineError as exc:
        actions.refused(exc)
        return False
    actions.push([change], translate("Redline", "Accept redaction"))
    codes = ", ".join(cast(RedactionBody, change.record.body)["exemptions"]) or translate(
        "Redline", "no exemption code"
    )
    actions.message.emit(
        translate("Redline", "Accepted the redaction ({codes}).").format(codes=codes)
    )
    return True


def accept_all_of_kind(actions: AnnotationActions, *, document: bool) -> int:
    """Accept every proposal of the chosen annotation's kind on this page (or document)."""
    current = actions.page.current
    rec = actions.page.record(current) if current else None
    page, summary = actions.view.page, actions.view.summary
    if rec is None or page is None or summary is None:
        if current is None or rec is not None:  # (unread: the record said why)
            actions.message.emit(
                translate("Redline", "Choose a proposal first: accept all takes its kind.")
            )
        return 0
    scope = {"document_id": summary.id} if document else {"page_id": page.id}
    try:
        outcome = bulk_accept.accept_all(
            actions.lib, kind=rec.kind, author=actions.author(), **scope
        )
    except RedlineError as exc:
        actions.message.emit(say(exc))
        return 0
    changes = outcome.changes
    kind, n = tr(KIND_NOUNS.get(rec.kind, rec.kind)), len(changes)
    # (counted: "Accepted 1 redaction proposal", not "1 … proposals")
    step = (
        wording.translate("Redline", "Accept %n {kind} proposals on this document").counted(
            n, one="Accept %n {kind} proposal on this document"
        )
        if document
        else wording.translate("Redline", "Accept %n {kind} proposals on this page").counted(
            n, one="Accept %n {kind} proposal on this page"
        )
    ).format(kind=kind)
    if changes:
        actions.push(changes, say(step))
    done = say(
        (
            wording.translate("Redline", "Accepted %n {kind} proposals on this document.").counted(
                n, one="Accepted %n {kind} proposal on this document."
            )
            if document
            else wording.translate("Redline", "Accepted %n {kind} proposals on this page.").counted(
                n, one="Accepted %n {kind} proposal on this page."
            )
        ).format(kind=kind)
    )
    if outcome.marked:
        done += " " + say(marked_message(outcome.marked))
    if outcome.held:
        done += " " + held_message(outcome.held)
        show_held(actions, outcome.held)
    actions.message.emit(done)
    return n


def marked_message(marked: Sequence[bulk_accept.MarkedProposal]) -> wording.Message:
    """How many accept all left proposed because their words already carry them."""
    return wording.translate(
        "Redline",
        "%n left: already marked (N steps to them; A offers to reject each as redundant).",
    ).counted(
        len(marked),
        one="%n left: already marked (N steps to it; A offers to reject it as redundant).",
    )


def show_held(actions: AnnotationActions, held: Sequence[bulk_accept.HeldProposal]) -> None:
    """The proposals accept all left, a line each, in a box that waits for nobody: the status
    bar, beside the page, zoom and review status, shows only the first words of the message
    (the codes, what the person must act on, were cut off)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Redline", "Proposals left for you"),
        say(_held_why(held)),
        QMessageBox.StandardButton.Ok,
        actions.window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # (the codes as typed: never markup)
    box.setInformativeText("\n".join(_held_codes(held)))
    # (shown, not opened: open() would block the window, where the person corrects the codes
    # with the list in sight)
    box.setWindowModality(Qt.WindowModality.NonModal)
    if actions.held_notice is not None:  # (one list: the last accept all's)
        actions.held_notice.deleteLater()
    actions.held_notice = box
    box.show()


def held_message(held: Sequence[bulk_accept.HeldProposal]) -> str:
    """The proposals accept all left proposed, and why; then each code on its page, with the
    known codes it may be a slip for: "Page 2: 3.3(a)(1) — did you mean 3.3(b)(1)?"."""
    return " ".join([say(_held_why(held)), *_held_codes(held)])


def _held_why(held: Sequence[bulk_accept.HeldProposal]) -> wording.Message:
    return wording.translate(
        "Redline",
        "%n left as proposals: their exemption codes are not in the vocabulary. Correct the "
        "codes, then accept them one by one.",
    ).counted(
        len(held),
        one="%n left as a proposal: its exemption codes are not in the vocabulary. Correct the "
        "codes, then accept it.",
    )


def _held_codes(held: Sequence[bulk_accept.HeldProposal]) -> list[str]:
    return [_held_code(code, h.page_index + 1) for h in held for code in h.codes]


def _held_code(code: str, page: int) -> str:
    close = close_exemptions(code)
    if not close:
        return translate("Redline", "Page {page}: {code}.").format(page=page, code=code)
    either = close[0]
    if len(close) > 1:
        either = translate("Redline", "{first} or {last}").format(
            first=", ".join(close[:-1]), last=close[-1]
        )
    return translate("Redline", "Page {page}: {code} — did you mean {codes}?").format(
        page=page, code=code, codes=either
    )
