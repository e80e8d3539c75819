"""A command's module is imported only when that command runs (issue 22 follow-up): `redline
--help` imports none, `redline list` the library commands' only; every command is still there,
in `redline --help` and with its own arguments. Each check runs in a fresh interpreter."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys

import pytest

import app.commands
from app import cli

SHARED = {"app.commands.common", "app.commands.context"}  # (not commands: their helpers)

_IMPORTED = """
import json, sys
from app.cli import main
try:
    main(json.loads(sys.argv[1]))
except SystemExit:  # --help
    pass
sys.stdout = sys.__stdout__
print(json.dumps(sorted(m for m in sys.modules if m.startswith("app.commands."))))
"""


def command_modules_loaded(argv: list[str]) -> set[str]:
    """The command modules (app.commands.*, less the shared helpers) a fresh interpreter holds
    after running ``redline argv``."""
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED, json.dumps(argv)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1])) - SHARED


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["--help"], set()),
        (["--version"], set()),
        (["list", "--help"], {"app.commands.library"}),
        (["doubtful", "--help"], {"app.commands.ocr"}),
        (["review", "--help"], {"app.commands.annotate"}),
        (["no-such-command"], set()),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_a_command_imports_its_own_module_only(argv: list[str], modules: set[str]) -> None:
    assert command_modules_loaded(argv) == modules


def test_the_help_lists_every_command_each_module_registers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The catalogue the help is made of names exactly the commands the modules register, each
    with its help line, in the catalogue's order."""
    import argparse
    import importlib

    registered = []
    for info in pkgutil.iter_modules(app.commands.__path__):
        module = importlib.import_module(f"app.commands.{info.name}")
        if hasattr(module, "register"):
            sub = argparse.ArgumentParser().add_subparsers()
            module.register(sub)
            registered += [(name, info.name) for name in sub.choices]
    listed = [(name, module) for name, module, _ in cli.COMMANDS]
    assert sorted(listed) == sorted(registered)
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    shown = re.findall(r"^    (\S+)", out, re.MULTILINE)  # (not the wrapped lines' 22 spaces)
    assert shown == [name for name, _, _ in cli.COMMANDS]
    for name, _, text in cli.COMMANDS:
        assert text and " ".join(text.split()[:3]) in " ".join(out.split()), name


@pytest.mark.parametrize(("name", "line"), [(name, line) for name, _, line in cli.COMMANDS])
def test_each_command_parses_its_own_arguments(
    name: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command's own --help: its usage, then what it does (its line of the help)."""
    with pytest.raises(SystemExit) as exited:
        cli.main([name, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: redline {name} ")
    assert " ".join(line[1:].split()[:4]) in " ".join(out.split()), out
