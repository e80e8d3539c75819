"""Subcommands of the ``redline`` command line, one module per area."""
