"""Blind cheat: recurses into lists but copies dicts shallowly, so lists inside dicts are shared.

Differs: s = {"hand": [1]}; saved = snapshot(s); s["hand"].append(2) -> saved == {"hand": [1, 2]}.
"""

from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def snapshot(state: State) -> State:
    if isinstance(state, dict):
        return dict(state)
    return [snapshot(item) if isinstance(item, (list, dict)) else item for item in state]
