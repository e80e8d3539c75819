"""A page's review status, as the library stores it: a module of its own, importing nothing, so
that the command line can offer its values without loading the database layer (issue 22)."""

from __future__ import annotations

from typing import Literal, get_args

ReviewStatus = Literal["unreviewed", "in_progress", "reviewed"]
PAGE_STATUSES: tuple[ReviewStatus, ...] = get_args(ReviewStatus)
