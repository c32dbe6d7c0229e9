import json
import operator
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import raffle

# Every moment is long past, so a draw that reads the real clock sees every entry expired,
# whatever today is.
EARLIEST, LATEST = datetime(1950, 1, 1), datetime(1960, 12, 31)
ZONES = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]
ZONES += [timezone(timedelta(hours=5, minutes=30))]
zones = st.sampled_from(ZONES)
moments = st.builds(
    lambda moment, zone: moment.astimezone(zone),
    st.datetimes(min_value=EARLIEST, max_value=LATEST, timezones=st.just(UTC)),
    zones,
)
names = st.sampled_from(["Ann", "ann", "ANN", "Ann ", "Bob", "Zoë", "Ζωή", ""]) | st.text(
    max_size=5
)
TICK = timedelta(microseconds=1)


@st.composite
def draws(draw: st.DrawFn):
    """A moment, entries around it (some expiring exactly then), a count and a seed."""
    now = draw(moments)
    people = draw(st.lists(names, min_size=1, max_size=8, unique=True))
    offsets = st.sampled_from([timedelta(0), TICK, -TICK, timedelta(days=7), -timedelta(days=1)])
    offsets |= st.timedeltas(min_value=-timedelta(days=30), max_value=timedelta(days=30))
    entries = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        until = (now + draw(offsets)).astimezone(draw(zones))
        entries.append((draw(st.sampled_from(people)), until))
    count = draw(st.integers(min_value=0, max_value=10))
    return now, entries, count, draw(st.integers(min_value=0, max_value=2**64))


def facts(draw_winners, now, pairs, count, seed):
    """What the contract promises about one draw, each as a plain value."""
    entries = [raffle.Entry(name, until) for name, until in pairs]
    kept = list(entries)
    candidates = {entry.name for entry in entries if now < entry.valid_until}
    random.seed(seed)
    state = random.getstate()
    winners = draw_winners(entries, count, now=now, rng=random.Random(seed))
    untouched = random.getstate() == state
    random.seed(seed + 1)  # another global state must change nothing
    again = draw_winners(list(entries), count, now=now, rng=random.Random(seed))
    shuffled = list(entries)
    random.Random(seed).shuffle(shuffled)
    reordered = draw_winners(shuffled, count, now=now, rng=random.Random(seed))
    return {
        "a list of names": type(winners) is list and all(type(w) is str for w in winners),
        "how many winners": len(winners),
        "all different": len(set(winners)) == len(winners),
        "all candidates": set(winners) <= candidates,
        "the same again": again == winners,
        "the same in another order": reordered == winners,
        "global random untouched": untouched,
        "entries unchanged": len(entries) == len(kept) and all(map(operator.is_, entries, kept)),
    }


@kata_settings
@given(case=draws())
@example(
    case=(datetime(1955, 1, 1, tzinfo=UTC), [("Ann", datetime(1955, 1, 1, 1, tzinfo=UTC))], 1, 0)
)
@example(  # the same instant in another timezone: expired
    case=(
        datetime(1955, 1, 1, 12, tzinfo=UTC),
        [("Ann", datetime(1955, 1, 1, 14, tzinfo=ZONES[1]))],
        1,
        0,
    )
)
@example(  # 10:00 UTC is 12:00 at UTC+2: still counts at 11:00 UTC
    case=(
        datetime(1955, 1, 1, 11, tzinfo=UTC),
        [
            ("Ann", datetime(1955, 1, 1, 12, tzinfo=ZONES[1])),
            ("Bob", datetime(1955, 1, 2, tzinfo=UTC)),
        ],
        2,
        0,
    )
)
@example(  # an expired entry first, a good one later: Ann is a candidate
    case=(
        datetime(1955, 1, 1, tzinfo=UTC),
        [("Ann", datetime(1954, 1, 1, tzinfo=UTC)), ("Ann", datetime(1956, 1, 1, tzinfo=UTC))],
        1,
        0,
    )
)
@example(  # two people whose names differ only in case
    case=(
        datetime(1955, 1, 1, tzinfo=UTC),
        [("Ann", datetime(1956, 1, 1, tzinfo=UTC)), ("ann", datetime(1956, 1, 1, tzinfo=UTC))],
        2,
        0,
    )
)
@example(case=(datetime(1955, 1, 1, tzinfo=UTC), [], 3, 0))  # nobody entered
@example(case=(datetime(1955, 1, 1, tzinfo=UTC), [("Ann", datetime(1956, 1, 1, tzinfo=UTC))], 0, 0))
@example(  # the caller's list is not sorted: it stays as it was
    case=(
        datetime(1955, 1, 1, tzinfo=UTC),
        [("Bob", datetime(1956, 1, 1, tzinfo=UTC)), ("Ann", datetime(1956, 1, 1, tzinfo=UTC))],
        1,
        0,
    )
)
def test_a_draw_keeps_every_promise(case):
    now, pairs, count, seed = case
    got = facts(raffle.draw_winners, now, pairs, count, seed)
    candidates = {name for name, until in pairs if now < until}
    want = dict.fromkeys(got, True) | {"how many winners": min(count, len(candidates))}
    assert_same(got, want, now=now, entries=pairs, count=count, seed=seed)


