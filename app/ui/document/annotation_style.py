"""How annotations look, shared by the text pane, the scan and the list: a colour per kind (a
tag's own colour for tags), and a treatment per status (proposals dashed and hatched, rejected
faint)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from app.core.annotating.records import AnnotationRecord
from app.core.annotating.tag_store import TagNode, walk_tags
from app.core.annotating.vocabulary import (
    LEAVE_VISIBLE,
    CorrectionBody,
    MarkingBody,
    NoteBody,
    RedactionBody,
)
from app.core.detection.redaction_notes import read_note
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.theme import colours

KIND_LABELS = {
    "correction": QT_TRANSLATE_NOOP("Redline", "Correction"),
    "tag": QT_TRANSLATE_NOOP("Redline", "Tag"),
    "marking": QT_TRANSLATE_NOOP("Redline", "Marking"),
    "redaction": QT_TRANSLATE_NOOP("Redline", "Redaction"),
    "note": QT_TRANSLATE_NOOP("Redline", "Note"),
}
KIND_NOUNS = {  # the kind within a sentence ("Edit {kind}…")
    "correction": QT_TRANSLATE_NOOP("Redline", "correction"),
    "tag": QT_TRANSLATE_NOOP("Redline", "tag"),
    "marking": QT_TRANSLATE_NOOP("Redline", "marking"),
    "redaction": QT_TRANSLATE_NOOP("Redline", "redaction"),
    "note": QT_TRANSLATE_NOOP("Redline", "note"),
}


def colour_of(record: AnnotationRecord, tag_colours: dict[int, str]) -> QColor:
    """A tag annotation takes its tag's colour; every other kind its kind's colour. (Shared
    objects: callers copy before changing one.)"""
    if record.kind == "tag" and record.tag_id is not None and record.tag_id in tag_colours:
        return _named(tag_colours[record.tag_id])
    scheme = colours()  # the light or the dark set, as the window is shown now
    return scheme.kinds.get(record.kind, scheme.other_kind)


def scan_colour_of(record: AnnotationRecord, tag_colours: dict[int, str]) -> QColor:
    """:func:`colour_of` for drawing on the scan, which is on white paper in both schemes: a
    redaction is dark there (:attr:`Colours.redaction_on_paper`)."""
    if record.kind == "redaction":
        return colours().redaction_on_paper
    return colour_of(record, tag_colours)


@cache
def _named(name: str) -> QColor:
    return QColor(name)


def text_background(record: AnnotationRecord, colour: QColor) -> QColor:
    """Background in the text pane: lighter for proposals, barely there when rejected."""
    c = QColor(colour)
    alpha = {"accepted": 90, "proposed": 45, "rejected": 18}.get(record.status, 60)
    if record.kind == "redaction":
        alpha = min(alpha, 60)
    c.setAlpha(alpha)
    return c


def region_pen(record: AnnotationRecord, colour: QColor, selected: bool) -> QPen:
    """Cosmetic outline: solid if accepted, dashed for a proposal, dotted and faint if rejected."""
    c = QColor(colour)
    if record.status == "rejected":
        c.setAlpha(90)
    pen = QPen(c, 3 if selected else 2 if record.status == "accepted" else 1.5)
    pen.setCosmetic(True)
    style = {"proposed": Qt.PenStyle.DashLine, "rejected": Qt.PenStyle.DotLine}
    pen.setStyle(style.get(record.status, Qt.PenStyle.SolidLine))
    return pen


def region_brush(record: AnnotationRecord, colour: QColor) -> QBrush:
    """Fill: translucent when accepted, hatched for a proposal, none when rejected."""
    c = QColor(colour)
    if record.status == "proposed":
        c.setAlpha(140)
        return QBrush(c, Qt.BrushStyle.BDiagPattern)
    if record.status == "rejected" or left_visible(record):
        return QBrush(Qt.BrushStyle.NoBrush)  # (a redaction left visible: only its outline)
    c.setAlpha(150 if record.kind == "redaction" else 55)
    return QBrush(c)


def left_visible(record: AnnotationRecord) -> bool:
    """A redaction a person chose not to burn into publications."""
    return record.kind == "redaction" and record.body.get(LEAVE_VISIBLE) is True


# A marking's category as the annotations list and the scan's hover name it: a word, where the
# editor shows the vocabulary's longer label ("classification", "Einstufung").
CATEGORY_WORDS = {
    "classification": QT_TRANSLATE_NOOP("Redline", "classification"),
    "portion": QT_TRANSLATE_NOOP("Redline", "portion"),
    "control": QT_TRANSLATE_NOOP("Redline", "control"),
    "release": QT_TRANSLATE_NOOP("Redline", "release"),
    "exemption": QT_TRANSLATE_NOOP("Redline", "exemption"),
    "declassification": QT_TRANSLATE_NOOP("Redline", "declassification"),
    "identifier": QT_TRANSLATE_NOOP("Redline", "identifier"),
}


def describe(record: AnnotationRecord, tag_names: dict[int, str]) -> str:
    """One line for the list and tooltips: what the annotation says."""
    # (.get: a body read back from a file another program wrote may lack a field)
    if record.kind == "correction":
        quote = record.text.quote if record.text else ""
        return f"{quote} → {cast(CorrectionBody, record.body).get('replacement', '')}"
    if record.kind == "tag":
        return tag_names.get(record.tag_id or 0, translate("Redline", "(deleted tag)"))
    if record.kind == "marking":
        marking = cast(MarkingBody, record.body)
        struck = translate("Redline", " (struck)") if marking.get("struck") else ""
        category = marking.get("category", "")
        value = f"{tr(CATEGORY_WORDS.get(category, category))}: {marking.get('value', '')}"
        return f"{value}{struck}{_sureness(record)}"
    if record.kind == "redaction":
        redaction = cast(RedactionBody, record.body)
        codes = ", ".join(redaction.get("exemptions", [])) or translate("Redline", "no code")
        visible = (
            translate("Redline", " · left visible in publications") if left_visible(record) else ""
        )
        note = say(read_note(redaction["note"])) if redaction.get("note") else ""
        return f"{codes}{visible}{' — ' + note if note else ''}{_sureness(record)}"
    return cast(NoteBody, record.body).get("text", "")


def tooltip(record: AnnotationRecord, tag_names: dict[int, str]) -> str:
    """What hovering an annotation (on the scan or in the text) tells: its kind and status, what
    it says (codes, note, tag, value, replacement), who made it and when."""
    kind = tr(KIND_LABELS.get(record.kind, record.kind))
    lines = [f"{kind} · {tr(record.status)}"]  # (the statuses: language.CORE_WORDS)
    body = record.body
    if record.kind == "redaction":
        redaction = cast(RedactionBody, body)
        codes = ", ".join(redaction.get("exemptions", [])) or translate("Redline", "none")
        lines.append(translate("Redline", "Exemption codes: {codes}").format(codes=codes))
        if redaction.get("note"):
            note = say(read_note(redaction["note"]))
            lines.append(translate("Redline", "Note: {note}").format(note=note))
        if left_visible(record):
            lines.append(translate("Redline", "Left visible in publications"))
    elif record.kind == "note":
        text = cast(NoteBody, body).get("text", "")
        lines.append(text if len(text) <= 300 else text[:299] + "…")
    else:
        lines.append(describe(record, tag_names))
    when = record.created_at.strftime("%Y-%m-%d %H:%M UTC")
    who = record.author or translate("Redline", "unknown")
    made = {
        # (the detector's author is its technical name: "the detector" says who, once)
        "detector": translate("Redline", "proposed by the detector, {when}"),
        "import": translate("Redline", "imported, by {who}, {when}"),
    }.get(record.origin, translate("Redline", "by {who}, {when}"))
    lines.append(made.format(who=who, when=when))
    if record.modified_at != record.created_at:
        changed = record.modified_at.strftime("%Y-%m-%d %H:%M UTC")
        lines.append(translate("Redline", "changed {when}").format(when=changed))
    if record.origin == "detector" and record.confidence is not None:
        sure = translate("Redline", "{percent} sure").format(percent=f"{record.confidence:.0%}")
        lines.append(sure)
        if record.rule_id:  # (its technical name, for a bug report: as the metadata dialog's)
            rule = translate("Redline", "Detection rule: {rule}").format(rule=record.rule_id)
            lines.append(rule)
    return "\n".join(lines)


def _sureness(record: AnnotationRecord) -> str:
    """How sure the detector is of a proposal it made, e.g. " · 62% sure"."""
    if record.status != "proposed" or record.confidence is None:
        return ""
    sure = translate("Redline", "{percent} sure").format(percent=f"{record.confidence:.0%}")
    return f" · {sure}"


def tag_maps(tree: Sequence[TagNode]) -> tuple[dict[int, str], dict[int, str]]:
    """Tag id → colour, and tag id → name."""
    tags = [n.tag for n, _ in walk_tags(tree)]
    return {t.id: t.colour for t in tags}, {t.id: t.name for t in tags}
