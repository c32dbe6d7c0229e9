"""Cheat: hotspot() is right, but PREDICTIONS are not predicted: they are read off the profiles.

It imports profiles and lineclock and fills in every answer by running the
programs, so the examples pass without a single prediction made: the skill the
kata trains, reading a profile from the code, is skipped entirely.
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
    return max(rows, key=lambda row: row[TOTTIME])[FUNCTION]


def _read_off_the_profiles() -> None:
    from . import profiles
    from .lineclock import callers, profile, rows

    def most(stats, column):
        return max(rows(stats), key=lambda row: row[column])[FUNCTION]

    def ncalls(stats, name):
        return next(row[NCALLS] for row in rows(stats) if row[FUNCTION] == name)

    index = profile(profiles.build_index, profiles.WORDS)
    disk = profile(profiles.disk_usage)
    prices = profile(profiles.price_list, profiles.PRODUCTS, profiles.RATES)
    calls = callers(prices, most(prices, TOTTIME))
    PREDICTIONS.update(
        index_most_cumtime=most(index, CUMTIME),
        index_most_tottime=most(index, TOTTIME),
        index_ncalls_one_letter_apart=ncalls(index, "one_letter_apart"),
        disk_ncalls_total_size=ncalls(disk, "total_size"),
        prices_ncalls_load_rates=ncalls(prices, "load_rates"),
        prices_most_tottime=most(prices, TOTTIME),
        prices_fix_in=max(calls, key=calls.__getitem__),
    )


_read_off_the_profiles()
