"""Blind cheat: predicts nothing: PREDICTIONS runs the snippets and still_found() runs
snippets.found_after_change() instead of answering by a rule.

Differs on: no input value; it breaks "answers without running anything" (still_found imports
and executes the experiment, and PREDICTIONS is computed by calling the snippets).
"""

from .snippets import SNIPPETS, found_after_change


def _outcome(name: str) -> object:
    try:
        return SNIPPETS[name]()
    except Exception as error:
        return type(error)


PREDICTIONS: dict[str, object] = {name: _outcome(name) for name in SNIPPETS}


def still_found(container_kind: str, hashed_on: tuple[str, ...] | str, mutated_field: str) -> bool:
    """True if `key in container` still finds the key after `mutated_field` changed."""
    return found_after_change(container_kind, hashed_on, mutated_field)
