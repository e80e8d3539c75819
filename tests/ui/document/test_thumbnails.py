"""Thumbnails are rendered for the screen they are shown on: at a scale factor of 1.5 or 2 a
thumbnail rendered at its logical width was stretched, and blurred, where the scan is sharp."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.documents.queries import DocumentSummary
from app.ui.document.render_cache import PageRenderer
from app.ui.document.thumbnails import ThumbnailModel


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_a_thumbnail_has_a_device_pixel_for_each_of_the_screen(
    renderer: PageRenderer, review_doc: DocumentSummary, ratio: float
) -> None:
    model = ThumbnailModel(renderer)
    model.set_document(review_doc)
    model.ratio = ratio  # (what the strip sets from its screen as it paints)
    pixmap = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)  # a synchronous render
    assert pixmap is not None
    assert pixmap.devicePixelRatio() == ratio
    near = review_doc.pages[0].width * 0.005 + 1  # (renders are made at hundredths of a zoom)
    assert abs(pixmap.width() - model.width * ratio) <= near  # device pixels …
    assert abs(pixmap.deviceIndependentSize().width() - model.width) <= near  # … this wide
