"""Who is asked to review a pull request.

The review bot collects the owners of every file a pull request touches
(CODEOWNERS, file by file, so the same name often comes back) and asks one of
them to review. Contract:

unique_owners(owners) -> list[str]
    Every name in `owners` exactly once, at the place where it first appears.
    `owners` is any iterable of str: a list, a tuple, or a generator that can
    be read only once. A name is any str, compared exactly: "Ann" and "ann"
    are two people, and "" is a name like any other. `owners` is not changed.

pick_reviewer(owners, author) -> str | None
    The first name of unique_owners(owners) that is not `author` (nobody
    reviews their own change), or None when there is no such name. `owners`
    is any iterable of str, as above, and is not changed.

Both give the same answer for the same input in every process, whatever
PYTHONHASHSEED is: when the bot runs again on the same pull request, it must
ask the same person.

    >>> unique_owners(["dana", "ann", "dana", "bob"])
    ['dana', 'ann', 'bob']
    >>> pick_reviewer(["dana", "ann", "dana", "bob"], author="dana")
    'ann'

Right now the bot asks a different reviewer each time it is restarted, and
nobody can reproduce it on their laptop... until they run it twice, or under
several PYTHONHASHSEED values: `PYTHONHASHSEED=1 python -c "..."`. With one
owner it always works, which is why it works "sometimes".
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    # TODO: a set forgets the order: the "first" owner depends on the hash seed.
    return list(set(owners))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name != author:
            return name
    return None
