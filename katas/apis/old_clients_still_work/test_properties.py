import copy
import json

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .legacy import ProfileV1, dump_v1, parse_v1
from .profiles import Profile, dump_profile, parse_profile

texts = st.text(max_size=5)
maybe_text = st.none() | texts
# Keys v2 does not know: dropped fields an old client still sends, and newer ones.
extras = st.dictionaries(
    st.sampled_from(["nickname", "age", "avatar", "version"]), maybe_text, max_size=2
)


@st.composite
def v1_bodies(draw):
    """What an old app sends: dump_v1, maybe without its optional keys, maybe with extra ones."""
    body = dump_v1(ProfileV1(draw(texts), draw(maybe_text), draw(maybe_text)))
    for key in draw(st.sets(st.sampled_from(["email", "phone"]))):
        del body[key]
    return draw(extras) | body


@st.composite
def v2_bodies(draw):
    """What a new client sends: the v2 keys, phone and locale optional."""
    body = {"full_name": draw(texts), "emails": draw(st.lists(texts, max_size=3))}
    if draw(st.booleans()):
        body["phone"] = draw(maybe_text)
    if draw(st.booleans()):
        body["locale"] = draw(st.none() | st.sampled_from(["", "fr", "en", "pt-BR"]) | texts)
    return draw(extras) | body


@st.composite
def mixed_bodies(draw):
    """A client in the middle of the move: v2 keys, and some v1 keys with other values."""
    v1 = draw(v1_bodies())
    v2 = draw(v2_bodies())
    keep = draw(st.sets(st.sampled_from(sorted(v2))))
    return v1 | {key: v2[key] for key in keep}


bodies = v1_bodies() | v2_bodies() | mixed_bodies()
profiles = st.builds(
    Profile,
    full_name=texts,
    emails=st.lists(texts, max_size=3).map(tuple),
    phone=maybe_text,
    locale=st.sampled_from(["en", "fr", ""]) | texts,
)


def as_returned(profile):
    """A profile as the caller sees it: its repr, and that it is an immutable (hashable) value."""
    return repr(profile), hash(profile) == hash(profile)


@kata_settings
@given(calls=st.lists(bodies, min_size=1, max_size=3))
@example(calls=[{"name": "Ada", "email": None, "phone": None}])
@example(calls=[{"name": "Ada", "email": "", "phone": None}])
@example(calls=[{"name": "Ada"}])
@example(calls=[{"name": "Ada", "full_name": "", "emails": []}])
@example(calls=[{"full_name": "Ada", "emails": [], "locale": ""}])
@example(calls=[{"name": "Ada", "email": "a@x.org", "emails": ["b@x.org"]}])
@example(calls=[{"name": "A", "phone": "123"}, {"name": "B"}])  # nothing leaks between calls
def test_every_client_body_means_what_it_meant(reference, calls):
    before = copy.deepcopy(calls)
    got = [as_returned(parse_profile(data)) for data in calls]
    assert_same(calls, before, promise="parse_profile leaves data unchanged")
    assert_same(got, [as_returned(reference.parse_profile(data)) for data in calls], calls=calls)


@kata_settings
@given(profile=profiles)
@example(profile=Profile("Ada", ("a@x.org", "b@x.org"), None, ""))
@example(profile=Profile("Ada", ("",), None, "en"))
def test_old_and_new_clients_read_every_response(profile):
    body = dump_profile(profile)
    assert_same(json.loads(json.dumps(body)), body, promise="JSON types only: a list, not a tuple")
    email = profile.emails[0] if profile.emails else None
    assert_same(parse_v1(body), ProfileV1(profile.full_name, email, profile.phone), body=body)
    assert_same(parse_profile(body), profile, body=body)


@kata_settings
@given(profile=profiles)
def test_the_response_has_the_v1_and_v2_keys(reference, profile):
    assert_same(dump_profile(profile), reference.dump_profile(profile), profile=profile)
