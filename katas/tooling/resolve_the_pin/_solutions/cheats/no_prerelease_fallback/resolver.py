"""Blind cheat: matches with contains() one by one, so the "only pre-releases match" fallback is lost.

pick_version(["2.0b1"], "lib>=1.0", env) raises NoMatchingVersion; correct returns "2.0b1".
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
            spelled.setdefault(Version(text), text)
        except InvalidVersion:
            continue
    allow_pre = pre or bool(wanted.specifier.prereleases)  # --pre, or the pin names one
    matching = [v for v in spelled if wanted.specifier.contains(v, prereleases=allow_pre)]
    if not matching:
        raise NoMatchingVersion(requirement)
    return spelled[max(matching)]
