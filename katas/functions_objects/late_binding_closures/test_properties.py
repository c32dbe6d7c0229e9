from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .validators import make_validators

# Any field name (a few usual ones come up often), any limits 0 <= shortest <= longest.
fields = st.sampled_from(["username", "password", "pin", "bio"]) | st.text()
limits = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda pair: (min(pair), max(pair)))
tables = st.dictionaries(fields, limits, max_size=5)
# Any text; long runs of one (non-ASCII) character reach every limit.
texts = st.lists(st.text(max_size=40) | st.integers(0, 32).map("é".__mul__), min_size=1, max_size=4)


def texts_for(rules, texts):
    """The generated texts, the empty one, and every length at each limit's edges."""
    edges = {n for shortest, longest in rules.values() for n in (shortest - 1, shortest)}
    edges |= {n for shortest, longest in rules.values() for n in (longest, longest + 1)}
    return ["", *texts, *("x" * n for n in sorted(edges) if n >= 0)]


def answers(check, texts):
    """What every validator says about every text, asked twice."""
    return {
        field: [(validate(text), validate(text)) for text in texts]
        for field, validate in check.items()
    }


@kata_settings
@given(rules=tables, texts=texts)
@example(rules={"username": (3, 20)}, texts=["ada"])  # "" and 20 characters are edges too
def test_each_validator_checks_its_own_field_and_rule(reference, rules, texts):
    asked = texts_for(rules, texts)
    table = dict(rules)
    got = answers(make_validators(table), asked)
    assert_same(table, rules, what="the rules after make_validators(rules)")
    assert_same(got, answers(reference.make_validators(rules), asked), rules=rules, texts=asked)


@kata_settings
@given(rules=tables, changes=tables, removed=st.lists(fields, max_size=2), texts=texts)
@example(rules={"pin": (4, 4)}, changes={"pin": (6, 6)}, removed=[], texts=["xxxx"])
def test_changing_the_table_later_leaves_validators_already_made_alone(
    reference, rules, changes, removed, texts
):
    asked = texts_for(rules, texts)
    table = dict(rules)
    check = make_validators(table)
    table.update(changes)
    for field in removed:
        table.pop(field, None)
    got = answers(check, asked)
    want = answers(reference.make_validators(rules), asked)
    assert_same(
        got, want, rules=rules, changes_made_afterwards=changes, removed=removed, texts=asked
    )


@kata_settings
@given(first=tables, second=tables, texts=texts)
@example(first={"username": (3, 20)}, second={"username": (5, 8)}, texts=["ada"])
def test_two_forms_built_one_after_the_other_keep_their_own_rules(reference, first, second, texts):
    asked = texts_for({**first, **second}, texts)
    first_form = make_validators(dict(first))
    second_form = make_validators(dict(second))
    assert_same(
        answers(second_form, asked),
        answers(reference.make_validators(second), asked),
        first_form=first,
        second_form=second,
        texts=asked,
    )
    assert_same(
        answers(first_form, asked),
        answers(reference.make_validators(first), asked),
        first_form=first,
        asked_after_building=second,
        texts=asked,
    )
