"""Blind cheat: hotspot() still ranks by cumtime, only skipping the entry point: it returns the
second-highest cumtime, which is a manager function when the time is in its callees.

Differs: hotspot([("main", "1", 0.01, 5.0), ("run", "1", 0.02, 4.9), ("work", "10", 4.8, 4.8)])
returns "run" instead of "work".
"""

#: One line of a profile: (function, ncalls, tottime, cumtime).
Row = tuple[str, str, float, float]
FUNCTION, NCALLS, TOTTIME, CUMTIME = range(4)  # row[TOTTIME] is its tottime

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... (read profiles.py first, then `python lineclock.py`).
    # build_index(WORDS):
    "index_most_cumtime": "build_index",  # the function with the highest cumtime
    "index_most_tottime": "one_letter_apart",  # the function with the highest tottime
    "index_ncalls_one_letter_apart": "144",  # ncalls of one_letter_apart
    # disk_usage():
    "disk_ncalls_total_size": "8/2",  # ncalls of total_size
    # price_list(PRODUCTS, RATES):
    "prices_ncalls_load_rates": "9",  # ncalls of load_rates
    "prices_most_tottime": "load_rates",  # the function with the highest tottime
    "prices_fix_in": "euros",  # the function to change: it calls that hotspot too often
}


def hotspot(rows: list[Row]) -> str:
    """The function the profiled time is really spent in."""
    # main() holds the whole program: the hotspot is the next one down by cumtime.
    by_cumtime = sorted(rows, key=lambda row: row[CUMTIME], reverse=True)
    return by_cumtime[1][FUNCTION] if len(by_cumtime) > 1 else by_cumtime[0][FUNCTION]
