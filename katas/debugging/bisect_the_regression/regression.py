"""Find the first release that broke checkout, without testing every release.

first_bad(versions, is_bad) returns the first version for which is_bad(version)
is true, or None when none of them is bad:

    >>> versions = ["r100", "r101", "r102", "r103", "r104"]
    >>> first_bad(versions, lambda v: v >= "r103")
    'r103'
    >>> first_bad(versions, lambda v: False) is None
    True

The contract:

- versions is a non-empty list of release ids (or commit hashes), oldest
  first, without duplicates. Their text says nothing about their order: only
  their position in the list does. The list is left unmodified.
- Badness is monotonic: once a version is bad, every later one is bad too.
  Nothing else is known: the oldest version may be bad already (return it),
  and the newest may be good (none is bad: return None).
- is_bad(version) deploys a build and runs the checkout test: it is slow, so
  it is the cost that counts. For n versions, first_bad calls it at most
  ceil(log2(n)) + 1 times, and only with versions from the list.
- first_bad returns the version itself (the id from the list), not its index.

Right now first_bad tries every release in turn: with a thousand nightly
builds and twenty minutes a deploy, that is two weeks of bisecting by hand.
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    for version in versions:  # TODO: one probe per release is far too many
        if is_bad(version):
            return version
    return None
