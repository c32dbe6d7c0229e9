"""Write ``docs/curriculum.md`` from the guide and the catalog (for kata authors).

Usage: ``python -m pytest_senior_katas.curriculum [CATALOG_DIR [GUIDE [OUT]]]``;
with ``--check``, write nothing and exit 1 when the file is stale.
The work is done by :func:`pytest_senior_katas.core.curriculum.main`.
"""

from __future__ import annotations

import sys

from .core.curriculum import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
