from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import playlist

# A few titles, so that they repeat and probes hit; and any other text.
titles = st.sampled_from(["a", "b", "c"]) | st.text(max_size=3)
tracks = st.lists(titles, max_size=6)
probes = st.lists(titles, max_size=4)


def use_like_a_list(module: ModuleType, tracks: list[str], probes: list[str]) -> dict:
    """What a caller can ask a playlist that it could ask a list, twice over."""
    given = list(tracks)
    p = module.Playlist("mix", given)
    p.add("added")
    answers = {
        "len": len(p),
        "bool": bool(p),
        "items": [p[i] for i in range(-len(p), len(p))],
        "slices": [p[1:], p[::-1], p[:-1]],
        "in": [probe in p for probe in [*probes, "added", 1, None]],
        "in, again": [probe in p for probe in probes],
        "list, twice": [list(p), list(p)],
        "caller's list": given,
    }
    try:
        p[len(p)]
    except IndexError:
        answers["p[len(p)]"] = "IndexError"
    return answers


@kata_settings
@given(tracks=tracks, probes=probes)
def test_a_playlist_answers_like_a_list(reference, tracks, probes):
    got = use_like_a_list(playlist, tracks, probes)
    want = use_like_a_list(reference, tracks, probes)
    assert_same(got, want, tracks=tracks, probes=probes)


def loop_at_once(module: ModuleType, tracks: list[str], probes: list[str]) -> dict:
    """Several loops over one playlist at the same time."""
    p = module.Playlist("mix", tracks)
    return {
        "loop in a loop": [(a, b) for a in p for b in p],
        "zip(p, p)": list(zip(p, p, strict=False)),
        "in, inside a loop": [(track, probe in p) for track in p for probe in probes],
    }


@kata_settings
@given(tracks=tracks, probes=probes)
@example(tracks=["a", "b"], probes=[])  # two loops at once
def test_loops_over_one_playlist_do_not_interfere(reference, tracks, probes):
    got = loop_at_once(playlist, tracks, probes)
    want = loop_at_once(reference, tracks, probes)
    assert_same(got, want, tracks=tracks, probes=probes)


def round_trip(module: ModuleType, name: str, tracks: list[str]) -> object:
    """eval(repr(p)): the name and tracks it gives back, or the error it raises."""
    shown = repr(module.Playlist(name, tracks))
    try:
        again = eval(shown, {"Playlist": module.Playlist})
    except Exception as error:
        return type(error).__name__
    return again.name, list(again)


# Names and titles with quotes, a backslash and a newline in them, or any text.
texts = st.text(alphabet="ab '\"\\\n", max_size=6) | st.text(max_size=6)


@kata_settings
@given(name=texts, tracks=st.lists(texts, max_size=3))
@example(name="Rock 'n' roll", tracks=[])
def test_eval_of_repr_rebuilds_any_playlist(reference, name, tracks):
    got = round_trip(playlist, name, tracks)
    want = round_trip(reference, name, tracks)
    assert_same(got, want, name=name, tracks=tracks)


class Abort(BaseException):
    """Not an Exception at all, like KeyboardInterrupt."""


ERRORS: dict[str, type[BaseException]] = {
    "RuntimeError": RuntimeError,
    "KeyboardInterrupt": Abort,
    "GeneratorExit": GeneratorExit,
}

# A step in a `with p:` block: ("add", title), ("remove", title) (a missing title
# raises ValueError), ("raise", an error), or ("with", the steps of a nested block).
edits = st.tuples(st.sampled_from(["add", "remove"]), st.sampled_from(["a", "b", "c"]))
steps = st.recursive(
    edits | st.tuples(st.just("raise"), st.sampled_from(list(ERRORS))),
    lambda inner: st.tuples(st.just("with"), st.lists(inner, max_size=4)),
    max_leaves=10,
)


def run_block(p: object, block: list, seen: list) -> None:
    """Run a block of steps in `with p:`; record what reaches the caller, and the tracks."""
    raised: list[BaseException] = []
    try:
        with p as same:
            seen.append(f"`with p as q` gives p itself: {same is p}")
            for kind, what in block:
                if kind == "with":
                    run_block(p, what, seen)
                elif kind == "raise":
                    raised.append(ERRORS[what]("stop"))
                    raise raised[-1]
                else:
                    getattr(p, kind)(what)
        seen.append("nothing raised")
    except BaseException as error:
        whose = "the block's own" if raised and error is raised[-1] else "a"
        seen.append(f"{whose} {type(error).__name__} raised")
    seen.append(list(p))
    seen.append([title in p for title in ["a", "b", "c"]])


def edit_in_blocks(module: ModuleType, tracks: list[str], blocks: list[list]) -> list:
    """Run each block, one after the other: what the caller sees after each."""
    p = module.Playlist("mix", tracks)
    seen: list = []
    for block in blocks:
        run_block(p, block, seen)
    return seen


@kata_settings
@given(
    tracks=st.lists(st.sampled_from(["a", "b", "c"]), max_size=4),
    blocks=st.lists(st.lists(steps, max_size=4), min_size=1, max_size=3),
)
@example(tracks=["a"], blocks=[[("add", "b"), ("raise", "KeyboardInterrupt")]])  # any error
@example(tracks=["a"], blocks=[[("add", "b")], [("remove", "b")]])  # `in` after edits
@example(
    tracks=["a"],
    blocks=[[("add", "b"), ("with", [("add", "c")]), ("raise", "RuntimeError")]],
)  # the outer block undoes the inner one's edits too
@example(
    tracks=["a"],
    blocks=[[("add", "b"), ("with", [("add", "c"), ("remove", "x")]), ("add", "a")]],
)  # a failed inner block undoes only its own edits
def test_a_with_block_is_all_or_nothing(reference, tracks, blocks):
    got = edit_in_blocks(playlist, tracks, blocks)
    want = edit_in_blocks(reference, tracks, blocks)
    assert_same(got, want, tracks=tracks, blocks=blocks)
