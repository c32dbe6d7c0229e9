from .history import snapshot


def test_a_snapshot_equals_the_board_when_taken():
    board = [[" ", "X"], ["O", " "]]
    assert snapshot(board) == [[" ", "X"], ["O", " "]]


def test_a_move_on_the_live_board_leaves_the_snapshot_alone():
    board = [[" ", " "], [" ", " "]]
    saved = snapshot(board)
    board[0][1] = "X"
    assert saved == [[" ", " "], [" ", " "]]


def test_editing_the_snapshot_leaves_the_live_board_alone():
    board = [["X", " "], [" ", "O"]]
    saved = snapshot(board)
    saved[1][1] = " "
    assert board == [["X", " "], [" ", "O"]]


def test_the_undo_history_keeps_every_position():
    board = [[" ", " "], [" ", " "]]
    history = []
    for row, col, mark in [(0, 0, "X"), (1, 1, "O")]:
        history.append(snapshot(board))
        board[row][col] = mark
    assert history == [
        [[" ", " "], [" ", " "]],
        [["X", " "], [" ", " "]],
    ]
