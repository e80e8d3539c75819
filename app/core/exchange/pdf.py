"""Publication PDF: the original scan with every accepted redaction burned in, a searchable
invisible layer of the corrected text that leaves the redacted words out, and nothing else of the
source; checked by two readers before the file exists.

The rule (:mod:`app.core.exchange.pdf_plan`): every accepted redaction is burned in unless a person
chose to leave it visible; proposals and rejected ones never are, and an export whose documents
still hold undecided proposals is refused unless the caller publishes without them. Each page:
its stored coordinates are those of the unrotated page, so it is unrotated while it is worked on;
a scan's old invisible text is replaced by the corrected reading (pages with visible text keep
theirs); what lies under each region is removed and the region filled
(:mod:`app.core.exchange.pdf_burn`). The pages are then copied into a new document that carries
nothing else of the source (:mod:`app.core.exchange.pdf_scrub`), the text layer is written in a
glyphless Unicode font (:mod:`app.core.exchange.pdf_textlayer`), and the file, written beside its
destination, is verified (:mod:`app.core.exchange.pdf_verify`) before it is moved into place.
Optionally the other annotations are added as PDF annotations with their content
(:mod:`app.core.exchange.pdf_annotations`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from sqlalchemy import Connection

from app.core.documents.textlayer import load_words
from app.core.exchange.common import (
    ExportError,
    ExportScope,
    progress_step,
    resolve_scope,
)
from app.core.exchange.destination import atomic_file, check_file, check_folder, made_folder
from app.core.exchange.formats import FillStyle
from app.core.exchange.pdf_annotations import SourceWord, add_notes
from app.core.exchange.pdf_burn import (
    IMAGE_NONE,
    LINE_ART_NONE,
    LOOKS,
    OUTLINE,
    TEXT_REMOVE,
    Burn,
    paint,
    remove_under,
    with_labels,
)
from app.core.exchange.pdf_expected import Expected, LeakFound, Region
from app.core.exchange.pdf_font import GlyphlessFont
from app.core.exchange.pdf_plan import (
    PagePlan,
    PendingPolicy,
    Redaction,
    check_pending,
    document_plan,
)
from app.core.exchange.pdf_report import DocumentReport, Entry, PublicationReport
from app.core.exchange.pdf_scrub import (
    copy_links,
    copy_outline,
    copy_pages,
    mentions,
    scrub_objects,
    set_document_info,
)
from app.core.exchange.pdf_textlayer import (
    LayerWord,
    keep_words,
    layer_words,
    write_text_layer,
)
from app.core.exchange.pdf_verify import Verification, verify_publication
from app.core.exchange.redacted import grouped_labels
from app.core.exchange.text import file_name, page_corrections
from app.core.exchange.withheld import withheld, word_boxes
from app.core.ids import DocumentId, TextLayerId
from app.core.library import Library
from app.core.wording import joined, translate

pymupdf.TOOLS.mupdf_display_errors(False)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PublicationOptions:
    """How to publish: the fill (black, or white with an outline), whether to print exemption
    codes in the boxes, what else to carry over, and what to do with undecided proposals.

    ``verify`` is for the benchmark only, which measures the export with and without the check:
    every export the window and the command line make is verified.
    """

    fill: FillStyle = "black"
    print_codes: bool = True
    with_annotations: bool = False
    keep_outline: bool = False
    keep_links: bool = False
    pending: PendingPolicy = "refuse"
    verify: bool = True


def _page_words(conn: Connection, layer_id: TextLayerId, rotation: int) -> list[SourceWord]:
    """The layer's words where the one rule finds them (their line boxes, the lines of the page
    shown turned by ``rotation``: :func:`word_boxes`)."""
    words = load_words(conn, layer_id)
    lines = word_boxes(words, rotation)
    return [
        (w.start, w.end, pymupdf.Rect(b))
        for w, b in zip(words, lines, strict=True)
        if b is not None
    ]


def _has_visible_text(page: pymupdf.Page) -> bool:
    return any(span["type"] != 3 for span in page.get_texttrace())


def _strip_invisible_text(page: pymupdf.Page) -> None:
    """Remove a scan's old (invisible) text layer; the corrected one replaces it."""
    page.add_redact_annot(page.rect)
    page.apply_redactions(images=IMAGE_NONE, graphics=LINE_ART_NONE, text=TEXT_REMOVE)


