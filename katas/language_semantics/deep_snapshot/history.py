"""Snapshots of a game's state, for an undo history.

snapshot(state) returns a copy of `state` to keep in the undo history. The
state is JSON-like: a list or a dict whose items are ints, strings, or more
lists and dicts, nested to any depth. A snapshot equals the state when it is
taken, and from then on the two are independent: no change to the live state,
at any depth, shows up in the snapshot, and no change to the snapshot shows up
in the state. Every call makes a new snapshot: two snapshots of one state
share nothing with each other either. Taking a snapshot does not change the
state. Any list or dict in it may be empty, and dict keys are strings.

    >>> board = [[" ", " "], [" ", " "]]
    >>> saved = snapshot(board)
    >>> board[0][1] = "X"
    >>> saved
    [[' ', ' '], [' ', ' ']]

Right now the saved board shows the "X" too, so undo cannot take the move back.
Work out what the snapshot still shares with the live board, and make
snapshot() copy all of it, however deep the state goes.
"""

from typing import TypeAlias

Json: TypeAlias = int | str | list["Json"] | dict[str, "Json"]
State: TypeAlias = list[Json] | dict[str, Json]


def snapshot(state: State) -> State:
    return state.copy()  # TODO: a new outer list, but what about the rows inside it?
