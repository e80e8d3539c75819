"""Redline: review, annotate and publish scanned declassified documents.

Copyright (C) 2026 The Redline developers. Licensed under the GNU Affero General Public License,
version 3 or later (AGPL-3.0-or-later); see LICENSE.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("redline")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
