"""Merchant payouts: the nightly job that turns the day's sales export into payouts.

process_payouts(path, out_path, dry_run=False, verbose=False, strict=False)
reads the export at `path` (UTF-8 text, one sale per line) and writes the
payout report to `out_path`:

    order_id,merchant,amount,currency,method      <- the header, skipped
    A-1001,m-0042,25.00,EUR,card
    # a comment, skipped; so is a blank line

Each field is stripped of surrounding whitespace. A line is skipped with a
reason (and counted in "skipped") when, checked in this order, it has not 5
fields, its order_id or merchant is empty, its amount is not euros with two
decimals (ASCII digits, perhaps a leading "-" for a refund), its currency is
not "EUR", or its method is not card, wallet or bank. With strict=True the
first such line raises ValueError("line {n}: {reason}") instead (lines are
numbered from 1, header and blanks included) and no report is written. A
good line whose order_id came before is a duplicate: counted, not paid. Then
a sale of a blocked merchant is dropped. Every other sale pays the merchant
its amount less the fee (card 2.90 % + 0.30, wallet 1.90 % + 0.10, bank
0.80 % capped at 5.00, fractions of a cent dropped; no fee on a refund or a
zero amount). The report lists each merchant (sorted) with its net total, a
total of zero or less as "0.00 (carried over: ...)", then the total paid.
Unless dry_run, it is written to `out_path`; with verbose, each decision is
printed. It returns {"paid", "skipped", "duplicates", "total_cents"}.
legacy.py keeps this code exactly as it is now: the tests compare yours with
it, return value, report file, printed lines and errors included.

Nobody dares to touch it. The counters, the seen orders and the totals are
module globals, so the scheduler's retry (a second run in the same process)
finds every order "seen" and the first run's totals still there; one
function opens, parses, checks, pays, prints and writes; verbose and strict
are handed down to a checker that prints and raises. Refactor it:

- every run starts afresh: nothing at module level changes while the job
  runs (no `global`, no module-level dict, set, list or counter that a run
  fills; constants that no run changes are fine). The tests look.
- no function over 15 statements (nested ones counted, however laid out).
- these pieces, which the tests call directly, none of them printing or
  touching a file:

parse_cents(text: str) -> int
    "25.00" -> 2500, "-3.50" -> -350, "0.07" -> 7: ASCII digits, at least one
    before the ".", exactly two after, perhaps one leading "-". Anything else
    raises ValueError("amount {text!r} is not a number of euros with two decimals").
fee_cents(method: str, cents: int) -> int
    The fee for a method named in FEES on an amount in cents (any int).
format_cents(cents: int) -> str
    2500 -> "25.00", -350 -> "-3.50", 7 -> "0.07", 0 -> "0.00".
parse_line(line: str) -> tuple[str, str, int, str]
    For a line that is not blank, a comment or the header: the sale as
    (order_id, merchant, cents, method), or ValueError(reason), the reason as
    process_payouts reports it, without the "line {n}: " (a NamedTuple is a tuple).
render_report(totals: dict[str, int]) -> str
    The report's text for these net totals by merchant, each line ending in
    "\n" (the dict is left unchanged).
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

FEES = {"card": (290, 30), "wallet": (190, 10), "bank": (80, 0)}  # basis points, fixed cents
BANK_FEE_CAP = 500
BLOCKED = ("m-0000", "m-9999")
HEADER = "order_id,merchant,amount,currency,method"
AMOUNT = re.compile(r"(-?)([0-9]+)\.([0-9]{2})")


class Ledger(NamedTuple):
    """What one run has seen, paid and counted."""

    seen: set[str]
    totals: dict[str, int]
    counts: Counter


class Sale(NamedTuple):
    order_id: str
    merchant: str
    cents: int
    method: str


def parse_cents(text: str) -> int:
    match = AMOUNT.fullmatch(text)
    if match is None:
        raise ValueError(f"amount {text!r} is not a number of euros with two decimals")
    sign, euros, cents = match.groups()
    value = int(euros) * 100 + int(cents)
    return -value if sign else value


def fee_cents(method: str, cents: int) -> int:
    rate, fixed = FEES[method]
    fee = 0 if cents <= 0 else cents * rate // 10000 + fixed
    cap = BANK_FEE_CAP if method == "bank" else fee
    return min(fee, cap)


def format_cents(cents: int) -> str:
    text = f"{abs(cents):03d}"
    return f"{'-' * (cents < 0)}{text[:-2]}.{text[-2:]}"


def parse_line(line: str) -> Sale:
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields, got {len(fields)}")
    order_id, merchant, amount, currency, method = fields
    if "" in (order_id, merchant):
        raise ValueError("order_id and merchant must not be empty")
    cents = parse_cents(amount)
    if currency != "EUR":
        raise ValueError(f"currency {currency!r} is not paid out")
    if method not in FEES:
        raise ValueError(f"unknown payment method {method!r}")
    return Sale(order_id, merchant, cents, method)


def paid_total(totals: dict[str, int]) -> int:
    return sum(max(net, 0) for net in totals.values())


def render_report(totals: dict[str, int]) -> str:
    def line(merchant: str) -> str:
        net = totals[merchant]
        if net > 0:
            return f"{merchant} {format_cents(net)}\n"
        return f"{merchant} 0.00 (carried over: {format_cents(net)})\n"

    body = "".join(line(merchant) for merchant in sorted(totals))
    return f"{body}total {format_cents(paid_total(totals))}\n"


def decide(sale: Sale, seen: set[str], totals: dict[str, int], counts: Counter) -> str:
    """Pay one good sale into `totals`, or count it; say what happened."""
    if sale.order_id in seen:
        counts["duplicates"] += 1
        return f"duplicate order {sale.order_id}"
    seen.add(sale.order_id)
    if sale.merchant in BLOCKED:
        return f"merchant {sale.merchant} is blocked"
    net = sale.cents - fee_cents(sale.method, sale.cents)
    totals[sale.merchant] = totals.get(sale.merchant, 0) + net
    counts["paid"] += 1
    return f"{sale.merchant} {'+' if net >= 0 else ''}{format_cents(net)}"


def is_data(line: str) -> bool:
    return bool(line) and not line.startswith("#") and line != HEADER


def decisions(export: Iterable[str], strict: bool, ledger: Ledger) -> Iterator[str]:
    """Decide each data line of the export, in order; yield what was decided."""
    for number, line in enumerate((raw.strip() for raw in export), start=1):
        if not is_data(line):
            continue
        try:
            said = decide(parse_line(line), *ledger)
        except ValueError as error:
            if strict:
                raise ValueError(f"line {number}: {error}") from error
            ledger.counts["skipped"] += 1
            said = f"skipped: {error}"
        yield f"line {number}: {said}"


def process_payouts(path, out_path, dry_run=False, verbose=False, strict=False):
    ledger = Ledger(set(), {}, Counter(paid=0, skipped=0, duplicates=0))
    with Path(path).open(encoding="utf-8") as export:
        for said in decisions(export, strict, ledger):
            if verbose:
                print(said)
    if not dry_run:
        Path(out_path).write_text(render_report(ledger.totals), encoding="utf-8")
    counts = ledger.counts
    if verbose:
        print(
            f"{counts['paid']} paid, {counts['skipped']} skipped, {counts['duplicates']} duplicates"
        )
    paid = paid_total(ledger.totals)
    return {**{key: counts[key] for key in ("paid", "skipped", "duplicates")}, "total_cents": paid}
