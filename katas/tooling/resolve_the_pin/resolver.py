"""Which version of a package will pip put into this virtual environment?

The deploy check runs on a laptop (Python 3.12) and answers for the
server's virtualenv (Python 3.9, Linux): it must judge by the target
environment's values, never by the interpreter it happens to run on.

pick_version(available, requirement, env, pre=False) answers with one of
the `available` version strings, the way pip picks one:

    >>> pick_version(["1.9", "1.10", "2.0rc1"], "shop-utils>=1.5", env)
    '1.10'

The contract:

- available: the versions on the index, an iterable of strings (a list, a
  tuple or a one-shot iterator), left unmodified. Versions follow PEP 440, in
  any spelling ("1.0", "1.0.0", "v1.0", "1.0-RC1"); an entry that is not a
  valid version ("latest", "dev-main") is skipped. Duplicates may appear.
- requirement: a PEP 508 requirement without a URL: a name, optional
  extras, an optional version specifier ("~=1.4.2", ">=2,!=2.3.*", "==1.4.*")
  and an optional environment marker ("; python_version < '3.10'").
- env: the target environment's marker values, every key that
  packaging.markers.default_environment() returns (python_version,
  sys_platform, platform_system, implementation_name, ...).
- Result: None when the marker says the requirement does not apply to env
  (nothing to install there). Otherwise the highest matching version, by
  PEP 440 order ("1.10" > "1.9", "2.0rc1" < "2.0"), returned exactly as
  listed; among equal versions ("1.0" and "1.0.0") the first one listed.
- Matching, pre-releases included, follows packaging's SpecifierSet.filter:
  pre-releases (and dev releases) are left out unless pre=True (pip --pre),
  or the specifier names one (">=2.0b1"), or no final release matches at all.
- When nothing matches, NoMatchingVersion (a LookupError) is raised.

Right now pick_version compares versions as strings, so "1.9" beats "1.10";
it lets every pre-release in; and it ignores the marker, so a pin meant for
Python < 3.10 is installed everywhere. Use packaging: Version for order,
SpecifierSet for matching, Marker.evaluate for the environment.
"""

from collections.abc import Iterable, Mapping

from packaging.requirements import Requirement


class NoMatchingVersion(LookupError):
    """No available version satisfies the requirement."""


def pick_version(
    available: Iterable[str], requirement: str, env: Mapping[str, str], *, pre: bool = False
) -> str | None:
    wanted = Requirement(requirement)
    matching = [v for v in available if wanted.specifier.contains(v, prereleases=True)]
    if not matching:
        raise NoMatchingVersion(requirement)
    return max(matching)  # TODO: strings compare letter by letter; and the marker? pre-releases?
