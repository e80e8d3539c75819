"""Every error the core raises for a person is a translatable message: a RedlineError raised with
an f-string or with English words in a string literal would read in English in a German or French
window. (Errors with a message are made with ``translate("Redline", "…").format(…)``.)"""

from __future__ import annotations

import ast
import builtins
import importlib
import re
from pathlib import Path

import app.core
from app.core.errors import RedlineError
from app.core.exchange.w3c_place import NotPlaced

CORE = Path(app.core.__file__).parent
ROOT = CORE.parent.parent

# Errors that are not RedlineErrors but whose message a person reads: a W3C annotation's
# reason for having no place here is listed in the import's report.
SHOWN: tuple[type[Exception], ...] = (RedlineError, NotPlaced)

# (path from the repository's root, line of the raise): kept in English, each for its reason.
ALLOWED: dict[tuple[str, int], str] = {}

_WORD = re.compile(r"[A-Za-z]{3,}")


def _is_text(node: ast.expr) -> bool:
    """Whether ``node`` builds English text itself: an f-string, a literal with a word, text
    joined with ``+`` or ``%`` or filled in with ``.format``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_WORD.search(node.value))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_text(node.func.value)
    return False


def _resolve(module: object, node: ast.expr) -> object:
    """The object ``node`` (a name or a dotted name) stands for in ``module``, or None."""
    if isinstance(node, ast.Name):
        return getattr(module, node.id, getattr(builtins, node.id, None))
    if isinstance(node, ast.Attribute):
        return getattr(_resolve(module, node.value), node.attr, None)
    return None


def _english_raises(path: Path) -> list[tuple[str, int, str]]:
    """The raises of errors a person reads in ``path`` whose first argument is English text:
    (path, line, the class as written)."""
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    module = importlib.import_module(name)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        if not call.args or not _is_text(call.args[0]):
            continue
        raised = _resolve(module, call.func)
        if not isinstance(raised, type) or not issubclass(raised, SHOWN):
            continue  # internal (ValueError…), or a function that makes the error from a key
        found.append((str(path.relative_to(ROOT)), node.lineno, ast.unparse(call.func)))
    return found


def test_the_core_raises_no_english_sentences() -> None:
    found = [hit for path in sorted(CORE.rglob("*.py")) for hit in _english_raises(path)]
    left = [f"{where}:{line}: {cls}" for where, line, cls in found if (where, line) not in ALLOWED]
    assert not left, "raise these with translate('Redline', …):\n" + "\n".join(left)


def test_the_guard_finds_english() -> None:
    """The guard itself: what it must flag and what it must let pass."""
    flagged = [
        'f"page {n} is damaged"',
        '"cannot read the file"',
        '"the id " + ident',
        'f"{a} and " + " and ".join(b)',
        '"{n} pages".format(n=n)',
    ]
    passed = ['translate("Redline", "cannot read {p}").format(p=p)', '"-"', "str(exc)", "exc"]
    assert all(_is_text(ast.parse(s, mode="eval").body) for s in flagged)
    assert not any(_is_text(ast.parse(s, mode="eval").body) for s in passed)
