from .grid import make_grid


def test_a_new_grid_is_all_fill_values():
    assert make_grid(3, 2, int) == [[0, 0, 0], [0, 0, 0]]
    assert make_grid(2, 1, str) == [["", ""]]


def test_a_write_changes_one_cell_not_its_column():
    grid = make_grid(3, 3, int)
    grid[0][1] = 5
    assert grid == [[0, 5, 0], [0, 0, 0], [0, 0, 0]]


def test_the_rows_of_a_grid_are_different_lists():
    grid = make_grid(2, 3, int)
    grid[2].append(9)
    assert [len(row) for row in grid] == [2, 2, 3]


def test_a_piece_put_on_a_square_is_not_on_the_square_below_it():
    board = make_grid(2, 2, list)
    board[0][1].append("king")
    assert board[0][1] == ["king"]
    assert board[1][1] == []
