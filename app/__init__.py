"""Redline: review, annotate and publish scanned declassified documents.

Copyright (C) 2026 The Redline developers. Licensed under the GNU Affero General Public License,
version 3 or later (AGPL-3.0-or-later); see LICENSE.
"""

# The one place the version is written: pyproject.toml reads it from here (a dynamic field), and
# reading it costs nothing (asking importlib.metadata took 30 ms of every `redline` command).
__version__ = "0.1.0"
