import json

import pytest

from .users import User, load_users

ANA = '{"name": "ana", "age": 31}'
BO = '{"name": "bo", "age": 27}'


def notes(error: BaseException) -> list[str]:
    return getattr(error, "__notes__", [])


def test_good_lines_load_in_order():
    assert load_users([ANA, BO]) == [User("ana", 31), User("bo", 27)]


def test_an_empty_export_has_no_users():
    assert load_users([]) == []


def test_a_broken_line_is_not_silently_dropped():
    with pytest.raises(ExceptionGroup) as raised:
        load_users([ANA, '{"name": "cy"}', BO])
    [error] = raised.value.exceptions
    assert isinstance(error, KeyError)
    assert any(note.startswith("line 2") for note in notes(error))


def test_every_broken_line_is_reported_in_order():
    lines = ["dee,40", ANA, '{"name": "eve", "age": "old"}']
    with pytest.raises(ExceptionGroup) as raised:
        load_users(lines)
    first, second = raised.value.exceptions
    assert isinstance(first, json.JSONDecodeError)
    assert any(note.startswith("line 1") for note in notes(first))
    assert isinstance(second, ValueError)
    assert any(note.startswith("line 3") for note in notes(second))


def test_an_export_of_broken_lines_is_not_an_empty_export():
    with pytest.raises(ExceptionGroup):
        load_users(['{"name": "cy"}', "dee,40"])
