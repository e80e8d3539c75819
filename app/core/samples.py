"""What generated sample documents are made of, and the sample library ``make run`` opens.

- Invented memo texts: fiction written for Redline (invented countries, places, offices and
  people) in the style of declassified State Department and intelligence memoranda.
- How a memo is composed: typed rows with portion marks, pages, identifiers and release stamp.
- How it is degraded: OCR-like noise for a text layer, and the look of a scan (uneven ink, skew,
  blur, paper tone, speckle).
- The ground-truth types :mod:`app.core.generator` returns (it places, renders and measures).
- :func:`populate_sample_library`: a few varied generated documents imported into a library.
"""

from __future__ import annotations

import io
import random
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image, ImageFilter

from app.core.ingest import ImportOutcome, import_paths
from app.core.library import Library

SampleProgress = Callable[[int, int, str], None]  # (file index, file count, file name)
TextLayerMode = Literal["none", "clean", "noisy"]
RedactionStyle = Literal["solid", "outline"]
Point = tuple[float, float]  # PDF points


@dataclass(frozen=True)
class Memo:
    """The words of one memorandum: header fields and body paragraphs (no portion marks)."""

    recipient: str
    sender: str
    subject: str
    date: str
    signer: str
    paragraphs: tuple[str, ...]


MEMOS: tuple[Memo, ...] = (
    Memo(
        recipient="The Under Secretary for Political Affairs",
        sender="Bureau of Northern Maritime Affairs",
        subject="Fisheries Talks with the Republic of Valdoria",
        date="April 11, 1962",
        signer="Harold T. Brennick",
        paragraphs=(
            "The third round of fisheries talks with the Valdorian delegation closed in Port "
            "Amsel on April 9 without agreement on the twelve-mile limit. The delegation "
            "accepted our proposal for a joint survey of the cod grounds but refused to discuss "
            "licence fees until the survey is complete.",
            "Our embassy reports that the Valdorian cabinet is divided. The Minister of Marine "
            "favours a quick settlement, while the Finance Ministry hopes to use the licence "
            "fees to cover the deficit of the state shipyards. A source close to the cabinet "
            "says the Prime Minister will not decide before the autumn elections.",
            "We recommend that the Department keep the survey proposal on the table and offer "
            "technical assistance for the harbour at Kessel Bay. This would cost little and "
            "would strengthen the hand of the Minister of Marine within the cabinet.",
            "The Bureau does not recommend any public statement at this time. A statement now "
            "would be read in Port Amsel as pressure and would help the opponents of a "
            "settlement during the election campaign.",
        ),
    ),
    Memo(
        recipient="Deputy Director for Intelligence",
        sender="Chief, Eastern Coastal Branch",
        subject="Radio Installation at Kestrel Point",
        date="23 October 1967",
        signer="Walter J. Ostrand",
        paragraphs=(
            "Aerial photography of 14 October shows that construction at the Kestrel Point site "
            "has resumed after a pause of nearly four months. Two new antenna masts, each about "
            "forty metres high, stand north of the old lighthouse, and a cable trench runs from "
            "the masts to a low concrete building near the shore.",
            "A traveller who visited the coastal town of Merrow in September reported heavy "
            "lorry traffic on the coast road at night and a new checkpoint at the bridge over "
            "the Sallen river. The traveller could not approach the site and his account has "
            "not been confirmed by other sources.",
            "The layout of the masts is consistent with a long-range communications station "
            "rather than a radar site. We judge that the station will be able to reach vessels "
            "in the northern sea lanes when complete, probably by the middle of next year.",
            "The Branch requests additional coverage of the site at intervals of about three "
            "weeks, and asks that any reporting from travellers to Merrow be passed to the "
            "Branch without delay.",
        ),
    ),
    Memo(
        recipient="The Secretary",
        sender="Office of Economic Affairs, Embassy Marrenburg",
        subject="Grain Shipments Delayed at the Port of Marrenburg",
        date="June 2, 1974",
        signer="Eleanor V. Castellane",
        paragraphs=(
            "Forty-one thousand tons of wheat shipped under the emergency assistance agreement "
            "have been waiting at the port of Marrenburg for more than three weeks. The port "
            "authority says that the delay is caused by a shortage of rail wagons, but our "
            "officers saw empty wagons standing in the sidings on May 28.",
            "Officials of the Ministry of Supply told the Embassy privately that the grain is "
            "being held back until the new harvest prices are announced. Local traders, who "
            "hold large stocks of their own, would lose heavily if the assistance grain reached "
            "the markets before the announcement.",
            "The Ambassador raised the matter with the Minister of Supply on May 30. The "
            "Minister promised that the first trains would leave within the week, and asked "
            "that the Embassy not discuss the delay with the press.",
            "The Embassy will report again on June 9. If the grain has not moved by then, we "
            "recommend that the Department consider delaying the second shipment until the "
            "Ministry gives written assurances about distribution.",
        ),
    ),
    Memo(
        recipient="Director of Central Reference",
        sender="Economic Research Staff",
        subject="Rumours of Currency Reform in Ostreva",
        date="9 March 1981",
        signer="Margaret L. Dunmore",
        paragraphs=(
            "Rumours of an early currency reform have spread through Ostreva since the end of "
            "February. Queues have formed outside savings banks in the capital and in the "
            "mining towns of the south, and the black market rate of the crown has fallen by "
            "almost a third in two weeks.",
            "The State Bank has denied that a reform is planned, but a reliable source with "
            "access to the Bank's board reports that new notes were printed abroad last year "
            "and are stored in the vaults of the Bank's branch at Teller.",
            "We believe that the government will delay any reform until after the spring "
            "harvest, to avoid unrest in the countryside. A reform in the summer would wipe out "
            "a large part of the savings of the urban population.",
            "This memorandum has not been coordinated with other offices. Comments and queries "
            "may be directed to the Economic Research Staff.",
        ),
    ),
)

