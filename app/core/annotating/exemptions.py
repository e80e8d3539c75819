"""The exemption-code vocabulary: the codes a redaction may give (FOIA's ``B1``-``B9``, E.O.
categories, 25X/50X, JFK Act sections; resources/markings/exemptions.json), how codes are written
however they were typed, and what a person is told of a code not in it.

A person typing codes is held to this vocabulary (:func:`check_exemptions`); the detector and
imports may bring codes outside it, which stay proposed until a person corrects them
(:func:`unknown_codes`).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from app.core.annotating.vocabulary import AnnotationError
from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import Message, joined, translate

_SPACES = re.compile(r"\s+")

# A FOIA exemption as people type it: "b6", "B 6", "(b)(6)", "b7c", "b7(C)", "(b)(7)(C)".
_FOIA = re.compile(r"\(?[bB]\)?\(?(\d)\)?((?:\(\w+\)|[a-zA-Z])*)")


# The same few codes come again and again (a merge of 100,000 redactions asks for each code of
# each one): their forms are kept, a bounded number of them.
@lru_cache(maxsize=4096)
def normalise_exemption(code: str) -> str:
    """FOIA exemptions are written ``B1``..``B9`` with sub-paragraphs in brackets (``B7(C)``),
    however they were typed (``b 6``, ``(b)(6)``, ``b7c``); E.O. categories ``1.4(d)``, their
    letters in lower case (``1.4(B) AND (D)`` is ``1.4(b)(d)``); other codes are kept as
    written."""
    code = _SPACES.sub("", code)
    found = _FOIA.fullmatch(code)
    if found is not None:
        subs = re.findall(r"\((\w+)\)|([a-zA-Z])", found.group(2))
        return "B" + found.group(1) + "".join(f"({(a or b).upper()})" for a, b in subs)
    eo = re.fullmatch(r"(1\.[4-6])((?:(?:,|and|AND|&)*\([A-Za-z]\))+)", code)
    if eo:
        letters = dict.fromkeys(x.lower() for x in re.findall(r"\(([A-Za-z])\)", eo[2]))
        return eo[1] + "".join(f"({x})" for x in letters)
    return code


EXEMPTIONS_PATH = resource_path("markings", "exemptions.json")


@dataclass(frozen=True)
class ExemptionCode:
    """A code a redaction may give, as the service writes it, and what it stands for."""

    code: str
    meaning: str


@cache
def exemption_codes(path: Path = EXEMPTIONS_PATH) -> tuple[ExemptionCode, ...]:
    """The exemption vocabulary (resources/markings/exemptions.json), in the file's order."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(ExemptionCode(str(c["code"]), str(c["meaning"])) for c in data["codes"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RedlineError(
            translate("Redline", "The exemption vocabulary {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc


def _code_key(code: str) -> str:
    """A code without case, spaces and brackets: "(b)(6)", "B6" and "b 6" read alike."""
    return re.sub(r"[\s()]", "", code).casefold()


@cache
def _known_codes() -> dict[str, str]:
    return {_code_key(c.code): c.code for c in exemption_codes()}


@lru_cache(maxsize=4096)
def known_exemption(code: str) -> str | None:
    """``code`` as the vocabulary writes it (``b6`` -> ``B6``, ``3.3(H)(2)`` -> ``3.3(h)(2)``,
    ``1.4(B) and (D)`` -> ``1.4(b)(d)``), or None when it is not one of its codes. A combined
    E.O. code is known when each of its letters is."""
    normal = normalise_exemption(code)
    known = _known_codes()
    found = known.get(_code_key(normal)) or known.get(_code_key(code))
    if found is not None:
        return found
    combined = re.fullmatch(r"(1\.[4-6])((?:\([a-z]\)){2,})", normal)
    if combined and all(f"{combined[1]}{x}".casefold() in known for x in combined[2][1::3]):
        return normal
    return None


class UnknownExemptionsError(AnnotationError):
    """Codes a person typed that are not in the vocabulary: the error names them (with the known
    code each is likely a slip for) and lists the known ones grouped by family, a family on a
    line. The window shows :attr:`unknown` and the list as details; the command line prints all."""

    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)
        self.unknown = (
            translate("Redline", "Unknown exemption codes: {codes}.")
            .counted(len(self.codes), one="Unknown exemption code: {codes}.")
            .format(codes=joined(", ", [unknown_code_said(c) for c in self.codes]))
        )
        self.lines = known_code_lines()  # the known codes, a family on a line
        self.known = joined(
            "\n",
            (translate("Redline", "Known codes:"), *(joined("", ("  ", x)) for x in self.lines)),
        )
        super().__init__(joined("\n", (self.unknown, self.known)))

    def __reduce__(self) -> tuple[type[UnknownExemptionsError], tuple[tuple[str, ...]]]:
        return (type(self), (self.codes,))  # (pickled as the codes: the message is made again)


def check_exemptions(codes: Sequence[str]) -> list[str]:
    """The codes as the vocabulary writes them, or an :class:`UnknownExemptionsError` that names
    the unknown ones and lists the known ones. (A person typing codes is held to the vocabulary;
    the service keeps whatever codes an import or the detector brings.)"""
    out, unknown = [], []
    for code in (c.strip() for c in codes):
        if code:
            known = known_exemption(code)
            out.append(known) if known is not None else unknown.append(code)
    if unknown:
        raise UnknownExemptionsError(unknown)
    return list(dict.fromkeys(out))


