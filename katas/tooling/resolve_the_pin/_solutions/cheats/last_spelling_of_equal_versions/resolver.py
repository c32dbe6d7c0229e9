"""Blind cheat: among equal versions it returns the last spelling listed, not the first.

pick_version(["1.0", "1.0.0"], "lib>=1", env) returns "1.0.0"; correct is "1.0".
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
    spelled: dict[Version, str] = {}
    for text in available:
        try:
            spelled[Version(text)] = text
        except InvalidVersion:
            continue
    matching = list(wanted.specifier.filter(spelled, prereleases=pre or None))
    if not matching:
        raise NoMatchingVersion(requirement)
    return spelled[max(matching)]
