"""Cheat: sorts the caller's rows in place by tottime and returns the top one.

The answer is right, but the caller's profile is now in another order: the
report that prints the rows next, sorted by cumtime as the user asked, shows
them by tottime. hotspot() leaves `rows` as they are.
"""

#: One line of a profile: (function, ncalls, tottime, cumtime).
Row = tuple[str, str, float, float]
FUNCTION, NCALLS, TOTTIME, CUMTIME = range(4)  # row[TOTTIME] is its tottime

PREDICTIONS: dict[str, object] = {
    "index_most_cumtime": "build_index",  # the entry point: it holds the whole run
    "index_most_tottime": "one_letter_apart",  # cheap, but 12 x 12 calls
    "index_ncalls_one_letter_apart": "144",  # every word against every word
    "disk_ncalls_total_size": "8/2",  # 8 folders; 2 calls from disk_usage, 6 recursive
    "prices_ncalls_load_rates": "9",  # once to check for EUR, then once per product
    "prices_most_tottime": "load_rates",  # it parses every rate line, 9 times over
    "prices_fix_in": "euros",  # 8 of the 9 calls: load the rates once, pass the table
}


def hotspot(rows: list[Row]) -> str:
    """The function the profiled time is really spent in."""
    rows.sort(key=lambda row: row[TOTTIME], reverse=True)
    return rows[0][FUNCTION]
