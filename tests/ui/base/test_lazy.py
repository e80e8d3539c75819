"""A module imported when first used."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.ui.base.lazy import lazy_module


def test_a_lazy_module_runs_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "probe_lazy_module.py").write_text(
        "import builtins\nbuiltins.probe_ran = True\nANSWER = 42\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "probe_lazy_module", raising=False)
    import builtins

    monkeypatch.setattr(builtins, "probe_ran", False, raising=False)
    module = lazy_module("probe_lazy_module")
    assert not builtins.probe_ran  # type: ignore[attr-defined]
    assert module.ANSWER == 42 and builtins.probe_ran  # type: ignore[attr-defined]
    assert lazy_module("probe_lazy_module") is sys.modules["probe_lazy_module"]
    monkeypatch.delitem(sys.modules, "probe_lazy_module")
    with pytest.raises(ImportError):
        lazy_module("no_such_module_anywhere")
