"""The total of an invoice, in cents.

invoice_total(lines, discount_code=None) reads one "sku, quantity, price"
line per item (the price in euros, with cents), skips blank lines and
"#" comments, adds the items up and takes the discount code's percentage off
(rounding the discount down). A malformed line or an unknown code raises
ValueError.

    >>> invoice_total(["pen, 3, 2.50", "# gift wrap is free", "book, 1, 10.00"])
    1750
    >>> invoice_total(["pen, 3, 2.50", "book, 1, 10.00"], "SAVE10")
    1575

It works, but someone made it "async for speed": a task per line, a trip
around the event loop per line, and an event loop started by asyncio.run() for
every invoice. There is nothing here to wait for, so async only adds overhead
and noise, and worse: an async web handler that calls invoice_total() crashes,
since asyncio.run() refuses to run inside a running event loop. Refactor it
into plain functions (no async def, no await, no asyncio) that behave exactly
the same: legacy.py, beside this file, is this code as it is today, and the
tests compare your version with it on generated invoices. Exactly the same
means on every input: the same total (an int), the same type of error for
every line or code it refuses (whatever int() and float() accept or reject),
None as the only "no code", and the caller's list of lines left as it is.
"""

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
    # TODO: nothing here waits for IO. What do these tasks and trips around the loop buy?
    parsed = await asyncio.gather(*(parse_line(line) for line in wanted))
    totals = await asyncio.gather(*(line_total(quantity, cents) for _, quantity, cents in parsed))
    return await discounted(sum(totals), code)


def invoice_total(lines: list[str], discount_code: str | None = None) -> int:
    return asyncio.run(total_of(lines, discount_code))
