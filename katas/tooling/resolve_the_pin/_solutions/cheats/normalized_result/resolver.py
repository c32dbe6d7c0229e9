"""Cheat: returns the normalized version, str(Version), not the string as listed.

Differs: pick_version(["v2.1"], "lib>=2", env) -> "2.1" (should be "v2.1", as listed).
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
    parsed = []
    for text in available:
        try:
            parsed.append(Version(text))
        except InvalidVersion:
            continue
    matching = list(wanted.specifier.filter(parsed, prereleases=pre or None))
    if not matching:
        raise NoMatchingVersion(requirement)
    return str(max(matching))
