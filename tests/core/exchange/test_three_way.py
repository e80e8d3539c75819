"""The three-way merge of one entity's fields: one side changed, both changed, deletions."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.core.annotating.revisions import Sibling, Version, implicit, normalize
from app.core.exchange.three_way import Side, merge_sides

T = "2026-12-05T09:00:00.000000Z"


def side(values: dict[str, Any], **versions: dict[str, int]) -> Side:
    """A side whose fields named in ``versions`` have those vectors (the others implicit)."""
    stored = {name: Version(tuple(sorted(v.items())), "x", T) for name, v in versions.items()}
    return Side(dict(values), stored, {})


def edited(base: Side, name: str, value: Any, replica: str, number: int) -> Side:
    """``base`` with one field changed by ``replica``: its version extends the one it had."""
    version = base.version(name).extended(replica, number, replica, T)
    return Side({**base.values, name: value}, {**base.stored, name: version}, dict(base.conflicts))


START = Side({"body.exemptions": ["B6"], "body.note": "old", "deleted": False}, {}, {})


def test_a_field_changed_on_one_side_only_takes_that_value_silently() -> None:
    here = edited(START, "body.note", "checked", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "body.exemptions", ["B6", "B7(C)"], "bbbbbbbbbbbbbbbb", 1)
    merged = merge_sides(here, there)
    assert merged.values()["body.exemptions"] == ["B6", "B7(C)"]
    assert merged.values()["body.note"] == "checked"
    assert not merged.conflicts() and merged.changed
    codes, note = merged.fields["body.exemptions"], merged.fields["body.note"]
    assert codes.taken and not codes.kept and note.kept and not note.taken  # "kept from here"
    # the other direction gives the same values and versions
    back = merge_sides(there, here)
    assert back.values() == merged.values() and back.stored() == merged.stored()


def test_an_older_value_there_is_kept_here() -> None:
    here = edited(START, "body.note", "checked", "aaaaaaaaaaaaaaaa", 1)
    there = edited(here, "body.note", "checked twice", "aaaaaaaaaaaaaaaa", 2)
    merged = merge_sides(there, here)  # here is newer than what comes in
    assert merged.values()["body.note"] == "checked twice" and merged.fields["body.note"].kept
    assert not merged.changed


def test_the_same_field_changed_differently_is_a_conflict_kept_both_ways() -> None:
    here = edited(START, "body.note", "mine", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "body.note", "theirs", "bbbbbbbbbbbbbbbb", 1)
    merged = merge_sides(here, there)
    assert merged.values()["body.note"] == "mine"  # this library keeps showing its own
    [other] = merged.conflicts()["body.note"]
    assert other.value == "theirs"
    assert [r.name for r in merged.new_conflicts()] == ["body.note"]
    back = merge_sides(there, here)
    assert back.values()["body.note"] == "theirs"
    assert [s.value for s in back.conflicts()["body.note"]] == ["mine"]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    here = edited(START, "body.note", "same", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "body.note", "same", "bbbbbbbbbbbbbbbb", 1)
    merged = merge_sides(here, there)
    assert not merged.conflicts() and merged.values()["body.note"] == "same"
    vector = dict(merged.stored()["body.note"].vector)
    assert vector["aaaaaaaaaaaaaaaa"] == 1 and vector["bbbbbbbbbbbbbbbb"] == 1


def test_a_deletion_of_something_unchanged_since_is_applied() -> None:
    there = edited(START, "deleted", True, "bbbbbbbbbbbbbbbb", 1)
    merged = merge_sides(START, there)
    assert merged.values()["deleted"] is True and not merged.conflicts()


def test_a_deletion_of_something_changed_here_since_is_a_conflict_both_ways() -> None:
    here = edited(START, "body.note", "changed after sharing", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "deleted", True, "bbbbbbbbbbbbbbbb", 1)
    merged = merge_sides(here, there)
    assert merged.values()["deleted"] is False and merged.values()["body.note"] == (
        "changed after sharing"
    )
    assert [s.value for s in merged.conflicts()["deleted"]] == [True]
    back = merge_sides(there, here)
    assert back.values()["deleted"] is True
    assert back.values()["body.note"] == "changed after sharing"  # kept in the tombstone
    assert [s.value for s in back.conflicts()["deleted"]] == [False]
    # Once each side merged the other, both hold the same two values of "deleted".
    again = merge_sides(_after(merged), _after(back))
    assert {s.key for s in again.conflicts()["deleted"]} | {again.fields["deleted"].after.key} == {
        "true",
        "false",
    }


def _after(merged: Any) -> Side:
    return Side(merged.values(), merged.stored(), merged.conflicts())


def test_a_second_merge_of_the_same_side_changes_nothing() -> None:
    here = edited(START, "body.note", "mine", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "body.note", "theirs", "bbbbbbbbbbbbbbbb", 1)
    once = _after(merge_sides(here, there))
    assert not merge_sides(once, there).changed


def test_a_version_with_two_values_is_put_to_a_person() -> None:
    """A library copied by hand reuses its id: the same version, different values."""
    here = edited(START, "body.note", "copy one", "aaaaaaaaaaaaaaaa", 1)
    there = edited(START, "body.note", "copy two", "aaaaaaaaaaaaaaaa", 1)
    assert merge_sides(here, there).conflicts()


VECTORS = st.dictionaries(st.sampled_from("abcd"), st.integers(1, 3), min_size=1, max_size=3)
SIBLINGS = st.lists(
    st.builds(
        lambda value, vector: Sibling.of(value, Version(tuple(sorted(vector.items())), "", T)),
        st.sampled_from(["x", "y", "z"]),
        VECTORS,
    ),
    min_size=1,
    max_size=5,
)


@given(SIBLINGS)
def test_normalize_does_not_depend_on_the_order_libraries_met(siblings: list[Sibling]) -> None:
    results = {
        tuple((s.key, s.version.vector) for s in normalize(list(order)))
        for order in itertools.permutations(siblings)
    }
    assert len(results) == 1
    [result] = results
    # and merging pairwise in any grouping gives the same as all at once
    first = normalize(siblings[:1])
    stepwise = normalize([*first, *siblings[1:]])
    assert tuple((s.key, s.version.vector) for s in stepwise) == result


def test_implicit_versions_know_where_a_page_or_an_annotation_starts() -> None:
    untouched = implicit("review", "unreviewed")
    reviewed_before_revisions = implicit("review", "reviewed")
    assert set(untouched.vector) < set(reviewed_before_revisions.vector)
    assert set(implicit("deleted", False).vector) < set(implicit("deleted", True).vector)
