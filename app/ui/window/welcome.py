"""A first start's few words on what to press, once ever: the sample library `make run` opens
showed dashed boxes everywhere and an empty status bar, with nothing saying that they are the
detector's proposals, which keys decide them, or where the guide is."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr

WELCOME = QT_TRANSLATE_NOOP(
    "Redline",
    "Welcome to Redline. The Library tab lists the documents (Enter opens one). Dashed boxes "
    "are the detector's proposals: N steps to the next, A accepts it, R rejects it. F1 opens "
    "the guide; Ctrl+/ lists every key.",
)


def welcome_once(settings: S.Settings, show: Callable[[str], None]) -> bool:
    """Say :data:`WELCOME` on the first start (then never again); True if said."""
    if settings.get(S.WELCOMED):
        return False
    show(tr(WELCOME))
    settings.set(S.WELCOMED, True)
    return True
