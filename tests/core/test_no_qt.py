"""The core, the samples, the command modules and the database layer load with Qt made
unimportable (they must run headless; only `redline gui` and `open` load the window)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app.commands
import app.core
import app.samples
import db

_BLOCK_QT = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is blocked in this test")
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok")
"""


def test_core_and_db_import_without_qt() -> None:
    modules = ["app.cli"] + [
        m.name
        for pkg in (app.core, app.samples, app.commands, db)
        for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")
        if ".migrations" not in m.name
    ]
    result = subprocess.run(
        [sys.executable, "-c", _BLOCK_QT, *modules], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
