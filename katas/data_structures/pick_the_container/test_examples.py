import json

from .route import first_loop


def test_a_robot_that_comes_back_is_caught():
    assert first_loop([[0, 0], [0, 1], [1, 1], [0, 1]]) == (1, 3)


def test_a_robot_that_never_comes_back():
    assert first_loop([[0, 0], [1, 0], [2, 0], [2, 1]]) is None


def test_back_to_where_it_started():
    path = json.loads("[[2, 3], [2, 4], [3, 4], [3, 3], [2, 3]]")
    assert first_loop(path) == (0, 4)


def test_only_the_first_repeat_counts():
    assert first_loop([[0, 0], [1, 0], [0, 0], [1, 0]]) == (0, 2)


def test_negative_coordinates():
    assert first_loop([[-1, 0], [0, 0], [-1, 0]]) == (0, 2)


def test_an_empty_log():
    assert first_loop([]) is None
