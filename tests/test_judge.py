"""The judge: from a kata's test outcomes to the status the learner sees."""

from __future__ import annotations

from pytest_senior_katas.core.judge import (
    COLLECT,
    EXAMPLES,
    PROPERTIES,
    Counterexample,
    Outcome,
    Verdict,
    judge,
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
