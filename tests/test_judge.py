"""The judge: from a kata's test outcomes to the status the learner sees."""

from __future__ import annotations

from pytest_senior_katas.core.judge import (
    COLLECT,
    EXAMPLES,
    HIDDEN_TESTS,
    PROPERTIES,
    SUITE,
    Counterexample,
    Failure,
    ImplementationRun,
    Outcome,
    Verdict,
    judge,
    judge_suite,
)

SHRUNK = Counterexample(inputs={"clicks": "2"}, expected="[1, 2]", actual="[1, 1]")


def passed(phase: str, test: str = "") -> Outcome:
    return Outcome(phase, passed=True, test=test or f"test_{phase}")


def failed(
    phase: str,
    message: str = "assert 1 == 2",
    *,
    timeout: bool = False,
    setup_error: bool = False,
    counterexample: Counterexample | None = None,
) -> Outcome:
    return Outcome(
        phase,
        passed=False,
        test=f"test_{phase}",
        message=message,
        timeout=timeout,
        setup_error=setup_error,
        counterexample=counterexample,
    )


def test_nothing_ran_is_no_verdict() -> None:
    assert judge([]) is None


def test_everything_passing_is_solved() -> None:
    assert judge([passed(COLLECT), passed(EXAMPLES), passed(PROPERTIES)]) == Verdict("solved")


def test_examples_alone_passing_is_solved() -> None:
    assert judge([passed(EXAMPLES), passed(EXAMPLES, "test_two")]) == Verdict("solved")


def test_a_failing_example_is_unsolved_with_its_test_and_message() -> None:
    verdict = judge([passed(EXAMPLES, "test_one"), failed(EXAMPLES), passed(PROPERTIES)])

    assert verdict == Verdict("unsolved", "assert 1 == 2", "test_examples")


def test_a_failing_example_is_unsolved_even_when_a_property_fails_too() -> None:
    verdict = judge([failed(PROPERTIES, counterexample=SHRUNK), failed(EXAMPLES)])

    assert verdict is not None
    assert verdict.status == "unsolved"
    assert verdict.counterexample is None


def test_passing_examples_with_a_failing_property_is_fitted_with_the_counterexample() -> None:
    verdict = judge(
        [passed(EXAMPLES), failed(PROPERTIES, "for clicks=2: expected", counterexample=SHRUNK)]
    )

    assert verdict == Verdict("fitted", "for clicks=2: expected", "test_properties", SHRUNK)


def test_a_collection_failure_is_an_error() -> None:
    verdict = judge([failed(COLLECT, "SyntaxError: invalid syntax")])

    assert verdict == Verdict("error", "SyntaxError: invalid syntax", "test_collect")


def test_a_collection_failure_wins_over_failing_examples() -> None:
    verdict = judge([failed(EXAMPLES), failed(COLLECT, "ImportError")])

    assert verdict is not None
    assert verdict.status == "error"


def test_a_setup_error_is_an_error_not_a_wrong_answer() -> None:
    verdict = judge([failed(EXAMPLES, "fixture 'board' not found", setup_error=True)])

    assert verdict == Verdict("error", "fixture 'board' not found", "test_examples")


def test_a_timeout_wins_over_everything() -> None:
    outcomes = [
        failed(COLLECT, "ImportError"),
        failed(EXAMPLES, "assert False"),
        failed(EXAMPLES, "setup", setup_error=True),
        failed(PROPERTIES, "looped", timeout=True),
    ]

    verdict = judge(outcomes)

    assert verdict == Verdict("timeout", "looped", "test_properties")


def test_a_timeout_without_a_message_suggests_an_infinite_loop() -> None:
    verdict = judge([failed(EXAMPLES, "", timeout=True)])

    assert verdict is not None
    assert verdict.status == "timeout"
    assert "infinite loop" in verdict.reason


def test_only_properties_passing_is_no_verdict() -> None:
    assert judge([passed(PROPERTIES), passed(PROPERTIES, "test_other")]) is None


def test_only_a_successful_collection_is_no_verdict() -> None:
    assert judge([passed(COLLECT)]) is None


def test_judge_accepts_any_iterable_of_outcomes() -> None:
    assert judge(iter([passed(EXAMPLES)])) == Verdict("solved")


# -- write-tests: the learner's tests against hidden implementations -------------


