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


def use_kata_profile() -> None:
    """Make :data:`kata_settings` the active Hypothesis profile: tests a learner writes
    (write-tests katas) then run as deterministically as the kata's own."""
    settings.register_profile("senior-katas", kata_settings)
    settings.load_profile("senior-katas")


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
    __tracebackhide__ = True  # the learner's traceback ends at the kata's test
    if actual != expected:
        raise Mismatch(actual, expected, inputs)


# -- predict katas ---------------------------------------------------------------

#: Types a prediction may be built from. Anything else (``unittest.mock.ANY``, an
#: object whose ``__eq__`` always answers True) could match every answer.
_PLAIN_TYPES = (
    type(None),
    bool,
    int,
    float,
    complex,
    str,
    bytes,
    tuple,
    list,
    dict,
    set,
    frozenset,
)


class WrongPrediction(AssertionError):
    """A prediction differs from what Python does. Its message never says what Python did."""


def _exact(value: object) -> object:
    """``value`` with every type made part of its value: ``1``, ``1.0`` and ``True`` differ.

    Raises TypeError for anything that is not plain data or a class.
    """
    kind = type(value)
    if isinstance(value, type):
        return ("class", value.__module__, value.__qualname__)
    if kind not in _PLAIN_TYPES:
        raise TypeError(kind.__name__)
    if kind in (list, tuple):
        return (kind.__name__, tuple(_exact(v) for v in value))  # type: ignore[attr-defined]
    if kind in (set, frozenset):
        return (kind.__name__, frozenset(_exact(v) for v in value))  # type: ignore[attr-defined]
    if kind is dict:
        items = value.items()  # type: ignore[attr-defined]
        return ("dict", frozenset((_exact(k), _exact(v)) for k, v in items))
    if kind is float and value != value:  # nan: equal to itself as a prediction
        return ("float", "nan")
    return (kind.__name__, value)


def check_prediction(name: str, predicted: object, actual: object, about: str = "") -> None:
    """Fail unless ``predicted`` is exactly ``actual`` (same value, same types, all the way down).

    The failure shows the learner's prediction and says it is wrong, never
    Python's answer. A placeholder (``...``) or an object that is not plain data
    (a mock, an object that equals everything) is refused as a prediction.
    ``about`` is added to the message, e.g. ``"; `a` started as [0]"``.
    """
    __tracebackhide__ = True
    if predicted is Ellipsis:
        raise WrongPrediction(f"{name}: no prediction yet (replace the ...){about}")
    try:
        mine = _exact(predicted)
    except TypeError as e:
        raise WrongPrediction(
            f"{name}: a {e} object is not a prediction; write the value itself "
            f"(numbers, strings, None, lists, tuples, dicts, sets, classes){about}"
        ) from None
    try:
        answer = _exact(actual)
    except TypeError:
        answer = object()  # Python's answer is not plain data: no plain prediction matches
    if mine != answer:
        raise WrongPrediction(f"{name}: your prediction {short_repr(predicted)} is wrong{about}")


#: Names a rule must not use to find its answer by running or inspecting code.
_RUNNING = {"exec", "eval", "compile", "__import__", "globals", "vars", "locals", "breakpoint"}
_INSPECTING = {"modules", "f_globals", "f_locals", "__globals__", "__code__", "__closure__"}


def check_reasons_without_running(source: str, filename: str, forbidden: set[str]) -> None:
    """Fail if the code in ``source`` imports a module in ``forbidden`` (by its last
    dotted name, e.g. ``"snippets"``) or reaches for exec, eval, sys.modules and the like.

    For predict katas whose learner writes a rule: the rule must reason about the
    snippets, not run them to read off the answer.
    """
    __tracebackhide__ = True
    import ast

    banned = set(forbidden) | {"importlib", "runpy", "inspect", "subprocess", "ctypes"}
    for node in ast.walk(ast.parse(source, filename)):
        line = getattr(node, "lineno", 0)
        where = f"{filename}:{line}"
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [alias.name for alias in node.names]
        else:
            names = []
        for name in names:
            if name.split(".")[-1] in banned or name.split(".")[0] in banned:
                raise WrongPrediction(
                    f"{where}: the rule imports {name}: reason about the code, do not run it"
                )
        if isinstance(node, ast.Name) and node.id in _RUNNING:
            raise WrongPrediction(f"{where}: the rule uses {node.id}(): reason, do not run code")
        if isinstance(node, ast.Attribute) and node.attr in _INSPECTING:
            raise WrongPrediction(
                f"{where}: the rule reads .{node.attr}: reason about the code, do not inspect it"
            )
