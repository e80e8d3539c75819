"""Library calls a window's thread must not wait on (app.core.calls): a marked call goes through
the library's runner where the runner wants it, and the library's ways in tell the runner of a
call that reached them without."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app.core.annotating.tag_store import list_tags
from app.core.calls import library_call
from app.core.library import Library

R = TypeVar("R")


class _Runner:
    def __init__(self, wanted: bool) -> None:
        self.want, self.ran, self.unrouted_calls = wanted, 0, 0

    def wanted(self) -> bool:
        return self.want

    def run(self, call: Callable[[], R]) -> R:
        self.ran += 1
        self.want = False  # (inside: as the runner's own thread is)
        try:
            return call()
        finally:
            self.want = True

    def unrouted(self) -> None:
        self.unrouted_calls += 1


def test_a_marked_call_goes_through_the_runner_where_it_is_wanted(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        assert list_tags(lib) == []  # no runner: where it is made
        runner = _Runner(wanted=True)
        lib.call_runner = runner
        assert list_tags(lib) == [] and runner.ran == 1
        assert runner.unrouted_calls == 0  # (it reached the library through the runner)
        runner.want = False
        assert list_tags(lib) == [] and runner.ran == 1  # (not wanted: a worker's call)


def test_the_library_s_ways_in_tell_the_runner_of_a_call_not_marked(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        runner = _Runner(wanted=True)
        lib.call_runner = runner
        ways: list[Callable[[], Any]] = [
            lib.reading, lib.transaction, lib.writing, lib.snapshot, lib.read_connection
        ]  # fmt: skip
        for way in ways:
            with way():
                pass
        assert runner.unrouted_calls == len(ways)


def test_the_library_may_come_by_name() -> None:
    seen: list[object] = []

    class _Lib:
        call_runner = None

    @library_call
    def call(lib: _Lib, value: int) -> int:
        seen.append(lib)
        return value

    lib = _Lib()
    assert call(lib=lib, value=3) == 3 and seen == [lib]
