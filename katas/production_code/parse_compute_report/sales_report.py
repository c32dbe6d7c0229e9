"""The monthly sales report: a CSV export in, a few lines of text out.

print_sales_report(path) reads a file like this one

    date,region,amount
    2024-06-03,North,12.50
    2024-06-01, South ,-3

and prints

    2 sales from 2024-06-01 to 2024-06-03
    North: 12.50
    South: -3.00
    Total: 9.50

It works, but reading, parsing, adding up and printing are one loop: to test
the totals you must write a file and capture stdout, the totals cannot be
reused for the web dashboard, and a bad line fails with "could not convert
string to float", no line number. Split it into these functions:

parse_sales(text: str) -> list[Sale]
    `text` is the whole file: a header line (skipped, whatever it says), then one
    sale per line, "date,region,amount", lines ending in "\\n" or "\\r\\n". Blank
    or all-space lines are skipped; spaces around a field are not part of it.
    date is YYYY-MM-DD (the other ISO forms date.fromisoformat() reads may be
    taken too); region is non-empty text (the export never writes a double
    quote); amount is euros: digits with an optional sign and at most two
    decimals ("12", "12.5", "-3.00", "+4"), read into whole cents. The sales
    come back in the file's order. Any other line raises SalesFileError (a
    ValueError) whose .line_number is the line's number in the file (the header
    is line 1) and whose message starts with "line {number}: " and says what is
    wrong with it.
summarize(sales: Iterable[Sale]) -> Summary
    The figures, from Sale records however they were made (a list, a generator,
    read once, never changed; a region may even hold a comma): how many sales,
    the total in cents, the total of each region that had a sale (even when it
    adds up to 0), and the first and last day (None when there are no sales).
    It computes, and nothing else: it reads no file and prints nothing.
render(summary: Summary) -> str
    The report's lines, each ending in "\\n": "{sales} sales from {first_day} to
    {last_day}" (just "0 sales" when there are none), then "{region}: {amount}"
    for each region, the largest total first (equal totals by region name, in str
    order), then "Total: {amount}". An amount is euros with two decimals: 1250
    cents is "12.50", -5 cents is "-0.05". It prints nothing.
print_sales_report(path: str) -> None
    Reads the file (UTF-8) and prints what render() returns, for a file without
    errors exactly what it prints now (legacy.py keeps the code as it is now);
    a bad line raises SalesFileError.

Every amount and every total is under a billion euros.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Sale:
    day: date
    region: str
    cents: int


@dataclass(frozen=True)
class Summary:
    sales: int
    total_cents: int
    by_region: dict[str, int]
    first_day: date | None
    last_day: date | None


class SalesFileError(ValueError):
    """A line of a sales file that is not "date,region,amount"."""

    def __init__(self, line_number: int, problem: str) -> None:
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number


def print_sales_report(path: str) -> None:
    # TODO: reading, parsing, adding up and printing in one loop. Give each its own function.
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    count = 0
    total = 0
    by_region: dict[str, int] = {}
    first_day = last_day = None
    for line in lines[1:]:  # the first line is the header
        if not line.strip():
            continue
        day_text, region, amount = line.split(",")
        day = date.fromisoformat(day_text.strip())
        region = region.strip()
        cents = round(float(amount) * 100)
        count += 1
        total += cents
        by_region[region] = by_region.get(region, 0) + cents
        if first_day is None or day < first_day:
            first_day = day
        if last_day is None or day > last_day:
            last_day = day
    if count:
        print(f"{count} sales from {first_day} to {last_day}")
    else:
        print("0 sales")
    for region, cents in sorted(by_region.items(), key=lambda pair: (-pair[1], pair[0])):
        print(f"{region}: {cents / 100:.2f}")
    print(f"Total: {total / 100:.2f}")
