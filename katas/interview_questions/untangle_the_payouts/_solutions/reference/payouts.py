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

from collections.abc import Iterable, Iterator

FEES = {"card": (290, 30), "wallet": (190, 10), "bank": (80, 0)}  # basis points, fixed cents
BANK_FEE_CAP = 500
BLOCKED = frozenset({"m-0000", "m-9999"})
HEADER = "order_id,merchant,amount,currency,method"


def parse_cents(text: str) -> int:
    whole, dot, fraction = text.removeprefix("-").partition(".")
    digits = whole + fraction
    if not (dot and whole and len(fraction) == 2 and digits.isascii() and digits.isdigit()):
        raise ValueError(f"amount {text!r} is not a number of euros with two decimals")
    return -int(digits) if text.startswith("-") else int(digits)


def fee_cents(method: str, cents: int) -> int:
    rate, fixed = FEES[method]
    fee = cents * rate // 10000 + fixed if cents > 0 else 0
    return min(fee, BANK_FEE_CAP) if method == "bank" else fee


def format_cents(cents: int) -> str:
    euros, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{euros}.{rest:02d}"


def parse_line(line: str) -> tuple[str, str, int, str]:
    fields = [field.strip() for field in line.split(",")]
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


def paid_cents(totals: dict[str, int]) -> int:
    return sum(net for net in totals.values() if net > 0)


def render_report(totals: dict[str, int]) -> str:
    lines = [
        f"{merchant} {format_cents(net)}"
        if net > 0
        else f"{merchant} 0.00 (carried over: {format_cents(net)})"
        for merchant, net in sorted(totals.items())
    ]
    lines.append(f"total {format_cents(paid_cents(totals))}")
    return "".join(f"{line}\n" for line in lines)


class Ledger:
    """The books of one run: the orders seen, the net totals, the counts."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.totals: dict[str, int] = {}
        self.counts = {"paid": 0, "skipped": 0, "duplicates": 0}

    def pay(self, order: str, merchant: str, cents: int, method: str) -> str:
        """Pay one good sale, or count it as a duplicate; say what was done."""
        if order in self.seen:
            self.counts["duplicates"] += 1
            return f"duplicate order {order}"
        self.seen.add(order)
        if merchant in BLOCKED:
            return f"merchant {merchant} is blocked"
        net = cents - fee_cents(method, cents)
        self.totals[merchant] = self.totals.get(merchant, 0) + net
        self.counts["paid"] += 1
        return f"{merchant} {'+' if net >= 0 else ''}{format_cents(net)}"


def decisions(export: Iterable[str], strict: bool, ledger: Ledger) -> Iterator[str]:
    """Decide each sale of the export in turn, into the ledger; yield what was decided."""
    for number, raw in enumerate(export, start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line == HEADER:
            continue
        try:
            sale = parse_line(line)
        except ValueError as error:
            if strict:
                raise ValueError(f"line {number}: {error}") from None
            ledger.counts["skipped"] += 1
            yield f"line {number}: skipped: {error}"
            continue
        yield f"line {number}: {ledger.pay(*sale)}"


def process_payouts(path, out_path, dry_run=False, verbose=False, strict=False):
    ledger = Ledger()
    with open(path, encoding="utf-8") as export:
        for said in decisions(export, strict, ledger):
            if verbose:
                print(said)
    if not dry_run:
        with open(out_path, "w", encoding="utf-8") as out:
            out.write(render_report(ledger.totals))
    counts = ledger.counts
    if verbose:
        print(
            f"{counts['paid']} paid, {counts['skipped']} skipped, {counts['duplicates']} duplicates"
        )
    return {**ledger.counts, "total_cents": paid_cents(ledger.totals)}
