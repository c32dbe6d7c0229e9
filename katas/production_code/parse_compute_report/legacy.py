"""The sales report as it was. Do not edit: the tests compare sales_report.py with it."""

from datetime import date


def print_sales_report(path: str) -> None:
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
