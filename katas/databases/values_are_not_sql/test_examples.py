import sqlite3

import pytest

from .users import User, Users, create_table


@pytest.fixture
def users():
    connection = sqlite3.connect(":memory:")
    create_table(connection)
    yield Users(connection)
    connection.close()


def test_a_name_with_an_apostrophe_is_stored_and_found(users):
    siobhan = users.add("Siobhán O'Brien", "sob@example.ie")
    assert users.find_by_name("Siobhán O'Brien") == [siobhan]


def test_a_name_with_double_quotes_is_found_exactly(users):
    users.add("name", "literally-name@example.com")
    rock = users.add('Dwayne "The Rock" Johnson', "rock@example.com")
    assert users.find_by_name('Dwayne "The Rock" Johnson') == [rock]


def test_a_name_that_looks_like_sql_finds_nobody(users):
    users.add("Ann", "ann@example.com")
    users.add("Bob", "bob@example.com")
    assert users.find_by_name("x' OR '1'='1") == []


def test_renaming_one_user_leaves_the_others_alone(users):
    ann = users.add("Ann", "ann@example.com")
    bob = users.add("Bob", "bob@example.com")
    assert users.rename(ann.id, "Ann' --") is True
    assert users.find_by_name("Ann' --") == [User(ann.id, "Ann' --", ann.email)]
    assert users.find_by_name("Bob") == [bob]


def test_renaming_a_missing_user_changes_nothing(users):
    ann = users.add("Ann", "ann@example.com")
    assert users.rename(ann.id + 1, "Zed") is False
    assert users.find_by_name("Ann") == [ann]


def test_percent_and_underscore_are_plain_characters_in_a_prefix(users):
    sale = users.add("50% off", "sale@example.com")
    users.add("500 club", "club@example.com")
    snake = users.add("a_b", "snake@example.com")
    users.add("axb", "axb@example.com")
    assert users.names_starting_with("50%") == [sale]
    assert users.names_starting_with("a_") == [snake]


def test_case_counts_in_a_prefix(users):
    ann = users.add("Ann", "ann@example.com")
    users.add("anna", "anna@example.com")
    assert users.names_starting_with("Ann") == [ann]


def test_the_empty_prefix_gives_everyone_in_id_order(users):
    everyone = [users.add(name, f"{n}@example.com") for n, name in enumerate(["b", "a", "O'Hara"])]
    assert users.names_starting_with("") == everyone
