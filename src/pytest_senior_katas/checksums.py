"""Regenerate a catalog's ``checksums.txt`` (for kata authors).

Usage: ``python -m pytest_senior_katas.checksums [CATALOG_DIR]`` (default: katas).
With ``--check``, write nothing and exit 1 when the file is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .catalog import CHECKSUMS_FILE, CatalogError, compute_checksums, format_checksums, load_catalog


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    root = Path(args[0] if args else "katas")
    try:
        catalog = load_catalog(root)
    except CatalogError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    text = format_checksums(compute_checksums(catalog))
    path = catalog.root / CHECKSUMS_FILE
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    if check:
        if current != text:
            print(f"{path} is stale: run python -m pytest_senior_katas.checksums {root}")
            return 1
        print(f"{path} is up to date")
        return 0
    if current == text:
        print(f"{path} is already up to date")
    else:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text.splitlines())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
