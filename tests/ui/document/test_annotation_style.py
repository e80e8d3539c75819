"""What hovering an annotation tells, word for word where it matters: a detector's finding says
who proposed it once ("proposed by the detector, by redline-detector" named it twice)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region
from app.core.detection.stored import AUTHOR
from app.core.library import Library
from app.ui.base import settings as S
from tests.ui.annotating.helpers import hover, open_window


def test_a_detector_finding_says_once_that_the_detector_proposed_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    page = window.document_view.page
    assert page is not None
    create_annotation(
        review_library, page.id, "redaction", region=Region(100, 370, 200, 60),
        body={"exemptions": ["(b)(3)"]}, author=AUTHOR, status="proposed", origin="detector",
        rule_id="exemption-beside-box", confidence=0.62,
    )  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.overlay.shapes) == 1)
    g = window.document_view.page_view.geometry_
    assert g is not None
    told = hover(qtbot, window, *g.to_display((200, 400, 200, 400))[:2]).splitlines()
    assert told[:2] == ["Redaction · proposed", "Exemption codes: B3"]
    assert told[2].startswith("proposed by the detector, ") and told[2].endswith(" UTC")
    assert AUTHOR not in "\n".join(told) and "\n".join(told).count("detector") == 1
    assert told[3:] == ["62% sure", "Detection rule: exemption-beside-box"]
