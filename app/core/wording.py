"""Counted phrases for people: "1 page", "3 pages", never "1 pages" or "page(s)".

Each form is a whole phrase with ``{n}``, not a word with a suffix glued on, so that a translation
can give every form its own words (Qt's translations count with ``%n`` the same way).
"""

from __future__ import annotations


def count(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``{n}`` filled in: ``count(3, "{n} page",
    "{n} pages")`` is "3 pages"."""
    return (one if n == 1 else many).format(n=n)
