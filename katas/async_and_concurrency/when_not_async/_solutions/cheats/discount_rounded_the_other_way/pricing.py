"""Blind cheat: computes the discounted total as total * (100 - percent) // 100, which
rounds the discount up, not down.

Differs on invoice_total(["pen, 1, 17.51"], "SAVE10"): the old code 1751 - 175 = 1576,
this 1751 * 90 // 100 = 1575.
"""

DISCOUNTS = {"SAVE10": 10, "HALF": 50}  # percent off


def parse_line(line: str) -> tuple[str, int, int]:
    sku, quantity, price = (field.strip() for field in line.split(","))
    return sku, int(quantity), round(float(price) * 100)


def line_total(quantity: int, cents: int) -> int:
    return quantity * cents


def discounted(total: int, code: str | None) -> int:
    if code is None:
        return total
    if code not in DISCOUNTS:
        raise ValueError(f"unknown discount code {code!r}")
    return total * (100 - DISCOUNTS[code]) // 100


def total_of(lines: list[str], code: str | None) -> int:
    wanted = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    parsed = [parse_line(line) for line in wanted]
    return discounted(sum(line_total(quantity, cents) for _, quantity, cents in parsed), code)


def invoice_total(lines: list[str], discount_code: str | None = None) -> int:
    return total_of(lines, discount_code)
