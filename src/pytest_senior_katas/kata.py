"""What kata tests import: deterministic Hypothesis settings and a comparison
that carries its inputs to the kata summary.

Only kata tests import this module (it imports Hypothesis), so a plain pytest
run with the plugin installed never pays for it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, Phase, settings

#: Settings for every property test of a kata: explicit (no reliance on the
#: active profile), deterministic (the same examples on every run, so a
#: verdict never flips), and writing no example database into the workspace.
#: The "explain" phase is left out: it traces every line (slow on a failure) and
#: would fight with the coverage check.
kata_settings = settings(
    phases=[Phase.explicit, Phase.generate, Phase.target, Phase.shrink],
    max_examples=100,
    report_multiple_bugs=False,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow],
)

_REPR_LIMIT = 200


def short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _REPR_LIMIT else text[: _REPR_LIMIT - 3] + "..."


class Mismatch(AssertionError):
    """The learner's result differs from the expected one for these inputs.

    The kata summary reads ``inputs``, ``expected`` and ``actual`` from the
    exception itself, so it shows the smallest failing input Hypothesis found
    without parsing Hypothesis's own output.
    """

    def __init__(self, actual: object, expected: object, inputs: dict[str, object]) -> None:
        self.inputs = {name: short_repr(value) for name, value in inputs.items()}
        self.expected = short_repr(expected)
        self.actual = short_repr(actual)
        args = ", ".join(f"{k}={v}" for k, v in self.inputs.items())
        super().__init__(f"for {args}: expected {self.expected}, got {self.actual}")


def assert_same(actual: Any, expected: Any, /, **inputs: Any) -> None:
    """Assert ``actual == expected``; on failure, report the named inputs too.

    Use it in property tests so that a fitted solution is shown with the
    smallest input that breaks it::

        assert_same(learner_result, reference_result, words=words)
    """
    if actual != expected:
        raise Mismatch(actual, expected, inputs)
