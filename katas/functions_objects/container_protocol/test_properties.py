from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import playlist

titles = st.sampled_from(["a", "b", "c"])
tracks = st.lists(titles, max_size=4)


def use_like_a_list(module: ModuleType, tracks: list[str], probes: list[str]) -> dict:
    """What a caller can ask a playlist that it could ask a list."""
    p = module.Playlist("mix", tracks)
    return {
        "len": len(p),
        "items": [p[i] for i in range(-len(tracks), len(tracks))],
        "slices": [p[1:], p[::-1]],
        "in": [probe in p for probe in probes],
    }


@kata_settings
@given(tracks=tracks, probes=st.lists(titles, max_size=3))
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
@given(tracks=tracks, probes=st.lists(titles, max_size=3))
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


# Names and titles with quotes, a backslash and a newline in them.
texts = st.text(alphabet="ab '\"\\\n", max_size=6)


@kata_settings
@given(name=texts, tracks=st.lists(texts, max_size=3))
@example(name="Rock 'n' roll", tracks=[])
def test_eval_of_repr_rebuilds_any_playlist(reference, name, tracks):
    got = round_trip(playlist, name, tracks)
    want = round_trip(reference, name, tracks)
    assert_same(got, want, name=name, tracks=tracks)


# An edit: ("add", title) or ("remove", title); removing a missing title raises ValueError.
edits = st.lists(st.tuples(st.sampled_from(["add", "remove"]), titles), max_size=4)


def edit_in_blocks(module: ModuleType, tracks: list[str], blocks: list[list]) -> list:
    """Run each batch of edits in its own `with` block: what the caller sees after each."""
    p = module.Playlist("mix", tracks)
    seen = []
    for block in blocks:
        raised = "nothing"
        try:
            with p:
                for edit, title in block:
                    getattr(p, edit)(title)
        except ValueError:
            raised = "ValueError"
        seen.append((raised, list(p)))
    return seen


@kata_settings
@given(tracks=tracks, blocks=st.lists(edits, min_size=1, max_size=3))
def test_a_with_block_is_all_or_nothing(reference, tracks, blocks):
    got = edit_in_blocks(playlist, tracks, blocks)
    want = edit_in_blocks(reference, tracks, blocks)
    assert_same(got, want, tracks=tracks, blocks=blocks)
