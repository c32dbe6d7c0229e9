from .validators import make_validators

SIGN_UP = {"username": (3, 20), "password": (8, 64), "bio": (0, 160)}


def test_a_good_username_passes():
    check = make_validators(SIGN_UP)
    assert check["username"]("ada") is None


def test_a_short_username_is_refused_by_the_username_rule():
    check = make_validators(SIGN_UP)
    assert check["username"]("al") == "username: at least 3 characters"


def test_a_long_username_is_refused_by_the_username_rule():
    check = make_validators(SIGN_UP)
    assert check["username"]("a" * 21) == "username: at most 20 characters"


def test_a_short_password_is_refused_by_the_password_rule():
    check = make_validators(SIGN_UP)
    assert check["password"]("hunter2") == "password: at least 8 characters"
    assert check["password"]("correct horse") is None


def test_an_empty_bio_is_fine():
    check = make_validators(SIGN_UP)
    assert check["bio"]("") is None
