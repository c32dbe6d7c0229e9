"""The weekly prize draw of a newsletter: who wins this week's mugs.

draw_winners(entries, count, *, now, rng) -> list[str]

`entries` are Entry(name, valid_until) records, in any order. A name is any
str (case matters: "Ann" and "ann" are two people), and a person may have
entered more than once. valid_until is a timezone-aware datetime, in any
timezone. An entry counts at `now` (an aware datetime) while now < valid_until.
Everyone with at least one entry that counts is a candidate, with one chance,
however many entries they have.

`count` (an int, 0 or more) is the number of prizes. The result is
min(count, number of candidates) different names, in the order they were drawn
(the first one won the first prize), and every candidate has the same chance
at every place.

`rng` (a random.Random) is where all the randomness comes from: the same
entries, in any order, the same `now` and a Random with the same seed give the
same winners, in every process, whatever PYTHONHASHSEED is. The global
`random` module is neither used nor disturbed, and `entries` is not changed.

    >>> from datetime import UTC, datetime
    >>> until = datetime(2024, 6, 10, tzinfo=UTC)
    >>> entries = [Entry("Ann", until), Entry("Bob", until), Entry("Ann", until)]
    >>> winners = draw_winners(entries, 5, now=datetime(2024, 6, 3, tzinfo=UTC),
    ...                        rng=random.Random(7))
    >>> sorted(winners)
    ['Ann', 'Bob']

Right now the draw reads the real clock and the global random generator, and
takes the candidates in the order of a set, which changes with the hash seed of
the process: support cannot replay last week's draw when a winner complains,
and no test can say who should have won. Make `now` and `rng` keyword arguments
and take everything the draw depends on from them.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Entry:
    name: str
    valid_until: datetime


def draw_winners(entries: list[Entry], count: int) -> list[str]:
    # TODO: the clock, the global random generator and a set's order: three hidden inputs.
    now = datetime.now(UTC)
    candidates = {entry.name for entry in entries if now < entry.valid_until}
    return random.sample(list(candidates), min(count, len(candidates)))
