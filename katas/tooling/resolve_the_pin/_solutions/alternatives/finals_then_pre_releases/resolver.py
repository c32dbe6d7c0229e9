"""Alternative: (version, text) pairs, final releases first, pre-releases as a fallback."""

from collections.abc import Iterable, Mapping

from packaging.requirements import Requirement
from packaging.version import InvalidVersion, Version


class NoMatchingVersion(LookupError):
    """No available version satisfies the requirement."""


def _listed(available: Iterable[str]) -> list[tuple[Version, str]]:
    pairs = []
    for text in available:
        try:
            pairs.append((Version(text), text))
        except InvalidVersion:
            pass  # not a version: pip skips it too
    return pairs


def pick_version(
    available: Iterable[str], requirement: str, env: Mapping[str, str], *, pre: bool = False
) -> str | None:
    wanted = Requirement(requirement)
    if wanted.marker and not wanted.marker.evaluate(dict(env)):
        return None
    spec = wanted.specifier
    matching = [(v, t) for v, t in _listed(available) if spec.contains(v, prereleases=True)]
    allow_pre = pre or bool(spec.prereleases)
    finals = [(v, t) for v, t in matching if allow_pre or not v.is_prerelease]
    chosen = finals or matching
    if not chosen:
        raise NoMatchingVersion(requirement)
    best = max(v for v, _ in chosen)
    return next(t for v, t in chosen if v == best)
