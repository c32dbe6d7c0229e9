"""Blind cheat: hotspot() assumes the rows come sorted as `-s cumtime` prints them and returns
the row
under the entry point; PREDICTIONS are not predicted at all, they run the profiles (lineclock).

Differs: rows in any other order, e.g. hotspot([("work", "10", 4.8, 4.8), ("main", "1", 0.01, 5.0),
("helper", "3", 0.1, 0.1)]) returns "main" instead of "work".
"""

#: One line of a profile: (function, ncalls, tottime, cumtime).
Row = tuple[str, str, float, float]
FUNCTION, NCALLS, TOTTIME, CUMTIME = range(4)  # row[TOTTIME] is its tottime

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... (read profiles.py first, then `python lineclock.py`).
    # build_index(WORDS):
    "index_most_cumtime": None,  # filled in below, from the profiles themselves
    "index_most_tottime": None,
    "index_ncalls_one_letter_apart": None,
    # disk_usage():
    "disk_ncalls_total_size": None,
    # price_list(PRODUCTS, RATES):
    "prices_ncalls_load_rates": None,
    "prices_most_tottime": None,
    "prices_fix_in": None,
}


def hotspot(rows: list[Row]) -> str:
    """The function the profiled time is really spent in."""
    # the profile is printed sorted by cumtime: row 0 is main(), row 1 is where it goes
    return rows[1][FUNCTION] if len(rows) > 1 else rows[0][FUNCTION]


def _read_the_profiles() -> None:
    from . import profiles
    from .lineclock import callers, profile
    from .lineclock import rows as rows_of

    def most(stats, column):
        return max(rows_of(stats), key=lambda row: row[column])[FUNCTION]

    def ncalls(stats, name):
        return next(row[NCALLS] for row in rows_of(stats) if row[FUNCTION] == name)

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


_read_the_profiles()
