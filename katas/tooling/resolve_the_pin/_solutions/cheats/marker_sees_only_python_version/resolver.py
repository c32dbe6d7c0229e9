"""Blind cheat: the marker gets only python_version from env; every other key is the running machine's.

requirement "pywin32>=300; sys_platform == 'win32'", available ["306"], env with
sys_platform "win32" (checked from Linux): returns None; correct is "306".
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
    if wanted.marker is not None and not wanted.marker.evaluate(
        {"python_version": env["python_version"]}
    ):
        return None
    spelled: dict[Version, str] = {}
    for text in available:
        try:
            spelled.setdefault(Version(text), text)
        except InvalidVersion:
            continue
    matching = list(wanted.specifier.filter(spelled, prereleases=pre or None))
    if not matching:
        raise NoMatchingVersion(requirement)
    return spelled[max(matching)]
