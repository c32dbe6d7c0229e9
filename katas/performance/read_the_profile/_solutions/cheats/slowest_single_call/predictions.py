"""Cheat: picks the highest tottime per call (the percall column): the slowest call.

A function that runs once for a second is slower per call than one that runs
5,000 times for a millisecond each, yet the second one holds five times as much
of the program's time: a cheap function called very often is the classic hotspot.
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
    def per_call(row: Row) -> float:
        calls = int(row[NCALLS].split("/")[0])  # "341/1": 341 calls
        return row[TOTTIME] / calls

    return max(rows, key=per_call)[FUNCTION]