def _open_source(path: Path, kind: str) -> pymupdf.Document:
    try:
        if kind == "pdf":
            return pymupdf.open(path, filetype="pdf")
        with pymupdf.open(path) as image:
            return pymupdf.open("pdf", image.convert_to_pdf())
    except Exception as exc:  # MuPDF raises several types for broken files
        raise ExportError(
            translate("Redline", "the source of this document cannot be read ({exc})").format(
                exc=exc
            )
        ) from exc


@dataclass
class _Document:
    """One document being published: its pages' plans, source and output."""

    plans: list[PagePlan]
    options: PublicationOptions
    quotes: list[str]
    cancel: Callable[[], bool] | None
    new_layer: list[bool]  # per page: write the corrected text layer (no visible text)
    rotations: list[int] = field(default_factory=list)  # per page: its /Rotate
    turns: list[pymupdf.Matrix] = field(default_factory=list)  # per page: unrotated -> shown
    # per page with a new text layer: its words to write and the spans it leaves out
    layers: dict[int, tuple[list[LayerWord], list[tuple[int, int]]]] = field(default_factory=dict)
    # per page: the boxes of the words its regions take from the text layer, burned with them
    grown: dict[int, list[pymupdf.Rect]] = field(default_factory=dict)

    def regions(self, index: int) -> list[pymupdf.Rect]:
        """What is burned on page ``index``: every box of every burned redaction, and the boxes
        of the words they take from the text layer (:func:`withheld`)."""
        own = [box for r in self.plans[index].burned for box in r.boxes]
        return own + self.grown.get(index, [])

    def burns(self, index: int) -> list[Burn]:
        """The boxes of page ``index`` as painted: the codes of each group of overlapping
        redactions printed once, in its largest box (:func:`grouped_labels`)."""
        burned = self.plans[index].burned
        labels: dict[tuple[int, int], str] = {}
        if self.options.print_codes:
            boxes = [([(b.x0, b.y0, b.x1, b.y1) for b in r.boxes], r.label) for r in burned]
            labels = {(r, k): text for r, k, text in grouped_labels(boxes)}
        out = []
        for r, redaction in enumerate(burned):
            out += with_labels(
                [(b, labels.get((r, k), "")) for k, b in enumerate(redaction.boxes)],
                self.rotations[index],
                self.turns[index],
            )
        grown = [(b, "") for b in self.grown.get(index, [])]  # (the codes: in the redactions')
        return out + with_labels(grown, self.rotations[index], self.turns[index])


def _text_layer(conn: Connection, job: _Document, index: int, new_layer: bool) -> None:
    """What page ``index``'s burned regions take from its active layer, by the one rule of
    every publication (:func:`withheld`): those words' boxes burned with the regions, and, on a
    page given a new text layer (``new_layer``), its corrected reading less those words."""
    plan = job.plans[index]
    if plan.layer_id is None:
        return
    words = load_words(conn, plan.layer_id)
    corrections = page_corrections(conn, plan.page_id, plan.layer_id)
    own = [(b.x0, b.y0, b.x1, b.y1) for r in plan.burned for b in r.boxes]
    anchors = [r.span for r in plan.burned if r.span is not None]
    taken = withheld(words, word_boxes(words, plan.rotation), corrections, own, anchors,
                     plan.rotation)  # fmt: skip
    if new_layer:
        job.layers[index] = layer_words(plan.text, taken.groups, corrections), list(taken.spans)
    if taken.grown:
        job.grown[index] = [pymupdf.Rect(b) for b in taken.grown]


def _burn(
    conn: Connection, src: pymupdf.Document, job: _Document, step: Callable[[], None]
) -> None:
    look = LOOKS[job.options.fill]
    for index, (page, plan) in enumerate(zip(src.pages(), job.plans, strict=True)):
        step()
        visible = _has_visible_text(page)
        job.new_layer.append(plan.layer_id is not None and not visible)
        if job.new_layer[-1]:
            _strip_invisible_text(page)
        _text_layer(conn, job, index, job.new_layer[-1])
        remove_under(page, job.regions(index), whole_words=visible)
        paint(page, job.burns(index), look)


