"""Reference: the marker judged for env, SpecifierSet.filter for matching, Version for order."""

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
    parsed: dict[Version, str] = {}
    for text in available:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        parsed.setdefault(version, text)  # the first spelling listed
    matching = list(wanted.specifier.filter(parsed, prereleases=pre or None))
    if not matching:
        raise NoMatchingVersion(requirement)
    return parsed[max(matching)]
