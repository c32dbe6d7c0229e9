"""The mutants --katas-check runs against a kata's tests: plausible, compilable, stable."""

from __future__ import annotations

import textwrap

from pytest_senior_katas.core.mutation import mutants

SOURCE = textwrap.dedent(
    '''\
    """A module docstring is never mutated."""

    from typing import Protocol

    LIMIT = 3


    class Loader(Protocol):
        name: str

        def load(self) -> str: ...


    def pick(values: list[int], floor: int = 0) -> int | None:
        """Neither is a function's docstring."""
        best = None
        for value in values:
            if value >= floor and (best is None or value > best):
                best = value
        try:
            return best + LIMIT
        except (TypeError, ValueError):
            return None
    '''
)


def ids(source: str = SOURCE) -> list[str]:
    return [m.id for m in mutants("pick.py", source)]


def test_every_kind_of_mutant_is_generated() -> None:
    found = {m.operator for m in mutants("pick.py", SOURCE)}
    assert found >= {"compare", "boolean", "arithmetic", "constant", "return", "remove", "except"}
    assert "pick.py:18: value >= floor -> value > floor" in ids()
    assert (
        "pick.py:18: value >= floor and (best is None or value > best) -> "
        "value >= floor or (best is None or value > best)"
    ) in ids()
    assert "pick.py:21: best + LIMIT -> best - LIMIT" in ids()
    assert "pick.py:5: 3 -> 4" in ids()
    assert "pick.py:19: best = value -> pass" in ids()
    assert "pick.py:22: except (TypeError, ValueError) -> except (ValueError,)" in ids()


def test_docstrings_imports_annotations_and_declarations_are_left_alone() -> None:
    text = "\n".join(ids())
    assert "docstring" not in text
    assert "typing" not in text
    assert "name: str" not in text  # a bare annotation does nothing at run time
    assert ": ... ->" not in text
    assert "int | None" not in text


def test_each_mutant_compiles_differs_from_the_original_and_from_the_others() -> None:
    found = mutants("pick.py", SOURCE)
    sources = [m.source for m in found]
    assert len(set(sources)) == len(sources)
    for source in sources:
        compile(source, "pick.py", "exec")
    assert len({m.id for m in found}) == len(found)


def test_mutants_come_in_the_same_order_with_the_same_ids_every_time() -> None:
    assert ids() == ids()


def test_identity_becomes_equality_only_against_a_non_singleton() -> None:
    source = "def same(a, b):\n    return a is b and a is not None\n"
    found = ids(source)
    assert "pick.py:2: a is b -> a == b" in found
    assert not any("a != None" in i for i in found)


def test_calls_with_two_arguments_are_swapped_and_decorators_removed() -> None:
    source = "import functools\n\n\n@functools.cache\ndef f(a, b):\n    return divmod(a, b)\n"
    found = ids(source)
    assert "pick.py:6: divmod(a, b) -> divmod(b, a)" in found
    assert "pick.py:5: @functools.cache def f -> def f" in found
