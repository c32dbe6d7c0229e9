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

FEES = {"card": (290, 30), "wallet": (190, 10), "bank": (80, 0)}  # basis points, fixed cents
BANK_FEE_CAP = 500
BLOCKED = {"m-0000", "m-9999"}
HEADER = "order_id,merchant,amount,currency,method"

STATS = {"lines": 0, "paid": 0, "skipped": 0, "duplicates": 0}
SEEN = set()
TOTALS = {}
last_error = None


def cents(text):
    neg = False
    if text.startswith("-"):
        neg = True
        text = text[1:]
    whole, dot, frac = text.partition(".")
    if dot != "." or len(frac) != 2 or not whole:
        return None
    for c in whole + frac:
        if c not in "0123456789":
            return None
    value = int(whole) * 100 + int(frac)
    if neg:
        value = -value
    return value


def money(value):
    sign = "-" if value < 0 else ""
    value = abs(value)
    return f"{sign}{value // 100}.{value % 100:02d}"


def check(n, order, merchant, amount, currency, method, verbose, strict):
    global last_error
    err = None
    if not order or not merchant:
        err = "order_id and merchant must not be empty"
    elif cents(amount) is None:
        err = f"amount {amount!r} is not a number of euros with two decimals"
    elif currency != "EUR":
        err = f"currency {currency!r} is not paid out"
    elif method not in FEES:
        err = f"unknown payment method {method!r}"
    if err is not None:
        last_error = f"line {n}: {err}"
        if strict:
            raise ValueError(last_error)
        if verbose:
            print(f"line {n}: skipped: {err}")
        STATS["skipped"] += 1
        return False
    return True


def fee(method, value):
    if value <= 0:
        return 0
    rate, fixed = FEES[method]
    f = value * rate // 10000 + fixed
    if method == "bank" and f > BANK_FEE_CAP:
        f = BANK_FEE_CAP
    return f


def process_payouts(path, out_path, dry_run=False, verbose=False, strict=False):
    # TODO: one function, six jobs, and state that outlives the run. Untangle it.
    f = open(path, encoding="utf-8")
    n = 0
    for raw in f:
        n += 1
        STATS["lines"] += 1
        line = raw.strip()
        if not line or line.startswith("#") or line == HEADER:
            continue
        parts = line.split(",")
        if len(parts) != 5:
            msg = f"expected 5 fields, got {len(parts)}"
            if strict:
                f.close()
                raise ValueError(f"line {n}: {msg}")
            if verbose:
                print(f"line {n}: skipped: {msg}")
            STATS["skipped"] += 1
            continue
        order, merchant, amount, currency, method = [p.strip() for p in parts]
        try:
            ok = check(n, order, merchant, amount, currency, method, verbose, strict)
        except ValueError:
            f.close()
            raise
        if not ok:
            continue
        if order in SEEN:
            if verbose:
                print(f"line {n}: duplicate order {order}")
            STATS["duplicates"] += 1
            continue
        SEEN.add(order)
        if merchant in BLOCKED:
            if verbose:
                print(f"line {n}: merchant {merchant} is blocked")
            continue
        value = cents(amount)
        net = value - fee(method, value)
        if merchant in TOTALS:
            TOTALS[merchant] = TOTALS[merchant] + net
        else:
            TOTALS[merchant] = net
        STATS["paid"] += 1
        if verbose:
            print(
                f"line {n}: {merchant} +{money(net)}"
                if net >= 0
                else f"line {n}: {merchant} {money(net)}"
            )
    f.close()
    report = []
    total = 0
    for merchant in sorted(TOTALS):
        if TOTALS[merchant] > 0:
            report.append(f"{merchant} {money(TOTALS[merchant])}")
            total += TOTALS[merchant]
        else:
            report.append(f"{merchant} 0.00 (carried over: {money(TOTALS[merchant])})")
    report.append(f"total {money(total)}")
    if not dry_run:
        out = open(out_path, "w", encoding="utf-8")
        out.write("\n".join(report) + "\n")
        out.close()
    if verbose:
        print(f"{STATS['paid']} paid, {STATS['skipped']} skipped, {STATS['duplicates']} duplicates")
    return {
        "paid": STATS["paid"],
        "skipped": STATS["skipped"],
        "duplicates": STATS["duplicates"],
        "total_cents": total,
    }
