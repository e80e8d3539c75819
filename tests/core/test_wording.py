"""Counted phrases: one form for 1, the other for every other count."""

from app.core.wording import count


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
