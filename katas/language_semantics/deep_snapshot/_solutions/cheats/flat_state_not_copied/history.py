"""Blind cheat: skips the copy when nothing is nested ("ints and strings cannot change"), returning
the state itself.

Differs: s = [1, 2]; saved = snapshot(s); s.append(3) -> saved == [1, 2, 3] (saved is s).
"""

import copy
from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def snapshot(state: State) -> State:
    values = state.values() if isinstance(state, dict) else state
    if not any(isinstance(item, (list, dict)) for item in values):
        return state  # nothing mutable inside, nothing to copy
    return copy.deepcopy(state)
