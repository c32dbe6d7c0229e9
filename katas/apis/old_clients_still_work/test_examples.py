from .legacy import ProfileV1, dump_v1, parse_v1
from .profiles import Profile, dump_profile, parse_profile

ADA = Profile("Ada Lovelace", ("ada@example.com",), "+44 20 7946 0000", "en")


def test_an_old_client_body_is_still_read():
    body = dump_v1(ProfileV1("Ada Lovelace", "ada@example.com", "+44 20 7946 0000"))
    assert parse_profile(body) == ADA


def test_an_old_client_without_an_email_has_none():
    body = {"name": "Ada", "email": None, "phone": None, "nickname": "A"}
    assert parse_profile(body) == Profile("Ada", (), None, "en")


def test_a_new_client_body_is_read():
    body = {"full_name": "Ada", "emails": ["a@x.org", "b@x.org"], "phone": None, "locale": "fr"}
    assert parse_profile(body) == Profile("Ada", ("a@x.org", "b@x.org"), None, "fr")


def test_locale_and_phone_are_optional():
    assert parse_profile({"full_name": "Ada", "emails": []}) == Profile("Ada", (), None, "en")


def test_the_new_spelling_wins_when_both_are_sent():
    body = {"name": "Ada L.", "full_name": "Ada Lovelace", "email": "old@x.org", "emails": []}
    assert parse_profile(body) == Profile("Ada Lovelace", (), None, "en")


def test_an_old_client_reads_what_we_send():
    profile = Profile("Ada", ("a@x.org", "b@x.org"), None, "fr")
    assert parse_v1(dump_profile(profile)) == ProfileV1("Ada", "a@x.org", None)
    assert parse_v1(dump_profile(Profile("Ada", (), None, "fr"))) == ProfileV1("Ada", None, None)


def test_what_we_send_comes_back_the_same():
    profile = Profile("Ada", ("a@x.org", "b@x.org"), "+1 555", "fr")
    assert parse_profile(dump_profile(profile)) == profile