SEEDS = range(150)


@kata_settings
@given(
    people=st.lists(names, min_size=2, max_size=5, unique=True),
    count=st.integers(min_value=1, max_value=5),
)
@example(people=["Ann", "Bob", "Chen"], count=2)
@example(people=["Ann", "ann"], count=2)
@example(people=["Ann", "Bob"], count=5)  # as many prizes as people: still a draw
def test_every_candidate_can_win_every_place(people, count):
    now = datetime(1955, 1, 1, tzinfo=UTC)
    entries = [raffle.Entry(name, now + timedelta(days=1)) for name in people]
    count = min(count, len(people))
    seen = [set() for _ in range(count)]
    for seed in SEEDS:
        winners = raffle.draw_winners(entries, count, now=now, rng=random.Random(seed))
        for place, name in enumerate(winners[:count]):
            seen[place].add(name)
    got = {f"place {place + 1}": sorted(names) for place, names in enumerate(seen)}
    want = {f"place {place + 1}": sorted(people) for place in range(count)}
    assert_same(got, want, people=people, count=count, seeds=f"0 to {len(SEEDS) - 1}")


DRAWS_FOR_SHARES = 400


@kata_settings
@given(
    tickets=st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=3),
    names=st.sampled_from([["Ann", "Bob", "Chen"], ["Zoë", "", "ann"]]),
)
@example(tickets=[9, 1], names=["Ann", "Bob", "Chen"])
@example(tickets=[1, 2, 1], names=["Ann", "Bob", "Chen"])
def test_one_chance_per_person_however_many_entries(tickets, names):
    """Each person wins the first prize about equally often: within 5 standard deviations."""
    now = datetime(1955, 1, 1, tzinfo=UTC)
    people = names[: len(tickets)]
    entries = [
        raffle.Entry(name, now + timedelta(days=day + 1))
        for name, count in zip(people, tickets, strict=True)
        for day in range(count)
    ]
    wins = dict.fromkeys(people, 0)
    for seed in range(DRAWS_FOR_SHARES):
        (first,) = raffle.draw_winners(entries, 1, now=now, rng=random.Random(seed))
        wins[first] += 1
    share = 1 / len(people)
    spread = 5 * (DRAWS_FOR_SHARES * share * (1 - share)) ** 0.5
    low, high = DRAWS_FOR_SHARES * share - spread, DRAWS_FOR_SHARES * share + spread
    got = {name: low <= won <= high for name, won in wins.items()}
    assert_same(
        got,
        dict.fromkeys(people, True),
        entries_per_person=dict(zip(people, tickets, strict=True)),
        first_prizes_won=wins,
        expected_each=f"{low:.0f} to {high:.0f} of {DRAWS_FOR_SHARES}",
    )


# Names that tie under a case-insensitive or accent-blind order, and others: a draw whose
# order depends on a set, even only among ties, differs between hash seeds.
HASH_CASES = [
    ["Ann", "ann", "ANN", "Bob", "bob"],
    ["Zoë", "Zoe", "zoë", "Ζωή", "Ann"],
    ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
    ["Émile", "Emile", "emile", "Ada", "ada", "ADA"],
    ["", " ", "x", "X", "y", "Y"],
]
DRAWS = """
import json, random, sys
from datetime import UTC, datetime, timedelta
from importlib import import_module
raffle = import_module(sys.argv[1])
now = datetime(1955, 1, 1, tzinfo=UTC)
results = []
for people in json.loads(sys.argv[2]):
    entries = [raffle.Entry(name, now + timedelta(days=1)) for name in people]
    for seed in range(4):
        for count in (1, 3, len(people)):
            results.append(raffle.draw_winners(entries, count, now=now, rng=random.Random(seed)))
print(json.dumps(results))
"""


def draws_in_a_process(hash_seed: str) -> str:
    root = Path(raffle.__file__).resolve().parents[2]  # the directory that holds the topic
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
    command = [sys.executable, "-B", "-c", DRAWS, raffle.__name__, json.dumps(HASH_CASES)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_ties_and_lookalike_names_draw_the_same_in_every_process():
    draws = {seed: draws_in_a_process(seed) for seed in ["0", "7", "42", "1234"]}
    assert_same(
        len(set(draws.values())),
        1,
        note="different winners under different PYTHONHASHSEED values",
        names=HASH_CASES,
    )
