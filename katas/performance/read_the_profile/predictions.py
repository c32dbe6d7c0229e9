"""Read the profile: where does the time really go?

profiles.py holds three small programs. The tests run each one under cProfile
and read its table, the one you print from this directory with
`python lineclock.py` (the tests' clock counts lines of Python, not seconds,
so the numbers are the same on every run):

    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
         1    0.004    0.004    1.310    1.310 backup.py:12(main)
     341/1    0.920    0.003    1.306    1.306 backup.py:20(walk)

    ncalls   how many times the function ran; "341/1" is 341 calls of which 1 was
             primitive, the rest came from inside the function itself (recursion)
    tottime  time in the function's own lines, leaving out the functions it calls
    cumtime  time from call to return, the functions it calls included

Part 1. Read profiles.py and fill in PREDICTIONS: function names as the profile
prints them (in the parentheses), ncalls as pstats prints it ("5000", "341/1").
Predict first, from the code; then print the profiles and check yourself.

Part 2. hotspot(rows) takes the lines of a profile, each as
(function, ncalls, tottime, cumtime), in any order, no two with the same
tottime, and returns the function where the time is really spent: the one
whose own lines to make faster, or to run less often. It leaves `rows` as
they are. Any function can be that one: the entry point too, or a built-in.
Predict from the code: predictions.py must not import profiles or lineclock
to read the answers off.

    >>> hotspot([
    ...     ("main", "1", 0.002, 3.912),
    ...     ("write_rows", "1", 3.104, 3.610),
    ...     ("{method 'write' of '_io.TextIOWrapper' objects}", "50000", 0.506, 0.506),
    ... ])
    'write_rows'

Right now PREDICTIONS holds placeholders, and hotspot() returns the function
with the highest cumtime: that is always the entry point, main(), whose
cumtime holds the whole program.
"""

#: One line of a profile: (function, ncalls, tottime, cumtime).
Row = tuple[str, str, float, float]
FUNCTION, NCALLS, TOTTIME, CUMTIME = range(4)  # row[TOTTIME] is its tottime

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... (read profiles.py first, then `python lineclock.py`).
    # build_index(WORDS):
    "index_most_cumtime": ...,  # the function with the highest cumtime
    "index_most_tottime": ...,  # the function with the highest tottime
    "index_ncalls_one_letter_apart": ...,  # ncalls of one_letter_apart
    # disk_usage():
    "disk_ncalls_total_size": ...,  # ncalls of total_size
    # price_list(PRODUCTS, RATES):
    "prices_ncalls_load_rates": ...,  # ncalls of load_rates
    "prices_most_tottime": ...,  # the function with the highest tottime
    "prices_fix_in": ...,  # the function to change: it calls that hotspot too often
}


def hotspot(rows: list[Row]) -> str:
    """The function the profiled time is really spent in."""
    # TODO: cumtime counts the time of the functions it calls. Whose time is that?
    return max(rows, key=lambda row: row[CUMTIME])[FUNCTION]
