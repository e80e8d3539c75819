"""Loading the marking rules (resources/markings/rules.json) and compiling them into regexes.

Rules are data so that adding a marking is an edit of a file. A *phrase* rule becomes one regex
that matches the phrase written normally or letter-spaced ("S E C R E T"); a *regex* rule is used
as written, on the text after a one-to-one character folding that keeps code-point offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.core.annotating.bodies import normalise_marking_value
from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import translate

RULES_PATH = resource_path("markings", "rules.json")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "|": "1"})


@dataclass(frozen=True)
class Rule:
    """One marking rule: what it finds (category, normalised value) and how (its regex)."""

    id: str
    category: str
    pattern: re.Pattern[str]
    values: tuple[str, ...]
    phrase: str | None = None
    fuzzy: bool = False
    banner: bool = False
    portion: bool = False
    absorbs: bool = False
    interleaved: bool = False  # also read with another column's words inside it
    field: str | None = None
    release_date: bool = False
    per_record: bool = False  # stamped alike on every page of a record (see agree_per_record)
    confidence: float = 0.97
    digit_groups: frozenset[str] = frozenset()

    def value_for(self, match: re.Match[str]) -> str:
        """The normalised value: the first template whose groups all matched, filled in."""
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        for template in self.values:
            names = _PLACEHOLDER.findall(template)
            if all(n in groups for n in names):
                value = _PLACEHOLDER.sub(lambda m: self._clean(m.group(1), groups), template)
                return normalise_marking_value(self.category, value)
        return self.values[-1]

    def _clean(self, name: str, groups: dict[str, str]) -> str:
        raw = groups[name]
        if name in self.digit_groups:
            return re.sub(r"\s+", "", raw).translate(_OCR_DIGITS)
        return " ".join(raw.split())


@dataclass(frozen=True)
class RuleSet:
    """All rules, the character folding applied before regex matching, and classification ranks."""

    rules: tuple[Rule, ...]
    fold: dict[int, str]
    levels: dict[str, int]

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` in capitals, written normally or with its letters spaced out, its
    words apart or joined by a hyphen, stop or underscore ("TOP-SECRET", "TOP. SECRET")."""
    words = [" ?".join(re.escape(ch) for ch in word) for word in phrase.split()]
    return r"(?<![A-Za-z])" + r"\s*[-_.]?\s*".join(words) + r"(?![A-Za-z])"


def _compile(raw: dict[str, Any]) -> Rule:
    phrase = raw.get("phrase")
    if phrase is not None:
        source = phrase_pattern(str(phrase))
        flags = 0
    else:
        source = str(raw["regex"])
        flags = re.IGNORECASE if "i" in str(raw.get("flags", "")) else 0
    value = raw.get("value", phrase)
    values = tuple(value) if isinstance(value, list) else (str(value),)
    return Rule(
        id=str(raw["id"]),
        category=str(raw["category"]),
        pattern=re.compile(source, flags),
        values=values,
        phrase=str(phrase) if phrase is not None else None,
        fuzzy=bool(raw.get("fuzzy", False)),
        banner=bool(raw.get("banner", False)),
        portion=bool(raw.get("portion", False)),
        absorbs=bool(raw.get("absorbs", False)),
        interleaved=bool(raw.get("interleaved", False)),
        field=raw.get("field"),
        release_date=bool(raw.get("release_date", False)),
        per_record=bool(raw.get("per_record", False)),
        confidence=float(raw.get("confidence", 0.97)),
        digit_groups=frozenset(raw.get("digits", ())),
    )


@cache
def load_rules(path: Path = RULES_PATH) -> RuleSet:
    """Read and compile the rules once; a broken rules file is reported in one line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rules = tuple(_compile(r) for r in data["rules"])
        fold = {ord(k): str(v) for k, v in data.get("fold", {}).items()}
        levels = {str(k): int(v) for k, v in data.get("levels", {}).items()}
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise RedlineError(
            translate("Redline", "The marking rules {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc
    if any(len(v) != 1 for v in fold.values()):
        raise RedlineError(
            translate("Redline", "The marking rules {path}: 'fold' must map one character to one.")
            .format(path=path)
        )  # fmt: skip
    return RuleSet(rules, fold, levels)
