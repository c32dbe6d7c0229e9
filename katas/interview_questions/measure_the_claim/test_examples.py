import pytest

from .harness import Workload
from .proposals import (
    batched,
    cache_for_the_process,
    each_customer_once,
    one_by_one,
    prefetch_everyone,
    tight_loop,
    with_a_cache,
)
from .review import Finding, review

CUSTOMERS = {1: "Ada", 2: "Bo", 3: "Cy", 4: "Dee", 5: "Eve", 6: "Fay", 7: "Gus", 8: "Hal"}
EACH_ONCE = Workload(CUSTOMERS, (3, 1, 2))
REPEATS = Workload(CUSTOMERS, (1, 2, 1, 1))


def test_batching_cuts_round_trips_and_reads_the_same_rows():
    assert review(one_by_one, {"batched": batched}, [EACH_ONCE]) == {
        "batched": Finding(round_trips=1, rows=3, verdict="helps")
    }


def test_a_cache_gains_nothing_when_no_customer_repeats():
    assert review(one_by_one, {"cache": with_a_cache}, [EACH_ONCE]) == {
        "cache": Finding(round_trips=3, rows=3, verdict="no gain")
    }


def test_a_cache_helps_when_customers_repeat():
    assert review(one_by_one, {"cache": with_a_cache}, [REPEATS]) == {
        "cache": Finding(round_trips=2, rows=2, verdict="helps")
    }


def test_a_tighter_loop_does_the_same_work():
    assert review(one_by_one, {"loop": tight_loop}, [EACH_ONCE, REPEATS]) == {
        "loop": Finding(round_trips=7, rows=7, verdict="no gain")
    }


def test_prefetching_everyone_trades_rows_for_round_trips():
    assert review(one_by_one, {"prefetch": prefetch_everyone}, [EACH_ONCE]) == {
        "prefetch": Finding(round_trips=1, rows=8, verdict="trade-off")
    }


def test_a_cheaper_wrong_answer_breaks():
    findings = review(one_by_one, {"once": each_customer_once}, [REPEATS])
    assert findings["once"].verdict == "breaks"


def test_doing_more_work_is_worse():
    def twice(backend, ids):
        for customer_id in ids:
            backend.get(customer_id)
        return [backend.get(customer_id) for customer_id in ids]

    assert review(one_by_one, {"twice": twice}, [EACH_ONCE]) == {
        "twice": Finding(round_trips=6, rows=6, verdict="worse")
    }


def test_a_proposal_that_raises_breaks_and_the_review_goes_on():
    def needs_ids(backend, ids):
        raise ValueError("no ids")

    findings = review(one_by_one, {"raises": needs_ids, "batched": batched}, [EACH_ONCE])
    assert findings == {
        "raises": Finding(round_trips=0, rows=0, verdict="breaks"),
        "batched": Finding(round_trips=1, rows=3, verdict="helps"),
    }


def test_a_process_wide_cache_breaks_once_a_customer_is_renamed():
    renamed = Workload({**CUSTOMERS, 1: "Ada Lovelace"}, (1, 2))
    findings = review(one_by_one, {"process": cache_for_the_process()}, [REPEATS, renamed])
    assert findings["process"].verdict == "breaks"


def test_a_process_wide_cache_helps_while_nobody_is_renamed():
    findings = review(one_by_one, {"process": cache_for_the_process()}, [REPEATS, REPEATS])
    assert findings == {"process": Finding(round_trips=2, rows=2, verdict="helps")}


def test_no_workloads_no_gain():
    assert review(one_by_one, {"batched": batched}, []) == {
        "batched": Finding(round_trips=0, rows=0, verdict="no gain")
    }


def test_keyboard_interrupt_is_not_a_verdict():
    def interrupted(backend, ids):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        review(one_by_one, {"interrupted": interrupted}, [EACH_ONCE])
