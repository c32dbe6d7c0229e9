"""The invoice code as it was before the refactor. Do not edit: the tests compare with it."""

import asyncio

DISCOUNTS = {"SAVE10": 10, "HALF": 50}  # percent off


async def parse_line(line: str) -> tuple[str, int, int]:
    sku, quantity, price = (field.strip() for field in line.split(","))
    return sku, int(quantity), round(float(price) * 100)


async def line_total(quantity: int, cents: int) -> int:
    await asyncio.sleep(0)  # let the other lines run
    return quantity * cents


async def discounted(total: int, code: str | None) -> int:
    if code is None:
        return total
    if code not in DISCOUNTS:
        raise ValueError(f"unknown discount code {code!r}")
    return total - total * DISCOUNTS[code] // 100


async def total_of(lines: list[str], code: str | None) -> int:
    wanted = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    parsed = await asyncio.gather(*(parse_line(line) for line in wanted))
    totals = await asyncio.gather(*(line_total(quantity, cents) for _, quantity, cents in parsed))
    return await discounted(sum(totals), code)


def invoice_total(lines: list[str], discount_code: str | None = None) -> int:
    return asyncio.run(total_of(lines, discount_code))
