"""Regenerate a catalog's ``checksums.txt`` (for kata authors).

Usage: ``python -m pytest_senior_katas.checksums [CATALOG_DIR]`` (default: katas).
With ``--check``, write nothing and exit 1 when the file is stale.
The work is done by :func:`pytest_senior_katas.core.checksums.main`.
"""

from __future__ import annotations

import sys

from .core.checksums import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
