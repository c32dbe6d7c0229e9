from typing import NamedTuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import proposals
from .harness import Workload
from .review import review


class PoolClosed(Exception):
    """An error no proposal author thought of."""


class Shutdown(BaseException):
    """Not an Exception: review() must let it through."""


def in_batches_of_two(backend, ids):
    names = []
    for start in range(0, len(ids), 2):
        found = backend.get_many(ids[start : start + 2])
        names.extend(found[customer_id] for customer_id in ids[start : start + 2])
    return names


KINDS = {
    "one_by_one": lambda: proposals.one_by_one,
    "with_a_cache": lambda: proposals.with_a_cache,
    "batched": lambda: proposals.batched,
    "in_batches_of_two": lambda: in_batches_of_two,
    "tight_loop": lambda: proposals.tight_loop,
    "prefetch_everyone": lambda: proposals.prefetch_everyone,
    "each_customer_once": lambda: proposals.each_customer_once,
    "cache_for_the_process": proposals.cache_for_the_process,
}
# Correct runs without state between calls: any of them may be the code to beat.
BASELINES = ["one_by_one", "with_a_cache", "batched", "in_batches_of_two", "prefetch_everyone"]
ERRORS = {
    error.__name__: error
    for error in [ValueError, KeyError, RuntimeError, ZeroDivisionError, PoolClosed]
}


class Recipe(NamedTuple):
    """How a generated proposal works: an approach, extra work on top, and a twist."""

    approach: str
    extra_round_trips: int = 0
    rows_read_twice: int = 0
    twist: str | tuple[str, str] | None = None


def build(recipe):
    """A proposal from its recipe.

    Built afresh for each review, so that a proposal's own state (a cache for
    the process) starts empty for the learner's review and for the reference's.
    """
    kind, wasted_trips, wasted_rows, twist = recipe
    answer_with = KINDS[kind]()

    def run(backend, ids):
        for _ in range(wasted_trips):
            backend.get_many([])  # a round trip that reads nothing
        for customer_id in ids[:wasted_rows]:
            backend.get(customer_id)  # a row read twice
        answer = answer_with(backend, ids)
        match twist:
            case "reversed":
                answer.reverse()
            case "as a tuple":
                answer = tuple(answer)
            case "drops the last":
                answer = answer[:-1]
            case "empties its input":
                ids.clear()
            case "sorts its input":
                ids.sort()
            case ("raises", error):
                raise ERRORS[error]("the proposal gave up")
            case ("raises on repeats", error) if len(set(ids)) < len(ids):
                raise ERRORS[error]("a repeated id")
        return answer

    return run


twists = st.sampled_from(
    [
        None,
        None,
        None,
        "reversed",
        "as a tuple",
        "drops the last",
        "empties its input",
        "sorts its input",
    ]
) | st.tuples(st.sampled_from(["raises", "raises on repeats"]), st.sampled_from(sorted(ERRORS)))
recipes = st.builds(
    Recipe, st.sampled_from(sorted(KINDS)), st.integers(0, 5), st.integers(0, 3), twists
)
proposal_names = st.text(min_size=1, max_size=6)
names = st.sampled_from(["Ada", "Bo", "Cy", "Dee", "Ada"]) | st.text(max_size=3)


@st.composite
def workload_lists(draw):
    """Workloads over one store, some after a customer was renamed or the store changed."""
    table = draw(st.dictionaries(st.integers(-3, 12), names, max_size=6))
    workloads = []
    for _ in range(draw(st.integers(0, 4))):
        change = draw(st.sampled_from(["same", "same", "renamed", "another store"]))
        if change == "renamed" and table:
            table = {**table, draw(st.sampled_from(sorted(table))): draw(names)}
        elif change == "another store":
            table = draw(st.dictionaries(st.integers(-3, 12), names, max_size=6))
        ids = draw(st.lists(st.sampled_from(sorted(table)), max_size=7)) if table else []
        workloads.append(Workload(dict(table), tuple(ids)))
    return workloads


def count(value):
    """A count as the summary shows it: an int, or what it is instead."""
    return value if type(value) is int else f"{value!r}, not an int"


def reviewed(review, baseline, recipes, workloads):
    """Each finding as the summary shows it; every proposal built afresh for this review."""
    findings = review(KINDS[baseline](), {name: build(r) for name, r in recipes.items()}, workloads)
    return {
        name: f"round_trips={count(f.round_trips)}, rows={count(f.rows)}, verdict={f.verdict!r}"
        for name, f in findings.items()
    }


