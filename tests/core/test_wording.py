"""Counted phrases: one form for 1, the other for every other count; messages that travel."""

import pickle
import threading

from app.core.errors import IngestError
from app.core.wording import count, translate


class _Held(Exception):
    def __init__(self) -> None:
        super().__init__("code=2: broken xref")
        self.handle = threading.Lock()


def test_one_and_many() -> None:
    assert count(1, "{n} page", "{n} pages") == "1 page"
    assert [count(n, "{n} page", "{n} pages") for n in (0, 2, 11)] == [
        "0 pages",
        "2 pages",
        "11 pages",
    ]
    assert count(1, "one annotation carried over", "{n} annotations carried over") == (
        "one annotation carried over"
    )


def test_a_message_naming_an_exception_travels_between_processes() -> None:
    """A worker's error names the library's exception: its message must pickle, though the
    exception holds what cannot (PyMuPDF's hold SWIG objects; a lock stands for one here)."""
    exc = _Held()
    error = IngestError(
        translate("Redline", "page {value} is damaged and cannot be read ({exc})").format(
            value=10, exc=exc
        )
    )
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == "page 10 is damaged and cannot be read (code=2: broken xref)"


def test_a_language_s_decimal_sign_goes_into_the_numbers_only() -> None:
    from app.core.wording import english, render, translate

    said = translate("Redline", "{name}: {value:.1f} MB in {seconds} s, page {page}, {year:04d}")
    filled = said.format(name="v1.2.pdf", value=2.46, seconds=0.5, page=3, year=1961)
    assert render(filled, english, ",") == "v1.2.pdf: 2,5 MB in 0,5 s, page 3, 1961"
    assert str(filled) == "v1.2.pdf: 2.5 MB in 0.5 s, page 3, 1961"  # English: the points
    joined_up = translate("Redline", "{a} and {b}").format(a=filled, b=1.25)
    assert render(joined_up, english, ",").endswith("1961 and 1,25")
    quoted = translate("Redline", "version {version!r} of {value!s}").format(version=2, value=0.5)
    assert render(quoted, english, ",") == "version 2 of 0,5"
