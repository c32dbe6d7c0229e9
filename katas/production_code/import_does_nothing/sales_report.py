"""The nightly sales report: total sales per region from an orders export.

Run as a script, `python sales_report.py ORDERS.csv` prints one line per region,
"region: total", regions in sorted order (by code point), and exits with 0:

    $ python sales_report.py orders.csv
    north: 19.50
    south: -2

ORDERS.csv is the UTF-8 CSV the export job writes: a header row naming at
least the columns `region` and `amount` (others may come too, in any order),
then one row per order. A region is any text on one line (commas, quotes and
accents included; "" is a region too); an amount is a decimal number such as
12.50, -3 or 0. The totals are exact (decimal.Decimal, never float), printed
as str() prints a Decimal sum. A file with no orders prints nothing.

It is a script today: importing it does the whole job. The scheduler that wants
to call it, and every test, get the report printed at them, sys.argv read, and
a crash (or a sys.exit) at import when the command line is not theirs. Make it
a module, with this contract:

* Importing it does nothing: it prints nothing, reads no file, does not read
  the command line (sys.argv), does not exit, and changes no global state
  (sys.argv, sys.path, os.environ, the working directory).
* main(argv) does the work and returns the exit code, an int. `argv` holds the
  arguments after the program name (sys.argv[1:] when run as a script); main
  reads them from argv only, never from sys.argv, and never changes argv.
  - exactly one argument, a file it can read: the report on sys.stdout (the
    sys.stdout of the moment main runs), nothing on stderr, returns 0;
  - a file that cannot be read (missing, a directory): nothing on stdout, one
    line on sys.stderr that names the path, returns 1;
  - no argument, or more than one: nothing on stdout, a message starting with
    "usage:" on sys.stderr, and exit code 2: returned, or raised as
    SystemExit(2) as argparse does. That is the only SystemExit main raises.
* main can be called many times in one process: each call reports its own file
  only, as if it were the first.
* Run as a script (`if __name__ == "__main__":`), it exits with the code that
  main(sys.argv[1:]) returns.
"""

import csv
import sys
from collections import defaultdict
from decimal import Decimal

# TODO: all of this runs the moment anyone imports the module. Move it into main(argv).
if len(sys.argv) != 2:
    print("usage: sales_report.py ORDERS.csv", file=sys.stderr)
    sys.exit(2)

totals: defaultdict[str, Decimal] = defaultdict(Decimal)
with open(sys.argv[1], newline="", encoding="utf-8") as orders:
    for row in csv.DictReader(orders):
        totals[row["region"]] += Decimal(row["amount"])

for region in sorted(totals):
    print(f"{region}: {totals[region]}")
