import pytest

from pytest_senior_katas.kata import check_prediction

from . import profiles
from .lineclock import callers, profile, rows
from .predictions import PREDICTIONS, hotspot

# Each program, profiled the way `python lineclock.py` shows it.
INDEX = profile(profiles.build_index, profiles.WORDS)
DISK = profile(profiles.disk_usage)
PRICES = profile(profiles.price_list, profiles.PRODUCTS, profiles.RATES)


def most(stats, column):
    """The function with the highest tottime or cumtime in a profile."""
    index = {"tottime": 2, "cumtime": 3}[column]
    return max(rows(stats), key=lambda row: row[index])[0]


def ncalls_of(stats, function):
    return next(ncalls for name, ncalls, _, _ in rows(stats) if name == function)


def most_frequent_caller(stats, function):
    calls = callers(stats, function)
    return max(calls, key=calls.__getitem__)


QUESTIONS = {
    "index_most_cumtime": lambda: most(INDEX, "cumtime"),
    "index_most_tottime": lambda: most(INDEX, "tottime"),
    "index_ncalls_one_letter_apart": lambda: ncalls_of(INDEX, "one_letter_apart"),
    "disk_ncalls_total_size": lambda: ncalls_of(DISK, "total_size"),
    "prices_ncalls_load_rates": lambda: ncalls_of(PRICES, "load_rates"),
    "prices_most_tottime": lambda: most(PRICES, "tottime"),
    "prices_fix_in": lambda: most_frequent_caller(PRICES, most(PRICES, "tottime")),
}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_you_predict_what_the_profile_says(question):
    about = "; print the profile (python lineclock.py)"
    if "ncalls" in question:
        about = '; write ncalls as pstats prints it, a str such as "5000" or "341/1"' + about
    check_prediction(question, PREDICTIONS[question], QUESTIONS[question](), about=about)


# Two profiles as `python -m cProfile -s cumtime` prints them, in seconds.
EXPORT = [
    ("main", "1", 0.002, 3.912),
    ("write_rows", "1", 3.104, 3.610),
    ("{method 'write' of '_io.TextIOWrapper' objects}", "50000", 0.506, 0.506),
    ("load_rows", "1", 0.214, 0.300),
    ("{method 'split' of 'str' objects}", "50000", 0.086, 0.086),
]
LEADERBOARD = [
    ("main", "1", 0.001, 1.482),
    ("{method 'sort' of 'list' objects}", "1", 1.108, 1.391),
    ("<lambda>", "200000", 0.283, 0.283),
    ("read_scores", "1", 0.031, 0.090),
    ("walk", "341/1", 0.059, 0.059),
]


def test_the_hotspot_of_an_export():
    assert hotspot(EXPORT) == "write_rows"


def test_the_hotspot_can_be_a_built_in():
    assert hotspot(LEADERBOARD) == "{method 'sort' of 'list' objects}"
