import json

import httpx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import inventory as learner

FIELDS = ["id", "name", "price_cents", "tags", "discontinued"]
BIG = 2**70

text = st.text(max_size=6)
json_scalars = st.none() | st.booleans() | st.integers(-BIG, BIG) | st.floats() | text
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=4,
)

# Good values of each field (given the item id asked for), and bad ones: missing,
# null, the other JSON types, and the near misses (a bool or a float for an int,
# a str for a list of str, a negative price).
MISSING = "<missing>"
wrong = st.sampled_from([MISSING, None, True, False, 0.0, 12.5, "", "7", [], {}, float("nan")])
GOOD = {
    "id": lambda item_id: st.just(item_id),
    "name": lambda item_id: text,
    "price_cents": lambda item_id: st.integers(0, BIG) | st.just(0),
    "tags": lambda item_id: st.lists(text, max_size=3),
    "discontinued": lambda item_id: st.sampled_from([MISSING, True, False]),
}
BAD = {
    "id": lambda item_id: wrong | st.integers(-BIG, BIG) | st.just(item_id + 1),
    "name": lambda item_id: wrong | st.integers() | st.lists(text, max_size=2),
    "price_cents": lambda item_id: (
        wrong | st.integers(-BIG, -1) | st.sampled_from([-1, 1250.0, "1250"])
    ),
    "tags": lambda item_id: (
        wrong
        | text.filter(bool)
        | st.lists(text | st.integers() | st.none(), min_size=1, max_size=3).filter(
            lambda tags: not all(isinstance(tag, str) for tag in tags)
        )
        | st.just({"kitchen": True})
    ),
    "discontinued": lambda item_id: (
        wrong.filter(lambda v: v not in (MISSING, True, False))
        | st.sampled_from([0, 1, "true", "false", None])
    ),
}


@st.composite
def item_bodies(draw, item_id, broken):
    """An item's JSON object with the broken fields bad, and fields the client does not know."""
    body = {key: draw((BAD if key in broken else GOOD)[key](item_id)) for key in FIELDS}
    body = {key: value for key, value in body.items() if value != MISSING}
    extra_keys = st.sampled_from(["ID", "Name", "price", "tag", "warehouse", "id "]) | text
    unknown = st.dictionaries(extra_keys.filter(lambda k: k not in FIELDS), json_values, max_size=3)
    extra = draw(unknown)
    keys = draw(st.permutations(list(body) + list(extra)))
    return {key: body[key] if key in body else extra[key] for key in keys}


def any_case(word):
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
    )


spaces = st.sampled_from(["", " ", "  ", "\t"])
params = st.sampled_from(["", ";charset=utf-8", "; charset=UTF-8", "; version=2"])
json_type = st.builds(
    lambda left, media, right, tail: left + media + right + tail,
    spaces,
    any_case("application/json"),
    spaces,
    params,
)
other_types = st.none() | st.sampled_from(
    [
        "",
        "text/html",
        "text/html; charset=utf-8",
        "text/json",
        "text/plain",
        "application/problem+json",
        "application/json-seq",
        "application/jsonx",
        "application/xml",
        "json",
        "charset=utf-8; application/json",
    ]
)
other_statuses = st.sampled_from([201, 202, 204, 301, 304, 400, 404, 429, 500, 502, 503])
other_statuses |= st.integers(100, 599).filter(lambda status: status != 200)
not_objects = st.one_of(
    st.sampled_from(
        [
            b"",
            b"{not json",
            b"<html>502 Bad Gateway</html>",
            b'{"name": "caf\xe9"}',
            b'{"id": 7',
            b"nul",
        ]
    ),
    st.sampled_from(["[]", "null", '"an item"', "7", "true", "[{}]"]).map(str.encode),
    st.lists(json_values, max_size=2).map(lambda v: json.dumps(v).encode()),
)
# What a response may break: nothing, one thing, or two (which one is named then).
PARTS = ["status", "content-type", "body", *FIELDS]
plans = st.just(set()) | st.sets(st.sampled_from(PARTS), min_size=1, max_size=2)


