"""The database layer's refusals to open a library, worded for people in their language.

db/ speaks English only and imports nothing from app/: its :class:`~db.migrate.SchemaError` and
:class:`~db.engine.DatabaseError` carry, besides their English text, a ``kind`` and the
``facts`` of the refusal. Here each kind becomes a :class:`~app.core.wording.Message` (translated
in the window, English on the command line) without the database driver's own words: a damaged
file read "…: file is not a database", in English in a German window.

:func:`worded` takes the error a library's opening raised (a :class:`LibraryError` whose cause is
db's refusal) and gives the same refusal in these words; the window's :func:`say` and the
command line's error line pass every error through it.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.errors import LibraryError
from app.core.wording import Message, said, translate


def _damaged() -> Message:
    return translate(
        "Redline",
        "{location} is not a Redline library, or its database is damaged; it was left as it "
        "was. Choose another library, or put back a copy from its backups folder if it has one.",
    )


def _foreign() -> Message:
    return translate(
        "Redline",
        "{location} is not a Redline library: its database holds other tables ({tables}); "
        "choose another folder.",
    )


def _newer() -> Message:
    return translate(
        "Redline",
        "The library at {location} was written by Redline {writer} (schema {revision}); this "
        "is Redline {version} (schema {head}), which cannot read it. Install a newer Redline "
        "to open it.",
    )


def _newer_unnamed() -> Message:
    return translate(
        "Redline",
        "The library at {location} was written by a newer Redline (schema {revision}); this is "
        "Redline {version} (schema {head}), which cannot read it. Install a newer Redline to "
        "open it.",
    )


def _empty() -> Message:
    return translate(
        "Redline",
        "{location} holds no Redline library yet, and one cannot be made while it is opened "
        "read-only; its owner makes it by opening it once where it can be written.",
    )


def _older() -> Message:
    return translate(
        "Redline",
        "The library at {location} was made by an older Redline (schema {revision}) and needs "
        "an upgrade to schema {head}, which cannot be done read-only; open it once where it "
        "can be written.",
    )


def _locked() -> Message:
    return translate(
        "Redline",
        "The library at {folder} is open for writing in another Redline process; close it "
        "there first.",
    )


def _unclean() -> Message:
    return translate(
        "Redline",
        "The library at {folder} was not closed cleanly and its folder cannot be written, so "
        "it cannot be read here; open it once where it can be written.",
    )


def _uncreatable() -> Message:
    return translate("Redline", "Cannot create a library at {folder}: {strerror}.")


def _missing() -> Message:
    return translate(
        "Redline",
        "There is no library at {folder} yet; add documents with `redline import PATH`.",
    )


def _encoding() -> Message:
    return translate(
        "Redline",
        "The database {database} on the server uses the {encoding} encoding; Redline needs a "
        "UTF8 one (CREATE DATABASE … ENCODING 'UTF8'). Nothing was changed.",
    )


def _old_server() -> Message:
    return translate(
        "Redline",
        "The PostgreSQL server holding {location} is version {server}; Redline needs 13 or "
        "newer. Nothing was changed.",
    )


def _address() -> Message:
    return translate("Redline", "Not a PostgreSQL library address: {address}")


def _address_port() -> Message:
    return translate(
        "Redline", "Not a PostgreSQL library address: {address} (its port must be a number)"
    )


def _no_database() -> Message:
    return translate(
        "Redline",
        "The address {address} names no database; write it as postgresql://user@host/dbname",
    )


def _no_pg_dump() -> Message:
    return translate(
        "Redline",
        "The library {address} needs an upgrade from schema {revision}, and pg_dump (apt-get "
        "install postgresql-client) is not installed to back it up first; install it, or back "
        "the database up yourself and set REDLINE_UPGRADE_WITHOUT_BACKUP=1",
    )


def _backup_failed() -> Message:
    return translate(
        "Redline",
        "Could not back up {address} before upgrading it, so it was not upgraded: {reason}",
    )


# Why a library is read-only, as db/engine.py says it (its ``read_only_reason``), and
# "opened for reading" (asked for), in people's words
_READ_ONLY_BECAUSE: dict[str, Message] = {
    "another Redline process writes to it": translate(
        "Redline", "another Redline process writes to it"
    ),
    "its folder cannot be written": translate("Redline", "its folder cannot be written"),
    "your role on the server may only read it": translate(
        "Redline", "your role on the server may only read it"
    ),
    "": translate("Redline", "it was opened for reading"),
}


def read_only(location: object, reason: str | None) -> Message:
    """A write refused on the library at ``location`` because it is open read-only, saying why
    (``reason``: db's, None when the library was opened for reading): the window's and the
    command line's sentence."""
    # (a reason db gives that is not known here: said as db says it)
    why: Message | str = _READ_ONLY_BECAUSE.get(reason or "") or str(reason)
    return translate(
        "Redline", "The library at {location} is open read-only ({why}); nothing was changed."
    ).format(location=location, why=why)


_SENTENCES: dict[str, Callable[[], Message]] = {
    "address": _address,
    "address_port": _address_port,
    "no_database": _no_database,
    "no_pg_dump": _no_pg_dump,
    "backup_failed": _backup_failed,
    "damaged": _damaged,
    "foreign": _foreign,
    "newer": _newer,
    "empty": _empty,
    "older": _older,
    "locked": _locked,
    "unclean": _unclean,
    "uncreatable": _uncreatable,
    "missing": _missing,
    "encoding": _encoding,
    "old_server": _old_server,
}


def refusal(exc: BaseException, location: object = None) -> Message | None:
    """db's refusal ``exc`` as a sentence naming ``location`` (the library as people call it;
    the folder where db names one itself); None for an error db gives no kind, or one whose
    sentence needs a ``location`` not given."""
    kind = getattr(exc, "kind", "")
    facts = dict(getattr(exc, "facts", None) or {})
    if kind not in _SENTENCES:
        return None
    sentence = _SENTENCES[kind]()
    if kind == "newer" and not facts.get("writer"):
        sentence = _newer_unnamed()
    if location is None and "{location}" in sentence.text:
        return None
    return sentence.format(location=location, **facts)


def worded(error: BaseException) -> BaseException:
    """``error`` itself, or where it says the refusal of db/ to open a library (raised by db,
    or a :class:`LibraryError` made of its text, with db's error in its chain), a
    :class:`LibraryError` saying it in :func:`refusal`'s words, named by the place the
    original named."""
    message = said(error)
    args = message.args if isinstance(message, Message) else {}
    location = args.get("location")
    told = str(args.get("reason", error.args[0] if error.args else ""))
    for exc in _chain(error):
        if exc is error or str(exc) == told:  # (the error the message was made of)
            sentence = refusal(exc, location)
            if sentence is not None:
                reworded = LibraryError(sentence)
                reworded.__cause__ = exc
                return reworded
    return error


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and the errors it was raised from or while handling, nearest first."""
    seen: list[BaseException] = []
    todo = [error]
    while todo:
        exc = todo.pop(0)
        if any(exc is s for s in seen):
            continue
        seen.append(exc)
        todo += [e for e in (exc.__cause__, exc.__context__) if e is not None]
    return seen
