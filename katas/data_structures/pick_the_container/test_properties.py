import copy

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .route import first_loop

# Mostly small coordinates, so that the robot often comes back; some with two
# digits, so that [1, 12] and [11, 2] or [0, 10] and [1, 0] can both turn up;
# and now and then any int at all, negative or huge.
coordinates = st.integers(-3, 3) | st.integers(9, 12) | st.integers()
cells = st.lists(coordinates, min_size=2, max_size=2)
# Two cells that any fixed encoding x * M + y mixes up, for M a power of 10 or 2.
SCALES = [10**k for k in range(1, 10)] + [2**k for k in (8, 16, 32, 53, 64)]
lookalikes = st.builds(
    lambda m, x, y: [[x, y + m], [x + 1, y]], st.sampled_from(SCALES), coordinates, coordinates
)
paths = st.lists(cells, max_size=12) | st.builds(
    lambda pair, rest: pair + rest, lookalikes, st.lists(cells, max_size=4)
)


@kata_settings
@given(path=paths)
@example(path=[[1, 2], [2, 1]])  # x and y swapped: another cell
@example(path=[[1, 12], [11, 2]])  # the same digits, another cell
@example(path=[[0, 10], [1, 0]])  # x * 10 + y is the same, another cell
@example(path=[[-1, 0], [-2, 0]])  # hash(-1) == hash(-2), another cell
@example(path=[[2**64, 0], [0, 0], [2**64, 0]])  # a huge coordinate
@example(path=[[2**53, 0], [2**53 + 1, 0]])  # the same float, two cells
@example(path=[[0, 1000], [1, 0]])  # x * 1000 + y is the same, another cell
def test_first_loop_matches_cells_by_x_and_y(reference, path):
    got = first_loop(copy.deepcopy(path))
    want = reference.first_loop(copy.deepcopy(path))
    assert_same(got, want, path=path)


@kata_settings
@given(path=paths)
@example(path=[[0, 0]])
@example(path=[[0, 0], [0, 0]])
def test_the_log_is_left_as_it_was(path):
    log = copy.deepcopy(path)
    first_loop(log)
    first_loop(log)  # and a second call on the same log still sees lists
    assert log == path, "first_loop() changed the caller's log"
    assert all(type(cell) is list for cell in log), "first_loop() replaced the log's [x, y] lists"


@kata_settings
@given(path=paths)
@example(path=[[0, 0], [0, 1], [0, 0]])
def test_repeated_calls_give_the_same_answer(reference, path):
    want = reference.first_loop(copy.deepcopy(path))
    for _ in range(2):
        assert_same(first_loop(copy.deepcopy(path)), want, path=path)
