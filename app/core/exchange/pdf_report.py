"""What a publication export did, for the dialog, ``redline export --format pdf [--json]`` and
scripts: per document the redactions burned in (page, codes) and those left out with the
reason, the verification's result, and the time it took."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.annotating.vocabulary import Origin
from app.core.exchange.pdf_verify import Verification
from app.core.wording import Joined, Message, Text, joined, translate

REASONS = {
    "pending": translate("Redline", "pending (nobody accepted or rejected them)"),
    "rejected": translate("Redline", "rejected"),
    "left visible": translate("Redline", "left visible (a person chose to publish them)"),
}


@dataclass(frozen=True)
class Entry:
    """One redaction in the report: its page (from 1), uuid, codes, who made it, and for one
    left out, why."""

    page: int
    uuid: str
    codes: tuple[str, ...]
    origin: Origin
    reason: str | None = None


@dataclass(frozen=True)
class DocumentReport:
    title: str
    uuid: str
    path: str
    pages: int
    burned: tuple[Entry, ...]
    left_out: tuple[Entry, ...]
    verification: Verification | None
    seconds: float
    outline: tuple[int, int] | None = None  # entries kept, left out (when asked for)


@dataclass(frozen=True)
class PublicationReport:
    path: str
    documents: tuple[DocumentReport, ...]
    seconds: float

    @property
    def burned(self) -> int:
        return sum(len(d.burned) for d in self.documents)

    @property
    def verified(self) -> bool:
        return all(d.verification is not None for d in self.documents)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["burned"] = self.burned
        data["verified"] = self.verified
        return data


def _codes(codes: Sequence[str]) -> Text:
    return ", ".join(codes) if codes else translate("Redline", "no code")


def _per_page(entries: Sequence[Entry]) -> list[Message]:
    pages: dict[int, list[Entry]] = {}
    for e in entries:
        pages.setdefault(e.page, []).append(e)
    return [
        translate("Redline", "  page {page}: {n} ({codes})").format(
            page=page, n=len(found), codes=joined("; ", [_codes(e.codes) for e in found])
        )
        for page, found in sorted(pages.items())
    ]


def _left_out(entries: Sequence[Entry]) -> list[Message]:
    lines = []
    counts = Counter(e.reason for e in entries)
    for reason, label in REASONS.items():
        if counts[reason]:
            pages = Counter(e.page for e in entries if e.reason == reason)
            where = joined(
                ", ",
                [
                    translate("Redline", "page {page} ({n})").format(page=p, n=n)
                    for p, n in sorted(pages.items())
                ],
            )
            lines.append(
                translate("Redline", "  {n} {reason}: {where}").format(
                    n=counts[reason], reason=label, where=where
                )
            )
    return lines


def _pages(n: int) -> Message:
    return translate("Redline", "%n pages").counted(n, one="%n page")


def _redactions(n: int) -> Message:
    return translate("Redline", "%n redactions").counted(n, one="%n redaction")


def _verification(v: Verification | None) -> Message:
    if v is None:
        return translate("Redline", "Not verified.")
    quotes = translate("Redline", ", %n redacted quotes searched for in the whole file").counted(
        v.quotes, one=", %n redacted quote searched for in the whole file"
    )
    return translate(
        "Redline",
        "Verified by {readers}: {regions} on {pages}{quotes}; nothing of a redaction remains"
        " ({seconds} s).",
    ).format(
        readers=joined(translate("Redline", " and "), v.readers),
        regions=translate("Redline", "%n regions").counted(v.regions, one="%n region"),
        pages=_pages(v.pages),
        quotes=quotes if v.quotes else "",
        seconds=f"{v.seconds:.1f}",
    )


def describe_document(d: DocumentReport) -> list[Message]:
    lines = [
        translate("Redline", "{title}: {pages}, written to {path} in {seconds} s.").format(
            title=d.title, pages=_pages(d.pages), path=d.path, seconds=f"{d.seconds:.1f}"
        ),
        translate("Redline", "Burned in: {redactions}").format(
            redactions=_redactions(len(d.burned))
        ),
    ]
    lines += _per_page(d.burned)
    lines.append(
        translate("Redline", "Left out: {redactions}").format(
            redactions=_redactions(len(d.left_out))
        )
    )
    lines += _left_out(d.left_out)
    if d.outline is not None:
        lines.append(
            translate(
                "Redline", "Outline: {kept} entries kept, {named} naming redacted text"
            ).format(kept=d.outline[0], named=d.outline[1])
        )
    lines.append(_verification(d.verification))
    return lines


def publication_message(report: PublicationReport) -> Joined:
    """The report for a person (the window shows it in its language)."""
    docs = report.documents
    head: list[Text] = [
        translate("Redline", "Wrote {path}").format(path=report.path),
        translate("Redline", "{documents}, {redactions} burned in, in {seconds} s.").format(
            documents=translate("Redline", "%n documents").counted(len(docs), one="%n document"),
            redactions=_redactions(report.burned),
            seconds=f"{report.seconds:.1f}",
        ),
    ]
    body: list[Text] = []
    for d in docs:
        body += ["", *describe_document(d)]
    return joined("\n", head + body)


def describe_publication(report: PublicationReport) -> str:
    """The report as plain English text (the command line prints it)."""
    return str(publication_message(report))
