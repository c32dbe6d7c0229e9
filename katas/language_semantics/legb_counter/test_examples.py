from .counter import make_counter


def test_clicks_add_up():
    click = make_counter()
    assert click() == 1
    assert click() == 2
    assert click(5) == 7


def test_a_counter_can_start_anywhere():
    click = make_counter(start=10)
    assert click() == 11
    assert click(-3) == 8
