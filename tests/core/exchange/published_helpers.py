"""A library for the publication exports (W3C, IIIF, CSV) and their import, made with the
services a person's actions call: every kind of annotation, a detector proposal accepted and one
rejected by a reviewer, one still proposed, an accepted redaction over two words with a note over
it, a whole-page note and a deleted one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.annotating.annotations import create_annotation, delete_annotation, set_status
from app.core.annotating.page_content import read_page
from app.core.annotating.records import Region, Span
from app.core.annotating.tags import create_tag
from app.core.documents.ingest import import_file
from app.core.ids import PageId
from app.core.library import Library
from tests.builders import make_text_pdf

PAGES = (
    "CONFIDENTIAL memorandum for the Director. The shipment arrived in Havana on 12 May.",
    "Second page: the agent reported to Mexico City station. SECRET",
)
AUTHOR, REVIEWER = "Ada", "Rita"


@dataclass
class Published:
    lib: Library
    doc_id: int
    doc_uuid: str
    pdf: Path
    page_ids: list[PageId]
    ids: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def span(self, index: int, quote: str) -> Span:
        text = read_page(self.lib, self.page_ids[index]).text.text
        start = text.index(quote)
        return Span(start, start + len(quote))

    def words_region(self, index: int, quote: str) -> Region:
        """The box of the words of ``quote`` on page ``index`` (points), a little larger."""
        page = read_page(self.lib, self.page_ids[index]).text
        span = self.span(index, quote)
        boxes = [w.box for w in page.words if w.box and w.start < span.end and w.end > span.start]
        x0, y0 = min(b[0] for b in boxes) - 1, min(b[1] for b in boxes) - 1
        x1, y1 = max(b[2] for b in boxes) + 1, max(b[3] for b in boxes) + 1
        return Region(x0, y0, x1 - x0, y1 - y0)


def publication_pdf(folder: Path, *, rotation: int = 0) -> Path:
    path = folder / f"memo-{rotation}.pdf"
    return path if path.exists() else make_text_pdf(path, PAGES, rotation=rotation)


def _add(pub: Published, name: str, index: int, kind: str, **kw: object) -> str:
    change = create_annotation(pub.lib, pub.page_ids[index], kind, **kw)  # type: ignore[arg-type]
    pub.ids[name] = change.uuid
    return change.uuid


def published_library(root: Path, pdf: Path) -> Published:
    lib = Library.open(root)
    outcome = import_file(lib, pdf)
    assert outcome.ok and outcome.document_id is not None, outcome.message
    with lib.reading() as s:
        conn = s.connection()
        doc_uuid = str(
            conn.exec_driver_sql(
                "SELECT uuid FROM documents WHERE id = ?", (outcome.document_id,)
            ).scalar()
        )
        page_ids = [
            PageId(int(r[0]))
            for r in conn.exec_driver_sql(
                "SELECT id FROM pages WHERE document_id = ? ORDER BY page_index",
                (outcome.document_id,),
            )
        ]
    pub = Published(lib, int(outcome.document_id), doc_uuid, pdf, page_ids)
    people = create_tag(lib, "people", author=AUTHOR).tag.uuid
    places = create_tag(lib, "places", author=AUTHOR).tag.uuid
    pub.tags = {"people": people, "places": places}
    me = {"author": AUTHOR}
    _add(
        pub,
        "corr",
        0,
        "correction",
        body={"replacement": "HAVANA"},
        text=pub.span(0, "Havana"),
        **me,
    )
    _add(pub, "tag", 1, "tag", body={"tag": people}, text=pub.span(1, "agent"), **me)
    _add(pub, "region_tag", 0, "tag", body={"tag": places}, region=Region(300, 500, 120, 60), **me)
    _add(pub, "note", 0, "note", body={"text": "Who is this?"}, text=pub.span(0, "Director"), **me)
    _add(pub, "page_note", 1, "note", body={"text": "Check the date, see page 1"}, **me)
    detector = {"author": "redline-detector", "origin": "detector", "status": "proposed"}
    _add(
        pub,
        "mark",
        0,
        "marking",
        body={"category": "classification", "value": "CONFIDENTIAL"},
        text=pub.span(0, "CONFIDENTIAL"),
        rule_id="classification.banner",
        **detector,
    )
    _add(
        pub,
        "rejected",
        1,
        "marking",
        body={"category": "classification", "value": "SECRET"},
        text=pub.span(1, "SECRET"),
        rule_id="classification.banner",
        **detector,
    )
    _add(
        pub,
        "proposed",
        1,
        "redaction",
        body={"exemptions": ["B1"], "note": "proposed note"},
        region=Region(400, 600, 100, 40),
        rule_id="redaction.outlined",
        **detector,
    )
    set_status(pub.lib, pub.ids["mark"], "accepted", author=REVIEWER)
    set_status(pub.lib, pub.ids["rejected"], "rejected", author=REVIEWER)
    _add(
        pub,
        "red",
        1,
        "redaction",
        body={"exemptions": ["B6"], "note": "the source's name"},
        region=pub.words_region(1, "Mexico City"),
        **me,
    )
    _add(
        pub,
        "over",
        1,
        "note",
        body={"text": "Mexico City station chief"},
        text=pub.span(1, "Mexico"),
        **me,
    )
    _add(pub, "gone", 0, "note", body={"text": "deleted"}, **me)
    delete_annotation(pub.lib, pub.ids["gone"], author=AUTHOR)
    return pub


PUBLISHED_BY_DEFAULT = ("corr", "tag", "region_tag", "note", "page_note", "mark", "red")
