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
from app.core.wording import count

REASONS = {
    "pending": "pending (nobody accepted or rejected them)",
    "rejected": "rejected",
    "left visible": "left visible (a person chose to publish them)",
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


def _codes(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else "no code"


def _per_page(entries: Sequence[Entry]) -> list[str]:
    pages: dict[int, list[Entry]] = {}
    for e in entries:
        pages.setdefault(e.page, []).append(e)
    return [
        f"  page {page}: {len(found)} ({'; '.join(_codes(e.codes) for e in found)})"
        for page, found in sorted(pages.items())
    ]


def _left_out(entries: Sequence[Entry]) -> list[str]:
    lines = []
    counts = Counter(e.reason for e in entries)
    for reason, label in REASONS.items():
        if counts[reason]:
            pages = Counter(e.page for e in entries if e.reason == reason)
            where = ", ".join(f"page {p} ({n})" for p, n in sorted(pages.items()))
            lines.append(f"  {counts[reason]} {label}: {where}")
    return lines


def _verification(v: Verification | None) -> str:
    if v is None:
        return "Not verified."
    quotes = count(
        v.quotes,
        ", 1 redacted quote searched for in the whole file",
        ", {n} redacted quotes searched for in the whole file",
    )
    regions = count(v.regions, "1 region", "{n} regions")
    pages = count(v.pages, "1 page", "{n} pages")
    return (
        f"Verified by {' and '.join(v.readers)}: {regions} on {pages}"
        f"{quotes if v.quotes else ''}; nothing of a redaction remains ({v.seconds:.1f} s)."
    )


def describe_document(d: DocumentReport) -> list[str]:
    pages = count(d.pages, "1 page", "{n} pages")
    lines = [f"{d.title}: {pages}, written to {d.path} in {d.seconds:.1f} s."]
    lines.append(f"Burned in: {count(len(d.burned), '1 redaction', '{n} redactions')}")
    lines += _per_page(d.burned)
    lines.append(f"Left out: {count(len(d.left_out), '1 redaction', '{n} redactions')}")
    lines += _left_out(d.left_out)
    if d.outline is not None:
        lines.append(f"Outline: {d.outline[0]} entries kept, {d.outline[1]} naming redacted text")
    lines.append(_verification(d.verification))
    return lines


def describe_publication(report: PublicationReport) -> str:
    """The report as plain text (the dialog and the command line show it)."""
    docs = report.documents
    head = [
        f"Wrote {report.path}",
        f"{count(len(docs), '1 document', '{n} documents')}, "
        f"{count(report.burned, '1 redaction', '{n} redactions')} burned in, "
        f"in {report.seconds:.1f} s.",
    ]
    body: list[str] = []
    for d in docs:
        body += ["", *describe_document(d)]
    return "\n".join(head + body)
