"""Sentences for people, made by the Qt-free core and read in English on the command line and in
the window's language in the window.

The core cannot call Qt's translation, so it hands out a :class:`Message`: the English source
text (Qt's translation key, in the context ``"Redline"``), its arguments and, for a counted
phrase, the count. ``str(message)`` is the English sentence (the command line prints it); the
window renders the same message through ``QCoreApplication.translate``
(``app.ui.base.language.say``). Messages are made with :func:`translate`, called as
``translate("Redline", "…")`` so that ``pyside6-lupdate`` extracts the source text into the
catalogues as it does the window's own strings.

Counted phrases carry ``%n`` (Qt's plural forms: each language gives each form its own words) and
their English singular, so that the English sentence never reads "1 pages":
``translate("Redline", "%n pages").counted(n, one="%n page")`` (the count is not an argument of
``translate`` here: pyside6-lupdate reads a call's count only when it is a bare name, and marks no
Python call as plural anyway; the catalogues mark every ``%n`` message ``numerus="yes"``, which a
test checks). Each form is a whole phrase, not a word with a suffix glued on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

CONTEXT = "Redline"

# How a message's text becomes a template in one language: (context, source, disambiguation, n)
# → the text with %n filled in. The English one is :func:`english`; the window's calls Qt.
Lookup = Callable[["Message"], str]


class _Said:
    """What both kinds of sentence share: English as ``str``, equality by value. (Plain classes,
    not dataclasses: ``dataclasses.asdict`` leaves them whole inside a result, and the command
    line's JSON writes them as their English text.)"""

    def render(self, lookup: Lookup, decimal: str = ".") -> str:
        """The sentence in ``lookup``'s language, its numbers with ``decimal`` as their decimal
        sign (the window's language's: "2,5 MB" in German)."""
        raise NotImplementedError

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.render(english)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Said) and type(other) is type(self) and self._key() == other._key()
        )

    def __hash__(self) -> int:
        return hash(str(self))


class Message(_Said):
    """One sentence: ``text`` (the English source, with ``{name}`` placeholders and, when
    counted, ``%n``), the ``args`` filling the placeholders (themselves messages or values)."""

    def __init__(
        self,
        context: str,
        text: str,
        disambiguation: str | None = None,
        n: int = -1,
        singular: str | None = None,  # the English form for n == 1 (the catalogues: the others')
        args: Mapping[str, object] | None = None,
    ) -> None:
        self.context, self.text, self.disambiguation = context, text, disambiguation
        self.n, self.singular, self.args = n, singular, dict(args or {})

    def _key(self) -> tuple[object, ...]:
        return (self.context, self.text, self.disambiguation, self.n, self.singular, self.args)

    def counted(self, n: int, one: str | None = None) -> Message:
        """The phrase counting ``n`` (its text holds ``%n``: Qt's plural forms), with its English
        form for one (``"%n page"``; None: the same words for every number)."""
        return Message(self.context, self.text, self.disambiguation, n, one, self.args)

    def format(self, **args: object) -> Message:
        """The message with its placeholders' values (like ``str.format``). An exception given
        as a value is kept as its message or text: a message travels from worker processes,
        and a library's exception may hold what cannot be pickled (PyMuPDF's: SWIG objects)."""
        kept = {k: _travelling(v) for k, v in args.items()}
        return Message(
            self.context, self.text, self.disambiguation, self.n, self.singular,
            {**self.args, **kept},
        )  # fmt: skip

    def render(self, lookup: Lookup, decimal: str = ".") -> str:
        template = lookup(self)
        return template.format(**{k: _value(v, lookup, decimal) for k, v in self.args.items()})


class Joined(_Said):
    """Messages (or plain strings: names, numbers) joined with ``separator``."""

    def __init__(self, separator: str | Message, parts: tuple[Text, ...]) -> None:
        self.separator, self.parts = separator, parts

    def _key(self) -> tuple[object, ...]:
        return (self.separator, self.parts)

    def render(self, lookup: Lookup, decimal: str = ".") -> str:
        parts = (render(p, lookup, decimal) for p in self.parts)
        return render(self.separator, lookup, decimal).join(parts)


Text = str | Message | Joined


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Message:
    """A message in ``context`` (always ``"Redline"``): the name and arguments of Qt's
    ``QCoreApplication.translate`` so that pyside6-lupdate finds the call."""
    return Message(context, text, disambiguation, n)


def joined(separator: str | Message, parts: Iterable[object]) -> Joined:
    return Joined(
        separator, tuple(p if isinstance(p, (Message, Joined)) else str(p) for p in parts)
    )


def english(message: Message) -> str:
    """The English template of ``message`` with its count filled in."""
    if message.n < 0:
        return message.text
    text = message.singular if message.n == 1 and message.singular else message.text
    return text.replace("%n", str(message.n))


class Sentence(str):
    """English text (a ``str`` in every way: compared, searched, written to JSON and pickled as
    one) that keeps the message it was made from, for the window to show in its language:
    results that carry a reason as text (an import's outcome, an OCR page's) hold one."""

    message: Message | Joined | None

    def __new__(cls, value: object) -> Sentence:
        made = super().__new__(cls, str(value))
        made.message = said(value)
        return made


def said(value: object) -> Message | Joined | None:
    """The message ``value`` is or carries (an error made with one, a :class:`Sentence`), else
    None."""
    if isinstance(value, Sentence):
        return value.message
    if isinstance(value, BaseException) and len(value.args) == 1:
        value = value.args[0]
    return value if isinstance(value, (Message, Joined)) else None


def render(value: object, lookup: Lookup, decimal: str = ".") -> str:
    """``value`` as text: a message (or an error carrying one) through ``lookup`` (its numbers'
    decimal sign ``decimal``), anything else as ``str``."""
    message = said(value)
    return message.render(lookup, decimal) if message is not None else str(value)


def _travelling(value: object) -> object:
    """An exception as the message it carries, else as its text; other values as they are."""
    if isinstance(value, BaseException):
        return said(value) or str(value)
    return value


def _value(value: object, lookup: Lookup, decimal: str = ".") -> object:
    """A placeholder's value: messages rendered, a number with ``decimal`` as its decimal sign,
    other values as they are (``{w:g}``)."""
    message = said(value)
    if message is not None:
        return message.render(lookup, decimal)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and decimal != ".":
        return _Decimal(value, decimal)  # (an int too: "{value:.1f}" may be given 3)
    return value


class _Decimal:
    """A number formatted as its placeholder asks (``{value:.1f}``), with another decimal
    sign."""

    def __init__(self, value: float, decimal: str) -> None:
        self.value, self.decimal = value, decimal

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).replace(".", self.decimal)

    def __repr__(self) -> str:  # ("{version!r}": a number read from a file, said as it was)
        return repr(self.value).replace(".", self.decimal)

    __str__ = __repr__


def messages_in(value: object) -> Iterable[Message]:
    """Every message inside ``value`` (for tests and the window's checks)."""
    value = said(value) or value
    if isinstance(value, Message):
        yield value
        for v in value.args.values():
            yield from messages_in(v)
    elif isinstance(value, Joined):
        for p in value.parts:
            yield from messages_in(p)


def count(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``{n}`` filled in: ``count(3, "{n} page",
    "{n} pages")`` is "3 pages". (For English-only output; a phrase the window shows is a
    counted :class:`Message`.)"""
    return (one if n == 1 else many).format(n=n)
