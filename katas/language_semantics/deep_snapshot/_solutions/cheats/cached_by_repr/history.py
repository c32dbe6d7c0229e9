"""Blind cheat: caches snapshots by repr(state), so equal states get the same snapshot object back.

Differs: b = [1]; s1 = snapshot(b); s1.append(9); snapshot(b) -> [1, 9] (should be [1]).
"""

import copy
from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


_seen: dict[str, State] = {}


def snapshot(state: State) -> State:
    key = repr(state)
    if key not in _seen:  # identical positions repeat a lot; copy each once
        _seen[key] = copy.deepcopy(state)
    return _seen[key]
