"""What the window shows a page's redactions withhold (app.core.exchange.page_withheld): what
every publication withholds (the one rule), each word and grown box told by the redaction that
takes it; nothing for a redaction left visible or a proposal."""

from __future__ import annotations

from pathlib import Path

from app.core.changelog import utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.exchange.page_withheld import Burner, read_withheld, told_by
from app.core.exchange.redacted import page_redactions
from tests.builders import make_image_only_pdf
from tests.core.exchange.clipped_helpers import clipped_library
from tests.core.exchange.helpers import add_annotation, new_library, page_info


def test_a_clipped_word_is_shown_taken_whole_as_the_publications_take_it(
    tmp_path: Path,
) -> None:
    made = clipped_library(tmp_path)
    page_id, layer, _ = page_info(made.lib, made.doc_id, 0)
    with made.lib.reading() as s:
        uuid = s.connection().exec_driver_sql("SELECT uuid FROM annotations").scalar_one()
    shown = read_withheld(made.lib, page_id)
    with made.lib.reading() as s:
        hidden = page_redactions(s.connection(), page_id).hidden
    assert shown.layer_id == layer
    assert dict(shown.words) == {1: (uuid,), 2: (uuid,)}  # "Johan" whole, and "Artur"
    assert set(shown.words) == set(hidden.words)
    assert [s[:2] for s in shown.spans] == list(hidden.spans) == [(5, 10), (11, 16)]
    [(box, by)] = shown.grown
    assert by == (uuid,) and box[0] == made.johan.x0 < made.cut  # left of the box drawn
    made.lib.close()


def test_a_redaction_left_visible_or_proposed_shows_nothing_withheld(tmp_path: Path) -> None:
    made = clipped_library(tmp_path)
    page_id, _, _ = page_info(made.lib, made.doc_id, 0)
    with made.lib.transaction() as s:
        s.connection().exec_driver_sql(
            'UPDATE annotations SET body = \'{"exemptions": ["B6"], "leave_visible": true}\''
        )
    shown = read_withheld(made.lib, page_id)
    assert not shown.words and not shown.spans and not shown.grown
    with made.lib.transaction() as s:
        s.connection().exec_driver_sql("UPDATE annotations SET body = '{}', status = 'proposed'")
    shown = read_withheld(made.lib, page_id)
    assert not shown.words and not shown.spans and not shown.grown
    made.lib.close()


def test_each_word_is_told_by_the_redaction_that_takes_it(tmp_path: Path) -> None:
    line = [("one", 50), ("two", 100), ("six", 300), ("ten", 350)]
    words = [RawWord(t, x, 100, x + 30, 112, word=n) for n, (t, x) in enumerate(line)]
    lib, doc_id = new_library(tmp_path / "lib", make_image_only_pdf(tmp_path / "scan.pdf"))
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    left = add_annotation(lib, doc_id, 0, "redaction", region=(60, 99, 10, 14))  # in "one"
    right = add_annotation(lib, doc_id, 0, "redaction", word="ten", region=(350, 100, 30, 12))
    shown = read_withheld(lib, page_id)
    assert dict(shown.words) == {0: (left,), 3: (right,)}
    assert [by for _, by in shown.grown] == [(left,)]  # "one" beyond the box drawn
    assert (text.index("ten"), text.index("ten") + 3, (right,)) in shown.spans
    lib.close()


def test_told_by_the_nearest_box_or_every_one_equally_near() -> None:
    a, b = Burner("a", (0, 0, 10, 10), None), Burner("b", (20, 0, 30, 10), None)
    assert told_by((11, 0, 12, 10), None, [a, b]) == ("a",)
    assert told_by((14, 0, 16, 10), None, [a, b]) == ("a", "b")
    assert told_by(None, None, [a, b]) == ("a", "b")
    c = Burner("c", None, (5, 9))
    assert told_by((11, 0, 12, 10), (4, 6), [a, b, c]) == ("c",)
