from .flags import parse_flags


def test_the_documented_example():
    flags = parse_flags("new_checkout; max_retries=3; banner=Spring sale")
    assert flags == {"new_checkout": True, "max_retries": 3, "banner": "Spring sale"}


def test_zero_retries_is_the_number_zero():
    flags = parse_flags("max_retries=0")
    assert flags == {"max_retries": 0}
    assert type(flags["max_retries"]) is int


def test_a_value_keeps_its_equals_signs():
    assert parse_flags("token=YWJjZA==; debug") == {"token": "YWJjZA==", "debug": True}


def test_an_unset_variable_means_no_flags():
    assert parse_flags("") == {}
    assert parse_flags("  ") == {}


def test_empty_flags_are_skipped():
    assert parse_flags("beta;") == {"beta": True}
    assert parse_flags(" ; beta ;; ") == {"beta": True}


def test_an_empty_value_is_empty_text():
    assert parse_flags("banner=") == {"banner": ""}


def test_only_plain_digits_make_a_number():
    flags = parse_flags("level=-1; ratio=1.5; port=007")
    assert flags == {"level": "-1", "ratio": "1.5", "port": 7}


def test_the_last_value_wins():
    assert parse_flags("retries=1; retries=2") == {"retries": 2}