CUSTOMERS = {1: "Ada", 2: "Bo", 3: "Cy"}


@settings(parent=kata_settings, max_examples=50)
@given(
    baseline=st.sampled_from(BASELINES),
    recipes=st.dictionaries(proposal_names, recipes, max_size=4),
    workloads=workload_lists(),
)
@example(  # an error that is neither a LookupError nor a ValueError
    baseline="one_by_one",
    recipes={"p": Recipe("batched", 0, 0, ("raises", "PoolClosed"))},
    workloads=[Workload(CUSTOMERS, (1, 2))],
)
@example(  # a run that raised still did its work
    baseline="one_by_one",
    recipes={"p": Recipe("one_by_one", 1, 1, ("raises", "ValueError"))},
    workloads=[Workload(CUSTOMERS, (1, 2))],
)
@example(  # a run that changes its own list must not change the next run's
    baseline="one_by_one",
    recipes={"a": Recipe("batched", 0, 0, "empties its input"), "b": Recipe("tight_loop")},
    workloads=[Workload(CUSTOMERS, (2, 1))],
)
@example(  # the right names in the wrong order are a wrong answer
    baseline="one_by_one",
    recipes={"p": Recipe("one_by_one", 0, 0, "reversed")},
    workloads=[Workload(CUSTOMERS, (1, 2))],
)
@example(  # a run happens once per workload: a cache is not warmed by a rehearsal
    baseline="one_by_one",
    recipes={"p": Recipe("cache_for_the_process")},
    workloads=[Workload(CUSTOMERS, (1, 2)), Workload(CUSTOMERS, (2, 3))],
)
@example(  # a broken proposal is still measured on every workload
    baseline="one_by_one",
    recipes={"p": Recipe("batched", 0, 0, ("raises on repeats", "KeyError"))},
    workloads=[Workload(CUSTOMERS, (1, 1)), Workload(CUSTOMERS, (1, 2, 3))],
)
@example(  # totals decide: better on one workload, worse on another, is no gain
    baseline="one_by_one",
    recipes={"p": Recipe("each_customer_once")},
    workloads=[Workload(CUSTOMERS, ()), Workload(CUSTOMERS, (1, 2))],
)
@example(  # the same round trips, fewer rows: helps
    baseline="one_by_one",
    recipes={"p": Recipe("with_a_cache", 1)},
    workloads=[Workload(CUSTOMERS, (1, 1))],
)
@example(  # the same round trips, one row more: worse
    baseline="one_by_one",
    recipes={"p": Recipe("prefetch_everyone")},
    workloads=[Workload({1: "Ada", 2: "Bo"}, (1,))],
)
@example(  # one round trip fewer, one row more: a trade-off
    baseline="one_by_one",
    recipes={"p": Recipe("prefetch_everyone")},
    workloads=[Workload(CUSTOMERS, (1, 2))],
)
@example(  # more round trips, the same rows: worse
    baseline="one_by_one",
    recipes={"p": Recipe("tight_loop", 1)},
    workloads=[Workload(CUSTOMERS, (1,))],
)
@example(  # fewer round trips, the same rows: helps
    baseline="one_by_one",
    recipes={"p": Recipe("batched")},
    workloads=[Workload(CUSTOMERS, (3, 1))],
)
@example(  # fewer rows for more round trips is a trade-off
    baseline="one_by_one",
    recipes={"p": Recipe("with_a_cache", 3)},
    workloads=[Workload(CUSTOMERS, (1, 1, 1))],
)
def test_every_proposal_is_measured_and_judged(reference, baseline, recipes, workloads):
    assert_same(
        reviewed(review, baseline, recipes, workloads),
        reviewed(reference.review, baseline, recipes, workloads),
        baseline=baseline,
        proposals=recipes,
        workloads=workloads,
    )


@settings(parent=kata_settings, max_examples=25)
@given(
    error=st.sampled_from([KeyboardInterrupt, SystemExit, GeneratorExit, Shutdown]),
    before=st.lists(recipes, max_size=2),
    workloads=workload_lists().filter(bool),
)
def test_what_is_not_an_exception_goes_through(error, before, workloads):
    raised = error("stop")

    def interrupted(backend, ids):
        raise raised

    runs = {f"p{i}": build(recipe) for i, recipe in enumerate(before)}
    with pytest.raises(error) as caught:
        review(proposals.one_by_one, {**runs, "interrupted": interrupted}, workloads)
    assert caught.value is raised
