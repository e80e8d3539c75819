"""The tag taxonomy: create, rename, recolour, nest, merge, delete with its uses, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.annotating import annotation_listing, tag_store, tags
from app.core.annotating import annotations as ann
from app.core.annotating.records import Region
from app.core.annotating.tag_store import TagError
from app.core.annotating.tags import TagInUseError
from app.core.changelog import history
from app.core.library import Library
from tests.core.annotating.helpers import ME, Doc, import_doc


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Doc:
    return import_doc(library, tmp_path / "pdfs")


def tag_on(doc: Doc, tag_uuid: str) -> str:
    return ann.create_annotation(
        doc.lib, doc.pages[0], "tag", region=Region(5, 5, 10, 10), body={"tag": tag_uuid},
        author=ME,
    ).uuid  # fmt: skip


def names(nodes: list[tag_store.TagNode] | tuple[tag_store.TagNode, ...]) -> list[object]:
    """The tree as nested [name, uses, [children]] lists."""
    return [[n.tag.name, n.uses, names(n.children)] for n in nodes]


def test_tags_form_a_tree_with_counts(doc: Doc) -> None:
    people = tags.create_tag(doc.lib, "People", author=ME).tag
    tags.create_tag(doc.lib, "Officials", parent=people.uuid, author=ME)
    tags.create_tag(doc.lib, "Agents", parent=people.uuid, colour="#FF0000", author=ME)
    places = tags.create_tag(doc.lib, "Places", author=ME).tag
    tag_on(doc, places.uuid)
    tag_on(doc, places.uuid)
    assert names(tag_store.list_tags(doc.lib)) == [
        ["People", 0, [["Agents", 0, []], ["Officials", 0, []]]],
        ["Places", 2, []],
    ]
    assert tag_store.tag_uses(doc.lib, places.uuid) == 2


def test_the_tree_s_counts_leave_out_deleted_uses_and_keep_unused_tags(doc: Doc) -> None:
    """(The tags and their uses are read in one statement: a page turn reads them.)"""
    people = tags.create_tag(doc.lib, "People", author=ME).tag
    places = tags.create_tag(doc.lib, "Places", author=ME).tag
    tags.create_tag(doc.lib, "Agents", parent=people.uuid, author=ME)
    first = tag_on(doc, places.uuid)
    tag_on(doc, places.uuid)
    tag_on(doc, people.uuid)
    ann.delete_annotation(doc.lib, first, author=ME)
    assert names(tag_store.list_tags(doc.lib)) == [
        ["People", 1, [["Agents", 0, []]]],
        ["Places", 1, []],
    ]


def test_walking_the_tree_gives_parents_first_with_their_paths(doc: Doc) -> None:
    people = tags.create_tag(doc.lib, "People", author=ME).tag
    agents = tags.create_tag(doc.lib, "Agents", parent=people.uuid, author=ME).tag
    tags.create_tag(doc.lib, "Vienna", parent=agents.uuid, author=ME)
    tags.create_tag(doc.lib, "Vienna", author=ME)  # the same name elsewhere: told apart by path
    walked = [(n.tag.name, path) for n, path in tag_store.walk_tags(tag_store.list_tags(doc.lib))]
    assert walked == [
        ("People", ("People",)),
        ("Agents", ("People", "Agents")),
        ("Vienna", ("People", "Agents", "Vienna")),
        ("Vienna", ("Vienna",)),
    ]


def test_names_and_colours_are_checked(doc: Doc) -> None:
    people = tags.create_tag(doc.lib, "People", author=ME).tag
    with pytest.raises(TagError, match="already a tag"):
        tags.create_tag(doc.lib, " people ", author=ME)
    with pytest.raises(TagError, match="needs a name"):
        tags.create_tag(doc.lib, "  ", author=ME)
    with pytest.raises(TagError, match="#rrggbb"):
        tags.recolour_tag(doc.lib, people.uuid, "red", author=ME)
    tags.create_tag(doc.lib, "People", parent=people.uuid, author=ME)  # same name elsewhere: fine


def test_rename_recolour_nest_are_logged_and_undoable(doc: Doc) -> None:
    people = tags.create_tag(doc.lib, "People", author=ME).tag
    spies = tags.create_tag(doc.lib, "Spies", author=ME).tag
    renamed = tags.rename_tag(doc.lib, spies.uuid, "Agents", author=ME)
    recoloured = tags.recolour_tag(doc.lib, spies.uuid, "#00FF00", author=ME)
    nested = tags.nest_tag(doc.lib, spies.uuid, people.uuid, author=ME)
    now = tag_store.get_tag(doc.lib, spies.uuid)
    assert (now.name, now.colour, now.parent_id) == ("Agents", "#00ff00", people.id)
    assert [e.action for e in history(doc.lib, spies.uuid)] == [
        "create",
        "update",
        "update",
        "update",
    ]
    for change in (nested, recoloured, renamed):
        tag_store.revert_tag_change(doc.lib, change, author=ME)
    assert tag_store.get_tag(doc.lib, spies.uuid) == spies
    tag_store.apply_tag_change(doc.lib, renamed, author=ME)
    assert tag_store.get_tag(doc.lib, spies.uuid).name == "Agents"


def test_an_undo_of_a_tag_changed_since_is_refused_naming_the_tag(doc: Doc) -> None:
    places = tags.create_tag(doc.lib, "Places", author=ME).tag
    renamed = tags.rename_tag(doc.lib, places.uuid, "Cities", author=ME)
    tags.rename_tag(doc.lib, places.uuid, "Towns", author="Bo")  # since, by another reviewer
    with pytest.raises(tag_store.StaleTagError) as refused:
        tag_store.revert_tag_change(doc.lib, renamed, author=ME)
    assert str(refused.value) == (
        "The tag “Towns” was changed since; this step cannot be undone or redone."
    )  # (it named the tag by its raw id)
    assert tag_store.get_tag(doc.lib, places.uuid).name == "Towns"


def test_a_tag_cannot_be_nested_below_itself(doc: Doc) -> None:
    top = tags.create_tag(doc.lib, "Top", author=ME).tag
    mid = tags.create_tag(doc.lib, "Mid", parent=top.uuid, author=ME).tag
    low = tags.create_tag(doc.lib, "Low", parent=mid.uuid, author=ME).tag
    with pytest.raises(TagError, match="under itself"):
        tags.nest_tag(doc.lib, top.uuid, low.uuid, author=ME)
    with pytest.raises(TagError, match="under itself"):
        tags.nest_tag(doc.lib, top.uuid, top.uuid, author=ME)
    tags.nest_tag(doc.lib, low.uuid, None, author=ME)
    assert tag_store.get_tag(doc.lib, low.uuid).parent_id is None


def test_merge_repoints_uses_and_sub_tags_and_tombstones_the_source(doc: Doc) -> None:
    soviets = tags.create_tag(doc.lib, "Soviets", author=ME).tag
    ussr = tags.create_tag(doc.lib, "USSR", author=ME).tag
    kgb = tags.create_tag(doc.lib, "KGB", parent=soviets.uuid, author=ME).tag
    uses = [tag_on(doc, soviets.uuid), tag_on(doc, soviets.uuid)]
    ann.delete_annotation(doc.lib, uses[1], author=ME)  # a tombstone moves too
    merge = tags.merge_tags(doc.lib, soviets.uuid, ussr.uuid, author=ME)
    assert tag_store.get_tag(doc.lib, soviets.uuid).deleted
    assert tag_store.get_tag(doc.lib, kgb.uuid).parent_id == ussr.id
    for u in uses:
        a = annotation_listing.get_annotation(doc.lib, u)
        assert (a.tag_id, a.body) == (ussr.id, {"tag": ussr.uuid})
    assert names(tag_store.list_tags(doc.lib)) == [["USSR", 1, [["KGB", 0, []]]]]
    assert [e.action for e in history(doc.lib, uses[0])][-1] == "update"
    tag_store.revert_tag_change(doc.lib, merge, author=ME)
    assert names(tag_store.list_tags(doc.lib)) == [
        ["Soviets", 1, [["KGB", 0, []]]],
        ["USSR", 0, []],
    ]
    assert annotation_listing.get_annotation(doc.lib, uses[0]).body == {"tag": soviets.uuid}
    with pytest.raises(TagError, match="into itself"):
        tags.merge_tags(doc.lib, ussr.uuid, ussr.uuid, author=ME)


def test_deleting_a_tag_in_use_asks_what_to_do(doc: Doc) -> None:
    tag = tags.create_tag(doc.lib, "Cuba", author=ME).tag
    use = tag_on(doc, tag.uuid)
    with pytest.raises(TagInUseError, match="used by 1") as raised:
        tags.delete_tag(doc.lib, tag.uuid, author=ME)
    assert raised.value.uses == 1
    assert not tag_store.get_tag(doc.lib, tag.uuid).deleted
    tags.delete_tag(doc.lib, tag.uuid, uses="delete", author=ME)
    assert annotation_listing.get_annotation(doc.lib, use).deleted
    assert tag_store.list_tags(doc.lib) == []


def test_delete_reassigning_or_untagging_the_uses(doc: Doc) -> None:
    cuba = tags.create_tag(doc.lib, "Cuba", author=ME).tag
    havana = tags.create_tag(doc.lib, "Havana", author=ME).tag
    moved, kept = tag_on(doc, cuba.uuid), tag_on(doc, havana.uuid)
    with pytest.raises(TagError, match="Name the tag"):
        tags.delete_tag(doc.lib, cuba.uuid, uses="reassign", author=ME)
    tags.delete_tag(doc.lib, cuba.uuid, uses="reassign", reassign_to=havana.uuid, author=ME)
    assert annotation_listing.get_annotation(doc.lib, moved).tag_id == havana.id
    change = tags.delete_tag(doc.lib, havana.uuid, uses="untag", author=ME)
    for u in (moved, kept):
        a = annotation_listing.get_annotation(doc.lib, u)
        assert (a.kind, a.tag_id, a.deleted) == ("note", None, False)
        assert "Havana" in str(a.body.get("text"))
    tag_store.revert_tag_change(doc.lib, change, author=ME)
    a = annotation_listing.get_annotation(doc.lib, kept)
    assert (a.kind, a.tag_id) == ("tag", havana.id)
    assert not tag_store.get_tag(doc.lib, havana.uuid).deleted


def test_undoing_a_creation_removes_the_tag(doc: Doc) -> None:
    created = tags.create_tag(doc.lib, "Temporary", author=ME)
    tag_store.revert_tag_change(doc.lib, created, author=ME)
    assert tag_store.list_tags(doc.lib) == []
    tag_store.apply_tag_change(doc.lib, created, author=ME)
    assert tag_store.get_tag(doc.lib, created.tag.uuid) == created.tag
    assert [e.action for e in history(doc.lib, created.tag.uuid)] == ["create", "undo", "redo"]


def test_a_typed_path_makes_the_missing_tags_in_one_change_that_undoes_whole(doc: Doc) -> None:
    assert tags.split_tag_path(" Places ›  Vienna > Hofburg/ Gate ") == [
        "Places", "Vienna", "Hofburg", "Gate"
    ]  # fmt: skip
    places = tags.create_tag(doc.lib, "Places", author=ME).tag
    leaf, change = tags.create_tag_path(doc.lib, ["places", "Vienna", "Hofburg"], author=ME)
    assert change is not None and [a.name for _b, a in change.tags if a] == ["Vienna", "Hofburg"]
    assert names(tag_store.list_tags(doc.lib)) == [
        ["Places", 0, [["Vienna", 0, [["Hofburg", 0, []]]]]]
    ]
    assert tag_store.get_tag(doc.lib, leaf).name == "Hofburg"
    again, none = tags.create_tag_path(doc.lib, ["Places", "vienna", "hofburg"], author=ME)
    assert (again, none) == (leaf, None)  # all there: nothing made
    tag_store.revert_tag_change(doc.lib, change, author=ME)
    assert names(tag_store.list_tags(doc.lib)) == [["Places", 0, []]]
    tag_store.apply_tag_change(doc.lib, change, author=ME)
    assert tag_store.get_tag(doc.lib, leaf).parent_id is not None
    assert tags.create_tag_path(doc.lib, ["Places"], author=ME) == (places.uuid, None)
    with pytest.raises(TagError):
        tags.create_tag_path(doc.lib, [], author=ME)
