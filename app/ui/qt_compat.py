"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

That release returns ``None`` (from every void method and null result) and ``True`` (from
``Signal.emit``) without taking a reference, as if they were immortal, which they are only from
Python 3.12 on. Every such call drops a reference nobody took, and after some thousands of calls
CPython aborts ("none_dealloc: deallocating None"). :func:`pin_singletons` adds a large constant
to the reference counts of ``None``, ``True`` and ``False`` (they are never freed while Python
runs anyway), which makes them immortal in effect. It needs no Qt and is run when ``app.ui`` is
first imported.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40  # far more calls than a process makes in its lifetime
_pinned = False


def pin_singletons() -> bool:
    """Make None, True and False immortal on Python < 3.12; True if it did (once a process)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, done already, or a debug build with another layout
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += PIN
    _pinned = True
    return True