def _layer_and_extras(
    conn: Connection, src: pymupdf.Document, out: pymupdf.Document, job: _Document
) -> None:
    font = GlyphlessFont(out)
    for index, (page, plan) in enumerate(zip(out.pages(), job.plans, strict=True)):
        layer = plan.layer_id
        words = _page_words(conn, layer, plan.rotation) if layer is not None else []
        regions = job.regions(index)
        if index in job.layers:
            placed, spans = job.layers.pop(index)
            write_text_layer(page, keep_words(placed, regions, spans, plan.rotation), font)
        if job.options.with_annotations:
            add_notes(page, plan, words, regions, job.quotes, job.turns[index])
        if job.options.keep_links:
            copy_links(src[index], page, regions, job.quotes)
    font.finish()


def _expected(job: _Document) -> Expected:
    look = LOOKS[job.options.fill]
    regions = []
    for index, plan in enumerate(job.plans):
        regions += [
            Region(plan.index, n, b.rect, b.label, b.label_rect, b)
            for n, b in enumerate(job.burns(index), 1)
        ]
    return Expected(
        regions=regions,
        quotes=job.quotes,
        fill=look.fill,
        fill_grey=look.fill_grey,
        inset=OUTLINE if look.outline else 0.0,
        ink=look.ink,
        outline=job.options.keep_outline,
        links=job.options.keep_links,
        annotations=job.options.with_annotations,
    )


def _entries(plans: Sequence[PagePlan]) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    def entry(r: Redaction) -> Entry:
        return Entry(r.page_index + 1, r.uuid, r.codes, r.origin, r.reason)

    all_of = [r for p in plans for r in p.redactions]
    return tuple(entry(r) for r in all_of if r.burned), tuple(
        entry(r) for r in all_of if not r.burned
    )


def publish_document(
    lib: Library,
    conn: Connection,
    document_id: DocumentId,
    out: Path,
    options: PublicationOptions,
    step: Callable[[], None],
    cancel: Callable[[], bool] | None = None,
    *,
    overwrite: bool = False,
) -> DocumentReport:
    """Write the verified publication PDF of one document to ``out`` (nothing on failure; an
    existing file replaced only with ``overwrite``)."""
    started = time.perf_counter()
    sha, kind, title, doc_uuid = conn.exec_driver_sql(
        "SELECT source_sha256, source_kind, title, uuid FROM documents WHERE id = ?",
        (document_id,),
    ).one()
    source = lib.source_path(str(sha))
    if not source.exists():
        raise ExportError(
            translate(
                "Redline", "the source file of document {document_id} is missing from the library"
            ).format(document_id=document_id)
        )
    plans = document_plan(conn, document_id)
    quotes = sorted({r.quote for p in plans for r in p.burned if r.quote})
    job = _Document(plans, options, quotes, cancel, [])
    outline = None
    with _open_source(source, str(kind)) as src:
        if len(src) != len(plans):
            raise ExportError(
                translate(
                    "Redline", "the source of document {document_id} no longer has its pages"
                ).format(document_id=document_id)
            )
        rotations = [page.rotation for page in src.pages()]
        job.rotations = rotations
        job.turns = [pymupdf.Matrix(page.rotation_matrix) for page in src.pages()]
        for page in src.pages():
            page.set_rotation(0)  # stored coordinates are those of the unrotated page
        _burn(conn, src, job, step)
        with copy_pages(src) as doc:
            scrub_objects(doc)
            _layer_and_extras(conn, src, doc, job)
            for page, rotation in zip(doc.pages(), rotations, strict=True):
                page.set_rotation(rotation)
            if options.keep_outline:
                outline = copy_outline(src, doc, quotes)
            shown = str(title) if not mentions(str(title), quotes) else f"Document {doc_uuid[:8]}"
            set_document_info(doc, shown)
            verification = _save_verified(doc, out, job, step, overwrite)
    burned, left_out = _entries(plans)
    return DocumentReport(
        title=str(title),
        uuid=str(doc_uuid),
        path=str(out),
        pages=len(plans),
        burned=burned,
        left_out=left_out,
        verification=verification,
        seconds=time.perf_counter() - started,
        outline=outline,
    )