FILLER: tuple[str, ...] = (
    "The views expressed above are preliminary. Further reporting will be forwarded as it is "
    "received, and a full assessment will follow when the field offices have replied to the "
    "questions sent to them on the first of the month.",
    "Distribution of this memorandum has been limited to the offices named below. Copies "
    "should not be reproduced or passed to other agencies without the approval of the "
    "originating office.",
    "A summary of the earlier correspondence on this subject is attached for reference. The "
    "figures in the summary come from official sources and have not been checked "
    "independently.",
    "The liaison officer has been asked to keep in close touch with the local authorities and "
    "to report at once any change in their attitude towards the matters described in this "
    "memorandum.",
)


# ---- composing a memo ------------------------------------------------------------------------

# Exemption codes as (printed, normalised): State prints B-codes in the margin beside solid boxes,
# the CIA prints codes inside outlined boxes.
SOLID_CODES = (("B1", "B1"), ("B5", "B5"), ("B6", "B6"))
OUTLINE_CODES = (("(b)(1)", "B1"), ("(b)(3)", "B3"), ("1.4(c)", "1.4(c)"), ("3.5(c)", "3.5(c)"))
PORTION = {"TOP SECRET": "TS", "SECRET": "S", "CONFIDENTIAL": "C"}
# OCR confusions that never lengthen a word, so noisy words fit in their clean word's place.
_PAIRS = {"rn": "m", "cl": "d", "ri": "n", "vv": "w"}
_CONFUSIONS = dict(zip("SECOolIiBGZgecanhutf015.,DT", "5Fe001l1865qceohbvft0lS,.OI", strict=True))
SIGNATURE_BLOCK = 10**6  # block numbers: 0-3 page furniture, 10 memo header, 20+ paragraphs


@dataclass
class Row:
    """One typed body row: its text (None for a blank row), its block and paragraph flag."""

    text: str | None
    block: int
    first: bool = False


@dataclass(frozen=True)
class Facts:
    """What the page furniture says: identifiers, release stamp, redaction style."""

    classification: str
    case_no: str
    doc_no: str
    released: str
    release: str
    boxed: bool
    style: RedactionStyle


