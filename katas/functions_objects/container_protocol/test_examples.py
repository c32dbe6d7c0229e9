import pytest

from .playlist import Playlist


def test_len_and_indexing_work_like_a_list():
    p = Playlist("road trip", ["intro", "drive", "outro"])
    assert len(p) == 3
    assert (p[0], p[-1], p[1:]) == ("intro", "outro", ["drive", "outro"])


def test_a_playlist_can_be_looped_over_twice():
    p = Playlist("road trip", ["intro", "drive"])
    assert list(p) == ["intro", "drive"]
    assert list(p) == ["intro", "drive"]


def test_in_finds_a_track_every_time():
    p = Playlist("road trip", ["intro", "drive"])
    assert "drive" in p
    assert "drive" in p
    assert "outro" not in p


def test_repr_shows_the_tracks_and_eval_rebuilds_the_playlist():
    p = Playlist("road trip", ["intro", "drive"])
    assert "intro" in repr(p)
    again = eval(repr(p), {"Playlist": Playlist})
    assert (again.name, list(again)) == ("road trip", ["intro", "drive"])


def test_edits_in_a_with_block_stay():
    p = Playlist("road trip", ["intro"])
    with p as same:
        same.add("drive")
    assert same is p
    assert list(p) == ["intro", "drive"]


def test_an_error_in_a_with_block_reaches_the_caller():
    p = Playlist("road trip", ["intro"])
    with pytest.raises(ValueError), p:
        p.remove("no such track")


def test_an_error_in_a_with_block_undoes_its_edits():
    p = Playlist("road trip", ["intro", "drive"])
    with pytest.raises(ValueError), p:
        p.add("outro")
        p.remove("intro")
        p.remove("no such track")
    assert list(p) == ["intro", "drive"]
