import pytest

from .fakes import Unreadable
from .paging import page_size


def test_a_number_is_the_page_size():
    assert page_size({"size": "50"}) == 50
    assert page_size({"size": " 7 ", "page": "2"}, default=10) == 7


@pytest.mark.parametrize("typed", ["fifty", "", "2.5", "1e3"])
def test_a_size_that_is_not_a_whole_number_means_the_default(typed):
    assert page_size({"size": typed}) == 20
    assert page_size({"size": typed}, default=10) == 10


def test_no_size_means_the_default():
    assert page_size({}) == 20
    assert page_size({"page": "3"}, default=10) == 10


def test_a_dropped_connection_is_not_a_typo():
    lost = ConnectionResetError(104, "Connection reset by peer")
    with pytest.raises(ConnectionResetError) as raised:
        page_size(Unreadable(lost))
    assert raised.value is lost