# Letters OCR (and a hurried typist) put for digits: "BG" is B6, "Bl" is B1, "25XI" is 25X1,
# "l.4(c)" is 1.4(c).
_LOOKALIKE_DIGITS = str.maketrans("lI|iOoGSsZz", "11110065522")


def close_exemptions(code: str) -> list[str]:
    """The known codes ``code`` is likely a slip for (at most three, likeliest first): with a
    letter that looks like a digit read as that digit ("BG" -> B6), else those spelled almost
    alike ("B10" -> B1, "b8c" -> B8, "50X1" -> 50X1-HUM); none when nothing is close."""
    code = code.strip()
    if not code:
        return []
    read = known_exemption(code.translate(_LOOKALIKE_DIGITS))  # (B is no digit here)
    if read is not None:
        return [read]
    known = _known_codes()
    key = _code_key(normalise_exemption(code))
    # (sorted stably, in the vocabulary's order: of codes as close, the first first)
    scored = sorted(((difflib.SequenceMatcher(None, k, key).ratio(), k) for k in known),
                    key=lambda s: -s[0])  # fmt: skip
    close = [k for score, k in scored if score >= 0.8]
    longer = [k for k in known if len(key) >= 3 and k.startswith(key) and k not in close]
    return [known[k] for k in (close + longer)[:3]]


def unknown_code_said(code: str) -> Message | str:
    """An unknown code as an error names it: with the known codes it is likely a slip for."""
    close = close_exemptions(code)
    if not close:
        return code
    return translate("Redline", "{code} (did you mean {codes}?)").format(
        code=code, codes=", ".join(close)
    )


# The families the known codes are listed in, a family on a line (a code goes in the first
# family its start matches; one of none, added to the vocabulary later, under "Other codes").
_FAMILIES: Final = (
    (translate("Redline", "FOIA"), re.compile(r"B\d")),
    (translate("Redline", "E.O. 13526 §1.4"), re.compile(r"1\.4\(")),
    (translate("Redline", "E.O. 12958 §1.5"), re.compile(r"1\.5\(")),
    (translate("Redline", "E.O. 13526 §3.3, §3.5"), re.compile(r"3\.\d\(")),
    (translate("Redline", "25X and 50X exemptions"), re.compile(r"\d\dX")),
    (translate("Redline", "JFK Records Act §6"), re.compile(r"6\(")),
)
# A code as its stem, its last letter or digit and a closing bracket if any: "3.3(b)(", "1", ")".
_LAST = re.compile(r"(.*?)([0-9A-Za-z])(\)?)")


def known_code_lines(path: Path = EXEMPTIONS_PATH) -> list[Message]:
    """The known codes by family, a line each ("FOIA: B1–B9, B7(A)–B7(F)"): three or more in a
    row that differ only in their last letter or digit are written as a range."""
    families: dict[int, list[str]] = {}
    for c in exemption_codes(path):
        at = next((i for i, (_, p) in enumerate(_FAMILIES) if p.match(c.code)), len(_FAMILIES))
        families.setdefault(at, []).append(c.code)
    return [
        translate("Redline", "{family}: {codes}").format(
            family=_FAMILIES[i][0] if i < len(_FAMILIES) else translate("Redline", "Other codes"),
            codes=", ".join(_ranges(codes)),
        )
        for i, codes in sorted(families.items())
    ]


def _ranges(codes: Sequence[str]) -> list[str]:
    """``codes`` grouped by stem (in the order each stem comes first), each run of three or more
    consecutive last letters or digits as ``first–last``."""
    stems: dict[tuple[str, str], list[str]] = {}
    for code in codes:
        m = _LAST.fullmatch(code)
        stems.setdefault((m[1], m[3]) if m else (code, "~"), []).append(code)
    out: list[str] = []
    for group in stems.values():
        run: list[str] = []
        for code in [*group, ""]:
            if run and code and ord(_last(code)) == ord(_last(run[-1])) + 1:
                run.append(code)
                continue
            out.extend([f"{run[0]}–{run[-1]}"] if len(run) >= 3 else run)
            run = [code]
    return out


def _last(code: str) -> str:
    """The last letter or digit of ``code`` (before a closing bracket)."""
    return code.rstrip(")")[-1:] or " "


def unknown_codes(kind: str, body: Mapping[str, Any]) -> list[str]:
    """The exemption codes an annotation carries that are not in the vocabulary: a redaction's
    codes, or the value of an exemption marking (what the detector read beside a box, or what
    a colleague's set brought). Accepting checks them, as the form checks what a person types."""
    if kind == "redaction":
        codes = body.get("exemptions") or []
    elif kind == "marking" and body.get("category") == "exemption":
        codes = [body.get("value", "")]
    else:
        return []
    if not isinstance(codes, list | tuple):
        return []
    return [c for c in codes if isinstance(c, str) and c.strip() and known_exemption(c) is None]


def agency_code(code: str) -> str:
    """An exemption as agencies print it beside a released box: ``B7(C)`` -> ``(b)(7)(C)``."""
    if re.fullmatch(r"B\d(\(\w+\))*", code):
        return f"(b)({code[1]}){code[2:]}"
    return code
