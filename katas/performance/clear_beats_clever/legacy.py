"""The card-number check as it was. Do not edit: the tests compare card.py with it."""

_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # digit -> the digits of 2 * digit, summed


def is_valid_card(number: str) -> bool:
    ds = []
    push = ds.append
    o = ord
    for c in number:
        if c != " ":
            push(o(c) - 48)
    n = len(ds)
    if n < 2:
        return False
    t = 0
    i = n - 1
    dbl = _DOUBLED
    while i > 2:  # unrolled: four digits per pass, from the right, every second one doubled
        t += ds[i] + dbl[ds[i - 1]] + ds[i - 2] + dbl[ds[i - 3]]
        i -= 4
    t += sum(map(lambda j: dbl[ds[j]] if (n - 1 - j) & 1 else ds[j], range(i, -1, -1)))
    return not t % 10
