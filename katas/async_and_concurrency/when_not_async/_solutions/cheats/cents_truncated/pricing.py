"""Cheat: plain functions, but the price is converted with int() instead of round().

float("19.99") * 100 is 1998.9999999999998, and int() cuts it to 1998: a cent
lost on every such line. The examples' prices happen to be exact in binary.
"""

DISCOUNTS = {"SAVE10": 10, "HALF": 50}  # percent off


def parse_line(line: str) -> tuple[str, int, int]:
    sku, quantity, price = (field.strip() for field in line.split(","))
    return sku, int(quantity), int(float(price) * 100)


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
