"""The import graph: no module of app/ is part of an import cycle, and no test imports another
test module (shared pieces live in helpers modules). The layers are import-linter's contracts in
pyproject.toml, checked by ``make lint``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

TEST_MODULE_PREFIXES = ("test_", "bench_", "eval_")


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every set of modules that import each other round in a circle (lazy imports inside
    functions and imports for type checking count too), each sorted, smallest module first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue  # outside the packages graphed
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in graph.find_modules_directly_imported_by(module):
                cycles.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph.modules)))
    try:
        for module in sorted(graph.modules):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(cycles)


def test_no_module_of_app_is_part_of_an_import_cycle() -> None:
    assert import_cycles(grimp.build_graph("app", cache_dir=None)) == []


@pytest.fixture
def package_with_a_cycle(tmp_path: Path) -> Iterator[str]:
    """A package whose ``a`` imports ``b`` at the top while ``b`` imports ``a`` inside a function
    (the deferred import that hid app/core/samples.py's circle), and ``c`` outside the circle."""
    pkg = tmp_path / "circular"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from circular import b\n")
    (pkg / "b.py").write_text("def f():\n    from circular import a\n    return a\n")
    (pkg / "c.py").write_text("from circular import a\n")
    sys.path.insert(0, str(tmp_path))
    try:
        yield "circular"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "circular" or m.startswith("circular.")]:
            del sys.modules[name]


def test_a_deferred_import_that_closes_a_circle_is_found(package_with_a_cycle: str) -> None:
    graph = grimp.build_graph(package_with_a_cycle, cache_dir=None)
    assert import_cycles(graph) == [["circular.a", "circular.b"]]


def _is_test_module(name: str) -> bool:
    last = name.rpartition(".")[2]
    return last == "conftest" or last.startswith(TEST_MODULE_PREFIXES)


def test_tests_import_helpers_never_other_test_modules() -> None:
    graph = grimp.build_graph("tests", cache_dir=None)
    borrowed = sorted(
        (importer, imported)
        for imported in graph.modules
        if _is_test_module(imported)
        for importer in graph.find_modules_that_directly_import(imported)
    )
    assert borrowed == []
