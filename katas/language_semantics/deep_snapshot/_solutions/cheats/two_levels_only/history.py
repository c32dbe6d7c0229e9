"""Blind cheat: copies the outer container and each row, but nothing deeper.

Differs: s = [[[1]]]; saved = snapshot(s); s[0][0].append(2) -> saved == [[[1, 2]]].
"""

from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def _copy(item: Json) -> Json:
    return item.copy() if isinstance(item, (list, dict)) else item


def snapshot(state: State) -> State:
    if isinstance(state, dict):
        return {key: _copy(value) for key, value in state.items()}
    return [_copy(row) for row in state]
