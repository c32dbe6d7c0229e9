"""Blind cheat: reads `available` twice (to match, then to find the spelling), so an iterator breaks.

pick_version(iter(["1.0", "1.1"]), "lib>=1", env) raises StopIteration; correct returns "1.1".
"""

from collections.abc import Iterable, Mapping

from packaging.requirements import Requirement
from packaging.version import InvalidVersion, Version


class NoMatchingVersion(LookupError):
    """No available version satisfies the requirement."""


def pick_version(
    available: Iterable[str], requirement: str, env: Mapping[str, str], *, pre: bool = False
) -> str | None:
    wanted = Requirement(requirement)
    if wanted.marker is not None and not wanted.marker.evaluate(dict(env)):
        return None
    versions = []
    for text in available:
        try:
            versions.append(Version(text))
        except InvalidVersion:
            continue
    matching = list(wanted.specifier.filter(versions, prereleases=pre or None))
    if not matching:
        raise NoMatchingVersion(requirement)
    best = max(matching)
    # give it back as it was listed
    return next(text for text in available if _same(text, best))


def _same(text: str, version: Version) -> bool:
    try:
        return Version(text) == version
    except InvalidVersion:
        return False
