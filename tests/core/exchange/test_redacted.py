"""The masked spans of a page found by what they overlap (redacted.SpanIndex): the same spans, in
the same order, as asking every span of the page, which a publication's read-back did for each
quote of each annotation."""

from __future__ import annotations

import random
from pathlib import Path

from app.core.exchange.readback import unmasked
from app.core.exchange.redacted import MASK, SpanIndex


def _every(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if s < hi and lo < e]


def test_the_spans_overlapping_a_range_are_every_span_that_does_in_the_order_given() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 40)):
            s = rng.randrange(0, 300)
            spans.append((s, s + rng.choice([0, 1, 3, 8, 25, 120])))  # words, and a passage
        index = SpanIndex(spans)
        for _ in range(30):
            lo = rng.randrange(-20, 320)
            hi = lo + rng.randrange(0, 60)
            assert index.overlapping(lo, hi) == _every(spans, lo, hi)
        assert bool(index) == bool(spans)


def test_a_quote_s_leak_is_found_through_the_index_as_through_every_span() -> None:
    text = "The agent met SOURCE in Havana on the 3rd"
    spans = [(24, 30), (14, 20), (0, 3)]  # "Havana", "SOURCE", "The"
    index = SpanIndex(spans)
    quote = text[10:30]  # "et SOURCE in Havana"
    assert unmasked(quote, index.overlapping(10, 30), 10) == unmasked(quote, spans, 10) == (24, 30)
    masked = quote[:4] + MASK * 6 + quote[10:14] + MASK * 6
    assert unmasked(masked, index.overlapping(10, 30), 10) is None


def test_overlapping_redactions_print_their_codes_once_in_the_largest_box() -> None:
    """One label a group of overlapping redactions, with all their codes, each once."""
    from app.core.exchange.redacted import grouped_labels

    small, large = (100.0, 100.0, 150.0, 114.0), (120.0, 103.0, 220.0, 117.0)
    apart = (300.0, 100.0, 350.0, 114.0)
    touching = (350.0, 100.0, 400.0, 114.0)  # (a shared edge is no overlap)
    chained = (390.0, 110.0, 420.0, 130.0)  # overlaps the touching one: one group with it
    redactions = [
        ([small], "(b)(6)"),
        ([large], "(b)(7)(C), (b)(6)"),
        ([apart], "(b)(1)"),
        ([touching], ""),
        ([chained], "(b)(3)"),
        ([(500.0, 500.0, 510.0, 510.0)], ""),  # no codes, alone: no label
    ]
    assert grouped_labels(redactions) == [
        (1, 0, "(b)(6), (b)(7)(C)"),
        (2, 0, "(b)(1)"),
        (3, 0, "(b)(3)"),  # (the group's largest box, though its own redaction has no code)
    ]
    # The same codes in the same boxes whatever order the redactions come in (the PDF and the
    # page images read them in different orders)
    turned = redactions[::-1]
    assert sorted((turned[r][0][k], t) for r, k, t in grouped_labels(turned)) == sorted(
        (redactions[r][0][k], t) for r, k, t in grouped_labels(redactions)
    )


def test_overlapping_boxes_with_codes_are_published_in_the_pdf_and_the_iiif_images(
    tmp_path: Path,
) -> None:
    """Two overlapping boxes with codes: both publications refused until 2026-12-07 (poppler read
    their two labels printed over each other as one word inside a box; the page image's check
    saw the letters of one label where only the other's may be)."""
    import subprocess

    from app.core.exchange.iiif import IiifOptions, export_iiif
    from app.core.exchange.pdf import export_pdf
    from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf

    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc = new_library(tmp_path / "lib", pdf)
    for i, code in enumerate(["B6", "B7(C)"]):
        add_annotation(lib, doc, 0, "redaction", region=(100 + 20 * i, 100 + 3 * i, 80, 14),
                       body={"exemptions": [code]})  # fmt: skip
    report = export_pdf(lib, tmp_path / "pub.pdf")
    assert report.verified and report.burned == 2
    text = subprocess.run(["pdftotext", str(tmp_path / "pub.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert text.count("(b)(6), (b)(7)(C)") == 1 and text.count("(b)(6)") == 1
    export_iiif(lib, tmp_path / "iiif", options=IiifOptions(dpi=150))
    assert (tmp_path / "iiif").is_dir()
    lib.close()


def test_groups_are_those_of_every_pair_of_boxes_that_overlap() -> None:
    """Redactions (of one or two boxes) grouped as asking every pair of their boxes would."""
    from app.core.documents.word_lines import meets
    from app.core.exchange.redacted import grouped_labels

    rng = random.Random(11)
    for _ in range(50):
        redactions = []
        for i in range(rng.randrange(1, 30)):
            boxes = []
            for _ in range(rng.choice([1, 1, 2])):
                x, y = rng.randrange(0, 400), rng.randrange(0, 400)
                boxes.append((float(x), float(y), float(x + rng.randrange(1, 60)),
                              float(y + rng.randrange(1, 20))))  # fmt: skip
            redactions.append((boxes, f"c{i}"))
        group = list(range(len(redactions)))
        for a, (boxes_a, _) in enumerate(redactions):
            for b, (boxes_b, _) in enumerate(redactions):
                if any(meets(p, q) for p in boxes_a for q in boxes_b):
                    group[_root(group, a)] = _root(group, b)
        expected: dict[int, set[str]] = {}
        for r in range(len(redactions)):
            expected.setdefault(_root(group, r), set()).add(f"c{r}")
        got = [set(text.split(", ")) for _, _, text in grouped_labels(redactions)]
        assert sorted(map(sorted, got)) == sorted(map(sorted, expected.values()))


def _root(group: list[int], r: int) -> int:
    while group[r] != r:
        r = group[r]
    return r
