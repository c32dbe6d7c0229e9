"""Blind cheat: does not reason at all: runs the snippets and asks managers.what_escapes (imports snippets.py and managers.py, which the contract forbids).

Differs on: the source rule itself: predictions.py imports snippets and managers (and runs the code);
any check of its imports, or a managers module whose MANAGERS change, exposes it.
"""

from .managers import what_escapes
from .snippets import SNIPPETS


def _outcome(snippet):
    try:
        return snippet()
    except Exception as error:
        return type(error)


PREDICTIONS: dict[str, object] = {name: _outcome(snippet) for name, snippet in SNIPPETS.items()}


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    return what_escapes(list(names), raised)
