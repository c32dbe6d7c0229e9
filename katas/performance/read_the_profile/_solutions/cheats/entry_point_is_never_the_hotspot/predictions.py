"""Blind cheat: hotspot() takes the highest tottime but skips main()/<module>, assuming the
entry point
only delegates; when main's own lines hold the most time, it blames a smaller function.

Differs: hotspot([("main", "1", 2.0, 2.5), ("load", "1", 0.4, 0.5)]) returns "load" instead of
"main".
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
    # the entry point only calls the others: leave it out, then take the highest own time
    entry_points = {"main", "<module>"}
    candidates = [row for row in rows if row[FUNCTION] not in entry_points] or rows
    return max(candidates, key=lambda row: row[TOTTIME])[FUNCTION]
