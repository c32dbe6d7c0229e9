"""Checksums and digests: how tampering and unchanged katas are detected.

Pure core: no pytest import. A catalog ships ``checksums.txt``, the digest of
every file a learner must not edit; :func:`tampered_files` compares a kata
against it. :func:`kata_digest` fingerprints a whole kata, so that kata mode
can tell a solved kata is byte for byte what passed before. :func:`main` is
``python -m pytest_senior_katas.checksums``, for kata authors.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from .catalog import CHECKSUMS_FILE, Catalog, CatalogError, Kata, load_catalog


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, with line endings normalised (editors on Windows)."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def files_digest(directory: Path, names: Iterable[str]) -> str:
    """One digest over several files of a directory (a missing file counts too)."""
    h = hashlib.sha256()
    for name in names:
        path = directory / name
        h.update(name.encode() + b"\0")
        h.update(file_digest(path).encode() if path.is_file() else b"missing")
        h.update(b"\0")
    return h.hexdigest()


def kata_digest(kata: Kata) -> str:
    """One digest over every file of a kata (learner files and shipped ones).

    When it matches the digest stored at the last solve, the kata's verdict still
    stands: the tests are deterministic, so re-running them would say the same.
    """
    return files_digest(kata.directory, kata.files + tuple(kata.shipped_files()))


def kata_checksums(kata: Kata, root: Path) -> dict[str, str]:
    """Digest of each shipped (non-learner) file of one kata, keyed by path relative to ``root``."""
    return {
        (kata.directory / name).relative_to(root).as_posix(): file_digest(kata.directory / name)
        for name in kata.shipped_files()
    }


def compute_checksums(catalog: Catalog) -> dict[str, str]:
    """Digest of every shipped (non-learner) file, keyed by path relative to the catalog."""
    sums = {}
    for kata in catalog.katas:
        sums.update(kata_checksums(kata, catalog.root))
    return sums


def format_checksums(sums: Mapping[str, str]) -> str:
    return "".join(f"{digest}  {rel}\n" for rel, digest in sorted(sums.items()))


_CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")
_HEX = frozenset("0123456789abcdef")


def read_checksums(root: Path) -> dict[str, str] | None:
    """The checksums shipped with a catalog, or None when it ships none.

    Any problem with the file is a :class:`CatalogError`, one line naming the fix.
    """
    path = root / CHECKSUMS_FILE
    regenerate = f"python -m pytest_senior_katas.checksums {root}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise CatalogError(path, f"is not UTF-8 text; regenerate it: {regenerate}") from None
    except OSError as e:
        raise CatalogError(
            path, f"cannot be read ({e.strerror or e}); make it readable or run {regenerate}"
        ) from None
    sums = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith(_CONFLICT_MARKERS):
            raise CatalogError(
                path,
                f"line {number} is a merge-conflict marker; resolve the conflict "
                f"by regenerating the file: {regenerate}",
            )
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64 or not _HEX.issuperset(digest) or not rel:
            raise CatalogError(
                path, f"line {number} is not '<sha256>  <path>'; regenerate it: {regenerate}"
            )
        sums[rel] = digest
    return sums


def tampered_files(kata: Kata, root: Path, sums: Mapping[str, str]) -> list[str]:
    """Shipped files of ``kata`` whose content differs from the catalog's checksums."""
    prefix = kata.directory.relative_to(root).as_posix() + "/"
    changed = []
    expected = {rel[len(prefix) :]: d for rel, d in sums.items() if rel.startswith(prefix)}
    for name, digest in sorted(expected.items()):
        path = kata.directory / name
        if not path.is_file() or file_digest(path) != digest:
            changed.append(name)
    return changed


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
