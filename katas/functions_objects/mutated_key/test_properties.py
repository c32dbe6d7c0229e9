from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import check_prediction, check_reasons_without_running, kata_settings

from . import predictions
from .predictions import still_found
from .snippets import CONTAINER_KINDS, FIELDS, found_after_change

# "identity", or one to three fields in any order.
hashed_ons = st.just("identity") | st.lists(
    st.sampled_from(FIELDS), min_size=1, max_size=len(FIELDS), unique=True
).map(tuple)
# Every kind of hashing, with the fields in FIELDS order, for the explicit examples.
HASHED_ONS = [
    "identity",
    *[(name,) for name in FIELDS],
    *[tuple(name for name in FIELDS if name != left_out) for left_out in FIELDS],
    FIELDS,
]


def on_every_case_first(test):
    """Run the test on every container, kind of hashing and field first: none is ever missed."""
    for container_kind in reversed(CONTAINER_KINDS):
        for hashed_on in reversed(HASHED_ONS):
            for mutated_field in reversed(FIELDS):
                test = example(
                    container_kind=container_kind,
                    hashed_on=hashed_on,
                    mutated_field=mutated_field,
                )(test)
    return test


@kata_settings
@on_every_case_first
@given(
    container_kind=st.sampled_from(CONTAINER_KINDS),
    hashed_on=hashed_ons,
    mutated_field=st.sampled_from(FIELDS),
)
def test_the_rule_matches_what_python_does(container_kind, hashed_on, mutated_field):
    check_prediction(
        f"still_found({container_kind!r}, {hashed_on!r}, {mutated_field!r})",
        still_found(container_kind, hashed_on, mutated_field),
        found_after_change(container_kind, hashed_on, mutated_field),
    )


def test_the_answers_come_from_reasoning_not_from_running_the_snippets():
    path = Path(predictions.__file__)
    check_reasons_without_running(path.read_text(), path.name, forbidden={"snippets"})