@st.composite
def responses(draw, item_id):
    """One scripted response: a transport error to raise, or (status, content type, body)."""
    broken = draw(plans)
    if draw(st.integers(0, 19)) == 0:
        return draw(st.sampled_from(["connect", "read timeout"]))
    status = draw(other_statuses) if "status" in broken else 200
    content_type = draw(other_types if "content-type" in broken else json_type)
    if "body" in broken:
        content = draw(not_objects)
    else:
        body = draw(item_bodies(item_id, broken))
        content = json.dumps(body, ensure_ascii=draw(st.booleans())).encode()
    return status, content_type, content


@st.composite
def calls(draw):
    """Several fetches through one client, each with its item id and response."""
    ids = st.integers(-BIG, BIG) | st.integers(0, 10) | st.just(7)
    script = []
    for _ in range(draw(st.integers(1, 3))):
        item_id = draw(ids)
        script.append((item_id, draw(responses(item_id))))
    return script


def transport_error(kind, request):
    if kind == "connect":
        return httpx.ConnectError("connection refused", request=request)
    return httpx.ReadTimeout("timed out", request=request)


def replay(module, script):
    """Fetch each item of the script through one client: what came back, and what was sent."""
    answers = iter([answer for _, answer in script])
    sent = []

    def handler(request):
        sent.append((request.method, request.url.path))
        answer = next(answers)
        if isinstance(answer, str):
            raise transport_error(answer, request)
        status, content_type, content = answer
        headers = {} if content_type is None else {"Content-Type": content_type}
        return httpx.Response(status, headers=headers, content=content)

    outcomes = []
    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="https://inventory.test"
    ) as client:
        for item_id, _ in script:
            outcomes.append(outcome(module, client, item_id))
    return {"results": outcomes, "requests": sent}


def outcome(module, client, item_id):
    try:
        item = module.fetch_item(client, item_id)
    except module.ContractError as error:
        return "ContractError", error.what
    except Exception as error:  # what a caller would see instead
        return "raised", type(error).__name__
    values = [getattr(item, name) for name in FIELDS]
    return "Item", [(type(v).__name__, v) for v in values]


MUG = {"id": 7, "name": "Mug", "price_cents": 1250, "tags": ["kitchen"]}


def answer(body, status=200, content_type="application/json"):
    return status, content_type, json.dumps(body).encode()


@settings(parent=kata_settings, max_examples=40)  # a client per call
@given(script=calls())
@example(script=[(7, answer({**MUG, "id": True}))])
@example(script=[(1, answer({**MUG, "id": True}))])
@example(script=[(7, answer({**MUG, "price_cents": 1250.0}))])
@example(script=[(7, answer({**MUG, "price_cents": -1}))])
@example(script=[(7, answer({**MUG, "tags": "kitchen"}))])
@example(script=[(7, answer({**MUG, "tags": ["kitchen", 3]}))])
@example(script=[(7, answer({**MUG, "discontinued": None}))])
@example(script=[(7, answer({**MUG, "discontinued": 0}))])
@example(script=[(7, answer({**MUG, "name": None}))])
@example(script=[(0, answer({**MUG, "id": 0, "name": "", "price_cents": 0, "tags": []}))])
@example(script=[(7, answer(MUG, status=204))])
@example(script=[(7, answer(MUG, content_type=None))])
@example(script=[(7, answer(MUG, content_type="text/json"))])
@example(script=[(7, answer(MUG, content_type=" Application/JSON ;charset=utf-8"))])
@example(script=[(7, (200, "application/json", b'{"name": "caf\xe9"}'))])
@example(script=[(7, (200, "application/json", b"[]"))])
@example(script=[(7, answer({"price_cents": "x", "name": 3}))])
@example(script=[(7, "connect")])
@example(script=[(7, answer({**MUG, "discontinued": True})), (8, answer({**MUG, "id": 8}))])
def test_fetch_item_keeps_the_contract(reference, script):
    assert_same(replay(learner, script), replay(reference, script), script=script)
