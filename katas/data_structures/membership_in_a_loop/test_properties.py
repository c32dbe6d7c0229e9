from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import measure
from .invites import new_subscribers

# Addresses from a small pool, so that imports and subscribers often overlap.
addresses = st.integers(0, 40).map("u{}@x.io".format)
address_lists = st.lists(addresses, max_size=40)

# 20 new addresses against 20 subscribers: 400 comparisons for a scan, over budget.
TWENTY_NEW = [f"u{i}@x.io" for i in range(20)]
TWENTY_OLD = [f"u{i}@x.io" for i in range(20, 40)]


@kata_settings
@given(imported=address_lists, subscribers=address_lists)
def test_returns_the_new_addresses_in_order(reference, imported, subscribers):
    got, _, _ = measure(new_subscribers, imported, subscribers)
    want = reference.new_subscribers(imported, subscribers)
    assert_same(got, want, imported=imported, subscribers=subscribers)


@kata_settings
@given(imported=address_lists, subscribers=address_lists)
@example(imported=TWENTY_NEW, subscribers=TWENTY_OLD)  # short lists must be linear too
def test_the_work_grows_linearly(reference, imported, subscribers):
    _, comparisons, reads = measure(new_subscribers, imported, subscribers)
    budget = 3 * (len(imported) + len(subscribers)) + 10
    work = comparisons + reads
    verdict = "within the budget"
    if work > budget:
        verdict = f"{comparisons} comparisons + {reads} reads = {work}, over the budget of {budget}"
    assert_same(
        verdict,
        "within the budget",
        imported=f"{len(imported)} addresses",
        subscribers=f"{len(subscribers)} addresses",
    )
