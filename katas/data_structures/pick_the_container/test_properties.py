from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .route import first_loop

# Small coordinates so that the robot often comes back; some with two digits, so
# that [1, 12] and [11, 2] can both turn up.
coordinates = st.integers(-2, 3) | st.integers(10, 12)
cells = st.lists(coordinates, min_size=2, max_size=2)
paths = st.lists(cells, max_size=12)


@kata_settings
@given(path=paths)
@example(path=[[1, 2], [2, 1]])  # x and y swapped: another cell
@example(path=[[1, 12], [11, 2]])  # the same digits, another cell
def test_first_loop_matches_cells_by_x_and_y(reference, path):
    got = first_loop([list(cell) for cell in path])
    want = reference.first_loop([list(cell) for cell in path])
    assert_same(got, want, path=path)
