"""Reference: copy.deepcopy copies every container, at every depth."""

import copy
from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def snapshot(state: State) -> State:
    return copy.deepcopy(state)
