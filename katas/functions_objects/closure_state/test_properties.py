from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .account import make_account

NAMES = "abc"
Op = tuple[str, str, int]  # (account, action, amount); balance() and history() take no amount


@st.composite
def sessions(draw: st.DrawFn) -> tuple[dict[str, int], list[Op]]:
    """Two or three accounts opened one after the other, then calls on any of them."""
    openings = draw(st.lists(st.integers(0, 100), min_size=2, max_size=3))
    accounts = dict(zip(NAMES[: len(openings)], openings, strict=True))
    actions = st.sampled_from(["deposit", "withdraw", "balance", "history"])
    ops = st.tuples(st.sampled_from(list(accounts)), actions, st.integers(1, 100))
    return accounts, draw(st.lists(ops, max_size=12))


def call_text(op: Op) -> str:
    name, action, amount = op
    return f"{name}.{action}({amount if action in ('deposit', 'withdraw') else ''})"


def replay(make_account, openings: dict[str, int], ops: list[Op]) -> list[str]:
    """Open the accounts in order, make the calls, and report what each call returned."""
    accounts = {name: make_account(opening) for name, opening in openings.items()}
    seen = []
    for name, action, amount in ops:
        function = getattr(accounts[name], action)
        try:
            result = function(amount) if action in ("deposit", "withdraw") else function()
        except ValueError:
            result = "ValueError"
        seen.append(f"{call_text((name, action, amount))} -> {result}")
        if action == "history":
            result.append(0)  # the caller's list is theirs to change: the account must not notice
    return seen


@kata_settings
@given(session=sessions())
@example(session=({"a": 0, "b": 0}, [("a", "deposit", 5), ("b", "history", 0)]))  # b's own
@example(session=({"a": 0, "b": 0}, [("a", "history", 0), ("a", "history", 0)]))  # a copy
def test_every_account_keeps_its_own_balance_and_history(reference, session):
    openings, ops = session
    got = replay(make_account, openings, ops)
    want = replay(reference.make_account, openings, ops)
    assert_same(got, want, accounts_opened=openings, calls=[call_text(op) for op in ops])
