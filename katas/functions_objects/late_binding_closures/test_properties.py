from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .validators import make_validators

fields = st.sampled_from(["username", "password", "pin", "bio"])
limits = st.tuples(st.integers(0, 8), st.integers(0, 8)).map(lambda pair: (min(pair), max(pair)))
tables = st.dictionaries(fields, limits, min_size=1, max_size=4)
# Only a text's length matters, so runs of one letter read best in the summary.
texts = st.lists(st.integers(0, 10).map("x".__mul__), min_size=1, max_size=4, unique=True)


def answers(make_validators, rules, changes, texts):
    """Build validators from a table, apply `changes` to that table, then ask
    every validator about every text."""
    table = dict(rules)
    check = make_validators(table)
    table.update(changes)
    return {field: [validate(text) for text in texts] for field, validate in check.items()}


@kata_settings
@given(rules=tables, texts=texts)
def test_each_validator_checks_its_own_field_and_rule(reference, rules, texts):
    got = answers(make_validators, rules, {}, texts)
    want = answers(reference.make_validators, rules, {}, texts)
    assert_same(got, want, rules=rules, texts=texts)


@kata_settings
@given(rules=tables, changes=tables, texts=texts)
@example(rules={"pin": (4, 4)}, changes={"pin": (6, 6)}, texts=["xxxx"])  # a stricter form later
def test_changing_the_table_later_leaves_validators_already_made_alone(
    reference, rules, changes, texts
):
    got = answers(make_validators, rules, changes, texts)
    want = answers(reference.make_validators, rules, changes, texts)
    assert_same(got, want, rules=rules, changes_made_afterwards=changes, texts=texts)
