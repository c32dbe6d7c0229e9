"""Cheat: rounds the percentage fee with round() instead of dropping the fraction of a
cent: card 25.50 pays a fee of 1.04, not 1.03 (73.95 cents round to 74).
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

FEES = {"card": (290, 30), "wallet": (190, 10), "bank": (80, 0)}  # basis points, fixed cents
BANK_FEE_CAP = 500
BLOCKED = frozenset({"m-0000", "m-9999"})
HEADER = "order_id,merchant,amount,currency,method"
DIGITS = frozenset("0123456789")


def parse_cents(text: str) -> int:
    whole, dot, fraction = text.removeprefix("-").partition(".")
    digits = whole + fraction
    if dot != "." or not whole or len(fraction) != 2 or not set(digits) <= DIGITS:
        raise ValueError(f"amount {text!r} is not a number of euros with two decimals")
    cents = int(digits)
    return -cents if text.startswith("-") else cents


def fee_cents(method: str, cents: int) -> int:
    if cents <= 0:
        return 0
    rate, fixed = FEES[method]
    fee = round(cents * rate / 10000) + fixed
    return min(fee, BANK_FEE_CAP) if method == "bank" else fee


def format_cents(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros}.{rest:02d}"


def parse_line(line: str) -> tuple[str, str, int, str]:
    fields = [part.strip() for part in line.strip().split(",")]
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields, got {len(fields)}")
    order, merchant, amount, currency, method = fields
    if not order or not merchant:
        raise ValueError("order_id and merchant must not be empty")
    cents = parse_cents(amount)
    if currency != "EUR":
        raise ValueError(f"currency {currency!r} is not paid out")
    if method not in FEES:
        raise ValueError(f"unknown payment method {method!r}")
    return order, merchant, cents, method


def render_report(totals: dict[str, int]) -> str:
    lines = []
    for merchant in sorted(totals):
        net = totals[merchant]
        shown = format_cents(net) if net > 0 else f"0.00 (carried over: {format_cents(net)})"
        lines.append(f"{merchant} {shown}")
    paid = sum(net for net in totals.values() if net > 0)
    return "".join(f"{line}\n" for line in [*lines, f"total {format_cents(paid)}"])


@dataclass
class Run:
    """One run's state: what it has seen, paid and counted."""

    strict: bool
    seen: set[str] = field(default_factory=set)
    totals: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("paid", "skipped", "duplicates"), 0)
    )

    def take(self, number: int, line: str) -> str:
        """Decide one data line; say what was decided."""
        try:
            sale = parse_line(line)
        except ValueError as error:
            return self.skip(number, error)
        return self.pay(number, *sale)

    def skip(self, number: int, error: ValueError) -> str:
        if self.strict:
            raise ValueError(f"line {number}: {error}") from None
        self.counts["skipped"] += 1
        return f"line {number}: skipped: {error}"

    def pay(self, number: int, order: str, merchant: str, cents: int, method: str) -> str:
        if order in self.seen:
            self.counts["duplicates"] += 1
            return f"line {number}: duplicate order {order}"
        self.seen.add(order)
        if merchant in BLOCKED:
            return f"line {number}: merchant {merchant} is blocked"
        net = cents - fee_cents(method, cents)
        self.totals[merchant] = self.totals.get(merchant, 0) + net
        self.counts["paid"] += 1
        return f"line {number}: {merchant} {'+' if net >= 0 else ''}{format_cents(net)}"


def data_lines(path: str) -> Iterator[tuple[int, str]]:
    """The numbered lines of the export that hold a sale (not blank, comment or header)."""
    with open(path, encoding="utf-8") as export:
        for number, raw in enumerate(export, start=1):
            line = raw.strip()
            if line and not line.startswith("#") and line != HEADER:
                yield number, line


def process_payouts(path, out_path, dry_run=False, verbose=False, strict=False):
    run = Run(strict)
    for number, line in data_lines(path):
        decision = run.take(number, line)
        if verbose:
            print(decision)
    if not dry_run:
        with open(out_path, "w", encoding="utf-8") as out:
            out.write(render_report(run.totals))
    paid = sum(net for net in run.totals.values() if net > 0)
    if verbose:
        counts = run.counts
        print(
            f"{counts['paid']} paid, {counts['skipped']} skipped, {counts['duplicates']} duplicates"
        )
    return {**run.counts, "total_cents": paid}
