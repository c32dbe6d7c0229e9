"""The payout job as it was. Do not edit: the tests compare payouts.py with it."""

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
