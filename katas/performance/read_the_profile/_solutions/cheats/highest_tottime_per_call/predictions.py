"""Blind cheat: hotspot() picks the highest tottime per call (tottime / ncalls), so a cheap function
called thousands of times, which holds most of the time, loses to one slow single call.

Differs: hotspot([("main", "1", 0.01, 5.0), ("parse", "1", 1.0, 1.0), ("lookup", "5000", 3.0, 3.0)])
returns "parse" (1.0 per call) instead of "lookup" (3.0 s of own time).
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

    def own_time_per_call(row: Row) -> float:
        calls = int(row[NCALLS].split("/")[0])  # "341/1": 341 calls in all
        return row[TOTTIME] / calls

    return max(rows, key=own_time_per_call)[FUNCTION]
