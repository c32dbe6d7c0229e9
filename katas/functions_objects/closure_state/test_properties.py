from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .account import make_account

Op = tuple[int, str, int]  # (which account, action, amount); "open" opens one more account

# Amounts and openings from a few values come up often, so that accounts share an
# opening balance, withdrawals empty an account exactly, and entries repeat.
amounts = st.sampled_from([1, 5, 100]) | st.integers(1, 10**12)
openings = st.none() | st.sampled_from([0, 5, 100]) | st.integers(0, 10**12)


@st.composite
def sessions(draw: st.DrawFn) -> tuple[list[int | None], list[Op]]:
    """One to three accounts opened (None: with the default), then calls on any of them,
    with more accounts opened along the way."""
    opened = draw(st.lists(openings, min_size=1, max_size=3))
    actions = st.sampled_from(["deposit", "withdraw", "withdraw", "balance", "history", "open"])
    ops = st.tuples(st.integers(0, 5), actions, amounts)
    return opened, draw(st.lists(ops, max_size=20))


def open_account(make_account, opening: int | None):
    return make_account() if opening is None else make_account(opening)


def replay(make_account, opened: list[int | None], ops: list[Op]) -> list[str]:
    """Open the accounts, make the calls, and report what each call returned."""
    accounts = [open_account(make_account, opening) for opening in opened]
    seen = []
    for which, action, amount in ops:
        if action == "open":
            accounts.append(open_account(make_account, amount))
            seen.append(f"open account {len(accounts) - 1} with {amount}")
            continue
        which %= len(accounts)
        function = getattr(accounts[which], action)
        try:
            result = function(amount) if action in ("deposit", "withdraw") else function()
        except ValueError:
            result = "ValueError"
        shown = amount if action in ("deposit", "withdraw") else ""
        seen.append(f"account {which}: {action}({shown}) -> {result}")
        if action == "history":
            result.append(0)  # the caller's list is theirs to change: the account must not notice
    # Every account's final state, read twice.
    seen += [
        f"account {i}: {a.balance()} {a.history()} {a.history()}" for i, a in enumerate(accounts)
    ]
    return seen


@kata_settings
@given(session=sessions())
@example(session=([0, 0], [(0, "deposit", 5), (1, "history", 1)]))  # b's own history
@example(session=([0], [(0, "history", 1), (0, "history", 1)]))  # a copy each time
@example(session=([100, 100], [(0, "deposit", 5), (1, "balance", 1)]))  # same opening
@example(session=([5], [(0, "withdraw", 5), (0, "deposit", 2), (0, "withdraw", 5)]))  # refused
@example(session=([5], [(0, "deposit", 1), (0, "open", 5), (0, "balance", 1)]))  # opened later
def test_every_account_keeps_its_own_balance_and_history(reference, session):
    opened, ops = session
    got = replay(make_account, opened, ops)
    want = replay(reference.make_account, opened, ops)
    assert_same(got, want, accounts_opened=opened, calls=ops)
