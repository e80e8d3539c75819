"""Errors whose message is written for the person using Redline: one line, no traceback."""


class RedlineError(Exception):
    """Base of every error Redline reports to a person."""


class LibraryError(RedlineError):
    """The library cannot be opened or used as asked. ``in_a_run``: the same said for a run
    that stopped after storing some of its work (without "nothing was changed", which the
    run's report then contradicted), where it differs."""

    in_a_run: object = None


class LoginRefused(LibraryError):
    """A server that refused the login (a wrong password, an unknown role): a window asks for
    the password again."""


class PasswordNeeded(LoginRefused):
    """A server that asks for a password none was given for (neither in the address nor by
    ``PGPASSWORD`` or ``~/.pgpass``): a window asks for it; the message is the refusal's."""


def said_in_a_run(reason: RedlineError) -> tuple[object, ...]:
    """The arguments a run's stop is said with: ``reason``'s, in its form for a run if any."""
    form = getattr(reason, "in_a_run", None)
    return (form,) if form is not None else reason.args


class IngestError(RedlineError):
    """A file cannot be imported; the library is left as it was."""


class SearchQueryError(RedlineError):
    """A search query that cannot be understood."""


class NotFoundError(RedlineError):
    """A document, page or annotation that does not exist."""