def ocr_noise_text(text: str, rate: float, rng: random.Random) -> str:
    """Corrupt about ``rate`` of the characters as OCR does (5 for S, m for rn, dropped letters).

    Never lengthens a word and never empties it, so noisy words keep their clean word's place.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        if rng.random() >= rate:
            out.append(text[i])
            i += 1
        elif text[i : i + 2] in _PAIRS:
            out.append(_PAIRS[text[i : i + 2]])
            i += 2
        else:
            if text[i] in _CONFUSIONS and rng.random() < 0.8:
                out.append(_CONFUSIONS[text[i]])
            i += 1
    noisy = "".join(out)
    return noisy if noisy else text[0]


def _wrap(text: str, width: int) -> list[str]:
    rows, row = [], ""
    for word in text.split():
        if row and len(row) + 1 + len(word) > width:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    return [*rows, row] if row else rows


def memo_rows(memo: Memo, portion: str, width: int, rng: random.Random) -> Iterator[Row]:
    """Body rows of the memo: header fields, then its paragraphs and filler, endlessly."""
    fields = (
        ("MEMORANDUM FOR:", memo.recipient),
        ("FROM:", memo.sender),
        ("SUBJECT:", memo.subject),
        ("DATE:", memo.date),
    )
    for label, value in fields:
        for n, part in enumerate(_wrap(value, width - 16)):
            yield Row(f"{label if n == 0 else '':<16}{part}", 10)
    block = 20
    # Long documents borrow the other memos' paragraphs before any paragraph repeats.
    others = [p for m in MEMOS if m is not memo for p in m.paragraphs]
    paragraphs = [
        *memo.paragraphs,
        *rng.sample(FILLER, len(FILLER)),
        *rng.sample(others, len(others)),
    ]
    while True:
        for text in paragraphs:
            yield Row(None, block)
            mark = "U" if rng.random() < 0.25 else portion
            for n, row in enumerate(_wrap(f"({mark}) {text}", width)):
                yield Row(row, block, first=n == 0)
            block += 1


def paginate(rows: Iterator[Row], pages: int, per_page: int, signer: str) -> list[list[Row]]:
    """Fill every page but the last; end the last at a paragraph's end, then sign."""
    out: list[list[Row]] = []
    for index in range(pages):
        page: list[Row] = [] if index == 0 else [Row(f"-{index + 1}-", 3), Row(None, 3)]
        last = index == pages - 1
        limit = per_page - 4 if last else per_page
        while len(page) < limit:
            row = next(rows)
            if last and row.text is None and len(page) >= per_page // 3:
                break
            page.append(row)
        out.append(page)
    out[-1] += [Row(None, SIGNATURE_BLOCK), Row(" " * 36 + signer, SIGNATURE_BLOCK)]
    return out


def make_facts(
    rng: random.Random,
    classification: str,
    redactions: int,
    style: RedactionStyle | None,
    release: str | None,
) -> Facts:
    """Invent a case number, document number, release date and stamp from ``rng``."""
    year = rng.randint(2008, 2022)
    released = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year}"
    approved = f"APPROVED FOR RELEASE {year}/{released[:5]}"
    default = "RELEASE IN PART" if redactions else "RELEASE IN FULL"
    # Every value is drawn even when given, so choosing one leaves the rest of the page as it was.
    drawn_release = rng.choice((default, approved))
    drawn_style: RedactionStyle = "solid" if rng.random() < 0.5 else "outline"
    return Facts(
        classification=classification.upper(),
        case_no=f"F-{year - rng.randint(1, 4)}-{rng.randint(0, 99999):05d}",
        doc_no=f"C{rng.randint(0, 99999999):08d}",
        released=released,
        release=release or drawn_release,
        boxed=rng.random() < 0.7,
        style=style or drawn_style,
    )


def compose_pages(
    memo: int | Memo | None,
    seed: int,
    classification: str,
    pages: int,
    width: int,
    per_page: int,
    rng: random.Random,
) -> list[list[Row]]:
    """The rows of each page: ``memo`` indexes MEMOS (None: chosen by ``seed``)."""
    chosen = MEMOS[seed % len(MEMOS)] if memo is None else memo
    if isinstance(chosen, int):
        chosen = MEMOS[chosen % len(MEMOS)]
    portion = PORTION.get(classification.upper(), "U")
    return paginate(memo_rows(chosen, portion, width, rng), pages, per_page, chosen.signer)


# ---- the look of a scan ------------------------------------------------------------------------


