"""What every step of a merge shares: the merge's state inside one transaction
(:class:`MergeState`), which side of a version 1 set wins, the tag references each record must
keep, and writing a planned step (keeping the rows before and after, for an undo). The steps
themselves: the documents and tags in :mod:`app.core.exchange.merge_planner`, whose
:class:`~app.core.exchange.merge_planner.Merger` takes the annotations
(:mod:`app.core.exchange.merge_annotations`) and the pages (:mod:`app.core.exchange.merge_pages`)
as mixins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.core.annotating.revisions import Stamp, next_change
from app.core.annotating.snapshots import RowChanges, changes_between, read_rows
from app.core.exchange.annotation_set import AnnotationSet
from app.core.exchange.common import canonical_time, dump, parse_iso
from app.core.exchange.merge_local import LocalDocument
from app.core.exchange.merge_outcome import MergeReport, Winner
from app.core.exchange.merge_writer import MergePlan
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.ids import PageId, TextLayerId
from app.core.wording import Message, translate


def winner(local: dict[str, Any], incoming: dict[str, Any]) -> Winner:
    """Version 1: the side whose record is kept: the later ``modified``; on a tie the larger
    canonical JSON (so both merge directions agree)."""
    lm, im = parse_iso(local["modified"]), parse_iso(incoming["modified"])
    assert lm is not None and im is not None
    if lm != im:
        return "incoming" if im > lm else "local"
    return "incoming" if dump(incoming) > dump(local) else "local"


def normalise_times(record: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    out = dict(record)
    for key in keys:
        out[key] = canonical_time(out[key])
    return out


def history_free(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("revisions", "conflicts")}


class MergeState:
    """What one merge carries from step to step (its session, the set's head, the report, the
    documents matched, the tags known, the pages whose corrections changed, the rows kept for an
    undo), and what every step does with it: the base of
    :class:`~app.core.exchange.merge_planner.Merger` and of its steps' mixins."""

    def __init__(
        self, session: Session, aset: AnnotationSet, report: MergeReport, *, author: str,
        undo: bool = False,
    ) -> None:  # fmt: skip
        self.session, self.conn = session, session.connection()
        self.head, self.report = aset.head, report
        self.three_way = aset.version >= 2
        self.author = author
        self.undo: RowChanges | None = RowChanges() if undo else None
        self.texts: dict[TextLayerId, str] = {}
        self.corrected_pages: set[PageId] = set()
        self.matched: dict[str, tuple[LocalDocument, dict[str, Any]]] = {}
        self.tags: set[str] = set()
        self.skipped = Counter[str]()
        self._stamp: Stamp | None = None

    @property
    def writing(self) -> bool:
        return not self.report.dry_run

    def change_stamp(self, by: str, at: str) -> Stamp:
        """This library's change number for what a version 1 set changes here (one a merge)."""
        if self._stamp is None:
            replica, number = next_change(self.conn) if self.writing else ("", 0)
            self._stamp = Stamp(replica, number, by, at)
        return Stamp(self._stamp.replica, self._stamp.number, by, at)

    def _check_tag_refs(
        self, record: dict[str, Any], name: str, what: str | Message | Callable[[], Message]
    ) -> None:
        """A tag a record, or a value it holds in conflict, refers to must be somewhere.
        ``what`` names the record (a callable: the name is made only when it is said)."""
        refs = [record.get(name) if name == "parent" else record.get("tag")]
        refs += [s.get("value") for s in record.get("conflicts", {}).get(name, [])]
        for ref in refs:
            if ref is not None and ref not in self.tags:
                named = what() if callable(what) else what
                raise InvalidAnnotationSet(
                    translate("Redline", "{what} refers to a tag that is nowhere").format(
                        what=named
                    )
                )

    def _write(
        self,
        plan: MergePlan,
        table: str,
        keys: list[Any],
        apply: Callable[[Connection, MergePlan, str], None],
        *,
        always: bool = False,
    ) -> None:
        """Write one planned step (keeping the rows before and after, for an undo)."""
        if not self.writing or not (keys or always):
            return
        before = read_rows(self.conn, table, keys) if self.undo is not None else {}
        apply(self.conn, plan, self.author)
        if self.undo is not None:
            self.undo.extend(changes_between(table, before, read_rows(self.conn, table, keys)))
