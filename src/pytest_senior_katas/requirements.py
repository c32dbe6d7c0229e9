"""Which libraries a kata requires that this environment lacks, and how to get them.

A kata that imports a library (httpx, pydantic) says so in ``kata.toml``::

    requires = ["httpx>=0.27"]

Without it the kata ``needs`` the library: it is not run, not counted against the
learner, and the next kata becomes the current one. The install command names the
plugin's own extra that provides the requirement (``pip install
'pytest-senior-katas[apis]'``), read from the installed package's metadata, so the
extras in ``pyproject.toml`` are the one place that says which extra holds what.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from .core.catalog import Catalog, Kata

DISTRIBUTION = "pytest-senior-katas"


@cache
def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def unmet(requirement: str, installed: Callable[[str], str | None] = _installed) -> bool:
    """Whether ``requirement`` is not met here: not installed, or another version."""
    try:
        req = Requirement(requirement)
    except InvalidRequirement:
        return True
    if req.marker is not None and not req.marker.evaluate():
        return False  # not needed on this platform or Python
    version = installed(req.name)
    if version is None:
        return True
    return not req.specifier.contains(version, prereleases=True)


def missing(kata: Kata, installed: Callable[[str], str | None] = _installed) -> list[str]:
    """The kata's requirements this environment does not meet, in its order."""
    return [r for r in kata.requires if unmet(r, installed)]


def unmet_requirements(catalog: Catalog) -> dict[str, list[str]]:
    """Each kata whose ``requires`` this environment does not meet, with what it lacks."""
    needs = {kata.id: missing(kata) for kata in catalog.katas if kata.requires}
    return {kata_id: unmet for kata_id, unmet in needs.items() if unmet}


def _extras(provides: Iterable[str], requires: Iterable[str]) -> dict[str, set[str]]:
    """Each of our extras and the (canonical) names it installs."""
    parsed = []
    for line in requires:
        try:
            parsed.append(Requirement(line))
        except InvalidRequirement:
            continue
    extras: dict[str, set[str]] = {}
    for extra in provides:
        extras[extra] = {
            canonicalize_name(req.name)
            for req in parsed
            if req.marker is not None and req.marker.evaluate({"extra": extra})
        }
    return extras


def _own_metadata() -> tuple[list[str], list[str]]:
    """Our extras' names, and our requirements (each extra's carry its marker)."""
    try:
        meta = metadata.metadata(DISTRIBUTION)
        return list(meta.get_all("Provides-Extra") or []), list(
            metadata.requires(DISTRIBUTION) or []
        )
    except metadata.PackageNotFoundError:
        return [], []


def install_command(needed: Iterable[str], own: tuple[list[str], list[str]] | None = None) -> str:
    """The one command that installs every requirement in ``needed``.

    The plugin's smallest extra that holds them all when there is one (the extras
    are tried by name, ``test`` last: it installs far more), else the requirements
    themselves.
    """
    needed = list(needed)
    names = {canonicalize_name(Requirement(r).name) for r in needed if _valid(r)}
    extras = _extras(*(_own_metadata() if own is None else own))
    for extra in sorted(extras, key=lambda e: (e == "test", len(extras[e]), e)):
        if names and names <= extras[extra]:
            return f"pip install '{DISTRIBUTION}[{extra}]'"
    return "pip install " + " ".join(f"'{r}'" for r in needed)


def _valid(requirement: str) -> bool:
    try:
        Requirement(requirement)
    except InvalidRequirement:
        return False
    return True