def _field(
    rng: np.random.Generator, shape: tuple[int, int], lo: float, hi: float, cell: int
) -> np.ndarray:
    """A smooth random field in [lo, hi]: uneven ink or paper tone."""
    h, w = shape
    small = rng.uniform(lo, hi, size=(h // cell + 2, w // cell + 2)).astype(np.float32)
    big = Image.fromarray(small, "F").resize((w, h), Image.Resampling.BILINEAR)
    return np.asarray(big, np.float32)


def age_scan(
    img: np.ndarray, skew: float, noise: float, dpi: int, rng: np.random.Generator
) -> bytes:
    """A clean grey render (0 ink, 255 paper) made to look scanned, as JPEG bytes.

    Uneven ink, skew (degrees counter-clockwise about the centre), blur, paper tone, then grain
    and speckle as much as ``noise`` (0 none, 1 heavy) asks.
    """
    h, w = img.shape
    ink = (255.0 - img.astype(np.float32)) * _field(rng, (h, w), 0.75, 1.0, max(4, dpi // 12))
    im = Image.fromarray((255.0 - ink).clip(0, 255).astype(np.uint8), "L")
    if skew:
        im = im.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(radius=0.3 * dpi / 100))
    a = np.asarray(im, np.float32) * _field(rng, (h, w), 0.9, 0.97, max(8, dpi))
    if noise > 0:
        a += rng.normal(0.0, 8.0 * noise, size=(h, w)).astype(np.float32)
        n = int(noise * h * w / 4000)
        ys, xs = rng.integers(0, h - 1, n), rng.integers(0, w - 1, n)
        dark = rng.uniform(10, 150, n).astype(np.float32)
        a[ys, xs] = dark
        big = rng.random(n) < 0.3  # some specks are two pixels across
        a[ys[big] + 1, xs[big]] = dark[big]
        a[ys[big], xs[big] + 1] = dark[big]
    buf = io.BytesIO()
    Image.fromarray(a.clip(0, 255).astype(np.uint8), "L").save(buf, "JPEG", quality=80)
    return buf.getvalue()


# ---- ground truth of a generated document ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class TruthWord:
    """A word printed on the page (box in final page points)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    block: int
    line: int
    word: int


@dataclass(frozen=True, slots=True)
class TruthMarking:
    """A marking placed: category as in resources/markings, normalised value, printed text."""

    category: str  # classification | portion | release | identifier | exemption
    value: str
    text: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class TruthRedaction:
    """A redaction box: its bounding box, the exact corners after skew, style and code."""

    x: float
    y: float
    w: float
    h: float
    style: RedactionStyle
    exemption: str  # normalised, e.g. "B1", "1.4(c)"
    corners: tuple[Point, Point, Point, Point]


@dataclass(frozen=True)
class GeneratedPage:
    """The truth of one generated page; skew is what the scan was turned by (degrees, CCW)."""

    index: int
    width: float
    height: float
    skew_degrees: float
    text: str  # the visible text, joined like app.core.textlayer.build_text
    words: tuple[TruthWord, ...]
    markings: tuple[TruthMarking, ...]
    redactions: tuple[TruthRedaction, ...]
    layer_text: str | None  # the embedded text layer (clean or noisy), None when there is none
    layer_words: tuple[TruthWord, ...] = ()


@dataclass(frozen=True)
class GeneratedDocument:
    """A generated PDF and the truth of each of its pages."""

    path: Path
    dpi: int | None  # None for a vector PDF
    seed: int
    classification: str
    text_layer: TextLayerMode
    pages: tuple[GeneratedPage, ...]


# ---- the sample library ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sample:
    name: str
    memo: int
    pages: int
    classification: str
    text_layer: TextLayerMode
    seed: int


_SAMPLES = (
    _Sample("1962-04-11 Valdoria fisheries talks", 0, 2, "CONFIDENTIAL", "clean", 11),
    _Sample("1967-10-23 Kestrel Point radio installation", 1, 3, "SECRET", "noisy", 12),
    _Sample("1974-06-02 Marrenburg grain shipments", 2, 1, "LIMITED OFFICIAL USE", "none", 13),
    _Sample("1981-03-09 Ostreva currency rumours", 3, 2, "TOP SECRET", "noisy", 14),
)


def is_library_empty(lib: Library) -> bool:
    """True when the library holds no document (so the samples may be offered)."""
    with lib.reading() as s:
        row = s.connection().exec_driver_sql("SELECT 1 FROM documents LIMIT 1").first()
    return row is None


def populate_sample_library(
    lib: Library, workdir: Path | None = None, *, progress: SampleProgress | None = None
) -> list[ImportOutcome]:
    """Generate the sample documents (in ``workdir`` or a temporary folder), import them, and
    run detection over the ones imported (proposals and metadata, as ``redline detect``).

    ``progress`` is called per file during the import; detection reports no progress."""
    # Imported here, not at the top: the generator itself imports this module's texts.
    from app.core.detect import detect_documents
    from app.core.generator import generate_memo_pdf

    with tempfile.TemporaryDirectory(prefix="redline-samples-") as tmp:
        folder = Path(tmp) if workdir is None else workdir
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for sample in _SAMPLES:
            path = folder / f"{sample.name}.pdf"
            generate_memo_pdf(
                path,
                pages=sample.pages,
                dpi=150,
                seed=sample.seed,
                memo=sample.memo,
                classification=sample.classification,
                text_layer=sample.text_layer,
                ocr_noise=0.04,
                redactions=1 + sample.seed % 2,
            )
            paths.append(path)
        outcomes = import_paths(lib, paths, on_file=progress)
    # Run the detector too, so a new user sees classifications and case numbers in the library
    # table and proposals waiting on the pages, as after their own first `redline detect`.
    detect_documents(
        lib, [o.document_id for o in outcomes if o.status == "imported" and o.document_id]
    )
    return outcomes
