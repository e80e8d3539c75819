"""What a generated memo says, and how it is typed onto pages.

- Invented memo texts: fiction written for Redline (invented countries, places, offices and
  people) in the style of declassified State Department and intelligence memoranda.
- How a memo is composed: typed rows with portion marks, pages, identifiers and release stamp.

:mod:`app.samples.generator` places these rows on pages, renders and measures them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from app.samples.truth import RedactionStyle


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
