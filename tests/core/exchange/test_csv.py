"""CSV export: RFC 4180 read back by Python's csv reader, UTF-8, one annotation per row with its
columns, cells a spreadsheet would run as formulas defused, and the publication rules."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.annotating.annotations import create_annotation
from app.core.exchange.common import ExportScope
from app.core.exchange.csv_export import COLUMNS, export_csv
from app.core.exchange.redacted import MASK
from tests.core.exchange.published_helpers import (
    AUTHOR,
    PUBLISHED_BY_DEFAULT,
    Published,
    publication_pdf,
    published_library,
)

TRICKY = 'Said "no", then left;\nsee Łódź — café'
FORMULA = '=HYPERLINK("http://evil","x")'


@pytest.fixture(scope="module")
def pub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    root = tmp_path_factory.mktemp("csv")
    published = published_library(root / "lib", publication_pdf(root))
    for name, text in (("tricky", TRICKY), ("formula", FORMULA)):
        change = create_annotation(
            published.lib, published.page_ids[0], "note", body={"text": text}, author=AUTHOR
        )
        published.ids[name] = change.uuid
    yield published
    published.lib.close()


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    text = raw.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_rows_read_back_with_every_column(pub: Published, tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    summary = export_csv(pub.lib, path)
    rows = {r["annotation_id"]: r for r in _rows(path)}
    assert summary.annotations == len(rows) == len(PUBLISHED_BY_DEFAULT) + 2
    assert {n for n, u in pub.ids.items() if u in rows} == {
        *PUBLISHED_BY_DEFAULT,
        "tricky",
        "formula",
    }
    corr = rows[pub.ids["corr"]]
    assert (corr["document"], corr["page"], corr["kind"], corr["status"]) == (
        "memo-0",
        "1",
        "correction",
        "accepted",
    )
    assert (corr["quote"], corr["replacement"], corr["author"]) == ("Havana", "HAVANA", AUTHOR)
    assert corr["document_id"] == pub.doc_uuid and corr["created"].endswith("Z")
    tag = rows[pub.ids["region_tag"]]
    assert tag["tag"] == "places" and (tag["region_x"], tag["region_w"]) == ("300.0", "120.0")
    mark = rows[pub.ids["mark"]]
    assert (mark["category"], mark["value"]) == ("classification", "CONFIDENTIAL")
    assert mark["origin"] == "detector: classification.banner"
    red = rows[pub.ids["red"]]
    assert red["exemptions"] == "B6" and red["note"] == ""  # the reviewer's note: not published
    assert rows[pub.ids["tricky"]]["note"] == TRICKY  # commas, quotes, line break, Unicode
    assert rows[pub.ids["formula"]]["note"] == "'" + FORMULA  # shown as text, never run


def test_records_are_crlf_separated_and_quoted_per_rfc_4180(pub: Published, tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    export_csv(pub.lib, path)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.endswith("\r\n") and text.count("\r\n") == len(PUBLISHED_BY_DEFAULT) + 3
    assert '"Said ""no"", then left;\nsee Łódź — café"' in text


def test_publication_rules(pub: Published, tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    assert export_csv(pub.lib, path).left_out == 1
    assert "Mexico" not in path.read_text(encoding="utf-8-sig")
    export_csv(pub.lib, path, include_proposals=True, overwrite=True)
    rows = {r["annotation_id"]: r for r in _rows(path)}
    assert rows[pub.ids["rejected"]]["status"] == "rejected"
    assert rows[pub.ids["proposed"]]["note"] == "proposed note"
    export_csv(pub.lib, path, ExportScope(tag=pub.tags["people"]), overwrite=True)
    (only,) = _rows(path)
    assert only["annotation_id"] == pub.ids["tag"] and only["tag"] == "people"
    assert only["quote"] == "agent" and MASK not in only["quote"]
