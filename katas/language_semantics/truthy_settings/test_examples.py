from .config import setting


def test_a_zero_timeout_means_do_not_wait():
    assert setting({"timeout": 0}, "timeout", 30) == 0


def test_a_disabled_flag_stays_disabled():
    assert setting({"verbose": False}, "verbose", True) is False


def test_an_empty_prefix_is_kept():
    assert setting({"prefix": ""}, "prefix", "app-") == ""


def test_a_value_that_is_set_is_returned():
    assert setting({"retries": 5}, "retries", 3) == 5


def test_a_missing_key_falls_back_to_the_default():
    assert setting({}, "retries", 3) == 3


def test_null_falls_back_to_the_default():
    assert setting({"retries": None}, "retries", 3) == 3