def correct(number: int, *failures: Failure, tests: int = 3) -> ImplementationRun:
    return ImplementationRun(
        f"correct implementation {number}", True, tests=tests, failures=failures
    )


def bug(does: str, *failures: Failure, tests: int = 3) -> ImplementationRun:
    return ImplementationRun(f"planted bug {does}", False, does, tests, failures)


def hidden(*runs: ImplementationRun) -> list[Outcome]:
    return [Outcome(SUITE, True, "test_a"), Outcome(SUITE, True, HIDDEN_TESTS, hidden=runs)]


def caught(test: str = "test_a") -> Failure:
    return Failure(test, "assert 1 == 2")


def test_a_suite_that_passes_the_correct_and_catches_every_bug_is_solved() -> None:
    outcomes = hidden(correct(2), bug("drops a cent", caught()), bug("ignores ties", caught()))
    assert judge_suite(outcomes, "bill.py", False) == Verdict("solved")


def test_a_surviving_bug_is_named_by_its_description() -> None:
    verdict = judge_suite(
        hidden(correct(2), bug("drops a cent", caught()), bug("ignores ties")), "bill.py", False
    )
    assert verdict is not None
    assert verdict.status == "unsolved"
    assert (
        verdict.reason == "your tests pass on code that ignores ties (caught 1 of 2 planted bugs)"
    )


def test_a_failure_on_a_correct_implementation_comes_first_and_is_over_specified() -> None:
    verdict = judge_suite(hidden(correct(2, caught("test_private")), bug("x")), "bill.py", False)
    assert verdict is not None
    assert verdict.test == "test_private"
    assert "fails on a correct implementation" in verdict.reason
    assert verdict.reason.endswith("does it test how, rather than what?")


def test_no_test_at_all_and_no_bug_caught_are_both_vacuous() -> None:
    empty = judge_suite(hidden(correct(2, tests=0), bug("x", tests=0)), "bill.py", False)
    assert empty is not None
    assert empty.reason.startswith("vacuous: there is no test yet")
    idle = judge_suite(hidden(correct(2), bug("x"), bug("y")), "bill.py", False)
    assert idle is not None
    assert idle.reason.startswith("vacuous: your tests pass on all 2 planted bugs")


def test_a_failure_on_the_shipped_module_is_over_specified_and_on_the_learners_module_news() -> (
    None
):
    outcomes = [Outcome(SUITE, False, "test_a", "assert 3 == 4"), *hidden(correct(2))[1:]]
    shipped = judge_suite(outcomes, "bill.py", learners_module=False)
    assert shipped is not None
    assert "fails on bill.py as shipped" in shipped.reason
    theirs = judge_suite(outcomes, "bill.py", learners_module=True)
    assert theirs is not None
    assert "if it reproduces the bug, now fix bill.py" in theirs.reason


def test_without_the_hidden_run_there_is_no_verdict() -> None:
    assert judge_suite([Outcome(SUITE, True, "test_a")], "bill.py", False) is None
    assert judge_suite([passed(EXAMPLES), Outcome(SUITE, True, "test_a")], "b.py", False) is None


def test_a_failing_example_is_unsolved_even_when_the_hidden_run_never_came() -> None:
    # `pytest --katas -x` stops at the first failing example, before the hidden run.
    verdict = judge_suite([passed(EXAMPLES), failed(EXAMPLES, "wrong answer")], "b.py", True)
    assert verdict == Verdict("unsolved", "wrong answer", "test_examples")


def test_distinguish_needs_each_bug_caught_by_its_own_set_of_tests() -> None:
    same = hidden(correct(2), bug("drops a cent", caught()), bug("ignores ties", caught()))
    verdict = judge_suite(same, "bill.py", False, distinguish=True)
    assert verdict is not None
    assert verdict.status == "unsolved"
    assert "drops a cent" in verdict.reason
    assert "ignores ties" in verdict.reason
    apart = hidden(correct(2), bug("drops a cent", caught("t1")), bug("ignores ties", caught("t2")))
    assert judge_suite(apart, "bill.py", False, distinguish=True) == Verdict("solved")


def test_the_kata_s_own_properties_judge_a_module_the_learner_fixes() -> None:
    outcomes = [*hidden(correct(1), bug("x", caught())), Outcome(PROPERTIES, False, "test_p", "no")]
    verdict = judge_suite(outcomes, "parser.py", learners_module=True)
    assert verdict is not None
    assert verdict.status == "fitted"
