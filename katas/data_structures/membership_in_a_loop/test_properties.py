from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import measure
from .invites import new_subscribers

# Addresses from a small pool, so that imports and subscribers often overlap;
# near misses that differ only in case or whitespace; and now and then any str.
NEAR_MISSES = [
    "U1@x.io",
    "u1@X.IO",
    " u1@x.io",
    "u1@x.io\n",
    "ü@x.io",
    "Ü@x.io",
    "ss@x.io",
    "ß@x.io",
]
addresses = (
    st.integers(0, 40).map("u{}@x.io".format) | st.sampled_from(NEAR_MISSES) | st.text(max_size=5)
)
address_lists = st.lists(addresses, max_size=40)

# 20 new addresses against 20 subscribers: 400 comparisons for a scan, over budget.
TWENTY_NEW = [f"u{i}@x.io" for i in range(20)]
TWENTY_OLD = [f"u{i}@x.io" for i in range(20, 40)]
# 40 new addresses against 10 subscribers: 400 comparisons for a scan, budget 160.
FORTY_NEW = [f"n{i}@x.io" for i in range(40)]
TEN_OLD = [f"u{i}@x.io" for i in range(10)]


@kata_settings
@given(imported=address_lists, subscribers=address_lists)
@example(imported=["Ana@x.io", "u1@x.io"], subscribers=["ana@x.io"])  # case matters
@example(imported=["ß@x.io", " u1@x.io"], subscribers=["ss@x.io", "u1@x.io"])
def test_returns_the_new_addresses_in_order(reference, imported, subscribers):
    got, _, _ = measure(new_subscribers, imported, subscribers)
    want = reference.new_subscribers(imported, subscribers)
    assert_same(got, want, imported=imported, subscribers=subscribers)


@kata_settings
@given(imported=address_lists, subscribers=address_lists)
@example(imported=TWENTY_NEW, subscribers=TWENTY_OLD)  # short lists must be linear too
@example(imported=FORTY_NEW, subscribers=TEN_OLD)  # a big import against a short list
@example(imported=TWENTY_NEW * 2, subscribers=TWENTY_OLD)  # a set built per address
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


@kata_settings
@given(imported=address_lists, subscribers=address_lists)
@example(imported=["ana@x.io"], subscribers=[])  # nobody to filter out
def test_a_new_list_and_the_arguments_left_alone(reference, imported, subscribers):
    mine, theirs = list(imported), list(subscribers)
    got = new_subscribers(mine, theirs)
    assert_same(
        {"imported": mine, "subscribers": theirs, "returned a new list": got is not mine},
        {"imported": imported, "subscribers": subscribers, "returned a new list": True},
        imported=imported,
        subscribers=subscribers,
    )


@kata_settings
@given(
    imported=address_lists,
    subscribers=st.lists(addresses, min_size=1, max_size=40),
    index=st.integers(0, 39),
    replacement=addresses,
)
@example(imported=["b@x.io"], subscribers=["a@x.io"], index=0, replacement="b@x.io")
def test_a_list_changed_between_calls_gives_a_fresh_answer(
    reference, imported, subscribers, index, replacement
):
    # One list object, kept alive and changed in place between the two calls.
    current = list(subscribers)
    answers = [new_subscribers(imported, current)]
    current[index % len(current)] = replacement
    answers.append(new_subscribers(imported, current))
    changed = list(subscribers)
    changed[index % len(changed)] = replacement
    want = [
        reference.new_subscribers(imported, subscribers),
        reference.new_subscribers(imported, changed),
    ]
    assert_same(answers, want, imported=imported, subscribers=subscribers, then=changed)
