import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import raffle
from .raffle import Entry, draw_winners

NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
NEXT_WEEK = NOW + timedelta(days=7)
PEOPLE = ["Ann", "Bob", "Chen", "Dana", "Emeka", "Farah", "Gus", "Hana"]


def everyone(until=NEXT_WEEK):
    return [Entry(name, until) for name in PEOPLE]


def test_an_entry_counts_until_the_moment_given():
    entries = [Entry("Ann", NOW + timedelta(seconds=1)), Entry("Bob", NOW)]
    assert draw_winners(entries, 5, now=NOW, rng=random.Random(1)) == ["Ann"]


def test_the_same_seed_draws_the_same_winners():
    first = draw_winners(everyone(), 3, now=NOW, rng=random.Random(2024))
    again = draw_winners(everyone(), 3, now=NOW, rng=random.Random(2024))
    assert first == again
    assert len(set(first)) == 3


def test_the_order_of_the_entries_does_not_matter():
    forwards = draw_winners(everyone(), 3, now=NOW, rng=random.Random(7))
    backwards = draw_winners(everyone()[::-1], 3, now=NOW, rng=random.Random(7))
    assert forwards == backwards


def test_one_chance_per_person_and_never_more_winners_than_candidates():
    entries = [Entry("Ann", NEXT_WEEK), Entry("Bob", NEXT_WEEK), Entry("Ann", NEXT_WEEK)]
    assert sorted(draw_winners(entries, 5, now=NOW, rng=random.Random(3))) == ["Ann", "Bob"]


def test_the_global_random_generator_is_neither_used_nor_disturbed():
    random.seed(1)
    state = random.getstate()
    after_seed_1 = draw_winners(everyone(), 3, now=NOW, rng=random.Random(5))
    assert random.getstate() == state
    random.seed(2)
    assert draw_winners(everyone(), 3, now=NOW, rng=random.Random(5)) == after_seed_1


def test_every_candidate_can_win_the_first_prize():
    firsts = {draw_winners(everyone(), 2, now=NOW, rng=random.Random(s))[0] for s in range(200)}
    assert firsts == set(PEOPLE)


DRAW = """
import random, sys
from datetime import UTC, datetime, timedelta
from importlib import import_module
raffle = import_module(sys.argv[1])
now = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
names = ["Ann", "Bob", "Chen", "Dana", "Emeka", "Farah", "Gus", "Hana"]
entries = [raffle.Entry(name, now + timedelta(days=7)) for name in names]
print(raffle.draw_winners(entries, 3, now=now, rng=random.Random(42)))
"""


def draw_in_a_process(hash_seed: str) -> str:
    root = Path(raffle.__file__).resolve().parents[2]  # the directory that holds the topic
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
    command = [sys.executable, "-B", "-c", DRAW, raffle.__name__]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_draw_is_the_same_in_every_process():
    draws = {seed: draw_in_a_process(seed) for seed in ["0", "1", "2", "3"]}
    assert len(set(draws.values())) == 1, f"the winners depend on PYTHONHASHSEED: {draws}"
