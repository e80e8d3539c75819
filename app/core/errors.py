"""Errors whose message is written for the person using Redline: one line, no traceback."""


class RedlineError(Exception):
    """Base of every error Redline reports to a person."""


class LibraryError(RedlineError):
    """The library cannot be opened or used as asked."""


class IngestError(RedlineError):
    """A file cannot be imported; the library is left as it was."""


class SearchQueryError(RedlineError):
    """A search query that cannot be understood."""


class NotFoundError(RedlineError):
    """A document, page or annotation that does not exist."""
