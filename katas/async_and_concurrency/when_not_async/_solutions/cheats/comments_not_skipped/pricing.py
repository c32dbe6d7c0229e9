"""Cheat: plain functions, but the filter for blank lines and comments got lost on the way.

The examples have neither, so they pass; a real invoice with a "# note" line
now raises ValueError instead of adding up.
"""

DISCOUNTS = {"SAVE10": 10, "HALF": 50}  # percent off


def parse_line(line: str) -> tuple[str, int, int]:
    sku, quantity, price = (field.strip() for field in line.split(","))
    return sku, int(quantity), round(float(price) * 100)


def discounted(total: int, code: str | None) -> int:
    if code is None:
        return total
    if code not in DISCOUNTS:
        raise ValueError(f"unknown discount code {code!r}")
    return total - total * DISCOUNTS[code] // 100


def invoice_total(lines: list[str], discount_code: str | None = None) -> int:
    total = sum(quantity * cents for _, quantity, cents in map(parse_line, lines))
    return discounted(total, discount_code)