def _save_verified(
    doc: pymupdf.Document,
    out: Path,
    job: _Document,
    step: Callable[[], None],
    overwrite: bool,
) -> Verification | None:
    """Save beside ``out``, verify, then move into place (a failure leaves nothing)."""
    with atomic_file(out, overwrite=overwrite) as tmp:
        # garbage=2: unreferenced objects dropped and the xref compacted; 3 also merges
        # duplicate objects, quadratic in their number (a page with 6,250 notes took minutes)
        try:
            doc.save(tmp, garbage=2, deflate=True)
        except pymupdf.mupdf.FzErrorSystem as exc:  # MuPDF's own file error: a read-only disk
            raise OSError(str(exc).rsplit(": ", 1)[-1]) from exc  # (said as the disk says it)
        if not job.options.verify:
            return None
        return verify_publication(tmp, _expected(job), on_page=step, cancel=job.cancel)


def export_pdf(
    lib: Library,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    options: PublicationOptions | None = None,
    on_progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
) -> PublicationReport:
    """Publication PDFs of the scope: ``out`` is the file when the scope is one document and
    ``out`` ends in ``.pdf``; otherwise a folder that gets one PDF per document. Existing files
    are replaced only with ``overwrite`` (every target is checked before the first is written).

    ``on_progress(steps done, steps)`` counts each page burned and each page verified;
    ``cancel()`` is asked at each, and stops with ExportCancelled (no partial file; in a folder,
    the documents already written stay).
    """
    options = options or PublicationOptions()
    started = time.perf_counter()
    progress = progress_step(on_progress, cancel)
    out = Path(out)
    with lib.snapshot() as session:
        conn = session.connection()
        resolved = resolve_scope(conn, scope or ExportScope())
        ids = resolved.document_ids
        docs = {
            DocumentId(int(d)): (str(t), str(u), int(n))
            for d, t, u, n in conn.exec_driver_sql(
                "SELECT id, title, uuid, page_count FROM documents"
            )
        }
        single = len(ids) == 1 and out.suffix.lower() == ".pdf"
        if out.suffix.lower() == ".pdf" and len(ids) > 1:
            raise ExportError(
                translate(
                    "Redline",
                    "{value} documents make {value} PDFs: name a folder "
                    "instead of {name}, or export one document",
                ).format(value=len(ids), name=out.name)
            )
        check_pending(conn, ids, options.pending, {d: docs[d][0] for d in ids})
        if single:
            targets = [out]
        else:
            check_folder(out)
            targets = [out / file_name(docs[d][0], docs[d][1]).replace(".txt", ".pdf") for d in ids]
        for target in targets:
            check_file(target, overwrite=overwrite)
        total = sum(docs[d][2] for d in ids) * (2 if options.verify else 1)
        done = 0

        def step() -> None:
            nonlocal done
            progress(done, total)
            done += 1

        reports: list[DocumentReport] = []
        # (a folder it made is removed again if nothing was written into it)
        with nullcontext() if single else made_folder(out):
            for doc_id, target in zip(ids, targets, strict=True):
                try:
                    report = publish_document(
                        lib, conn, doc_id, target, options, step, cancel, overwrite=overwrite
                    )
                except LeakFound as leak:
                    if single:
                        raise
                    raise _in_folder(leak, docs[doc_id][0], len(reports)) from leak
                reports.append(report)
    progress(total, total)
    return PublicationReport(str(out), tuple(reports), time.perf_counter() - started)


def _in_folder(leak: LeakFound, title: str, written: int) -> LeakFound:
    """A document's refusal in a folder of several: which document (its own message names only
    pages), and that the ones before it stay published (a refusal does not undo them)."""
    lines = [
        translate("Redline", "{title}:").format(title=title),
        leak.args[0] if leak.args else "",
    ]
    if written:
        lines.append(
            translate("Redline", "%n documents published before it stay in the folder.").counted(
                written, one="%n document published before it stays in the folder."
            )
        )
    return LeakFound(joined("\n", lines))
