"""Cheat: "fixes" the float rounding on the way, with Decimal and half-up rounding.

Decimal("0.125") * 100 is exactly 12.5 and rounds up to 13, where the legacy
code's round(float) rounds half to even (12); and for "inf" Decimal raises an
InvalidOperation of its own, where the legacy code raises OverflowError. A
refactor keeps the behaviour, even the parts you would change: changing them
is a separate, visible change.
"""

from decimal import ROUND_HALF_UP, Decimal

DISCOUNTS = {"SAVE10": 10, "HALF": 50}  # percent off


def parse_line(line: str) -> tuple[str, int, int]:
    sku, quantity, price = (field.strip() for field in line.split(","))
    return sku, int(quantity), int((Decimal(price) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def discounted(total: int, code: str | None) -> int:
    if code is None:
        return total
    if code not in DISCOUNTS:
        raise ValueError(f"unknown discount code {code!r}")
    return total - total * DISCOUNTS[code] // 100


def invoice_total(lines: list[str], discount_code: str | None = None) -> int:
    wanted = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    total = sum(quantity * cents for _, quantity, cents in map(parse_line, wanted))
    return discounted(total, discount_code)
