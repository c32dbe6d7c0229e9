import json
from unittest import mock

import httpx
from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .inventory import InventoryClient

TIMEOUTS = {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}
TRANSPORT_ERRORS = [
    httpx.ConnectTimeout,
    httpx.ConnectError,
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
]

skus = st.text("ABCXYZabc0123456789-", min_size=1, max_size=6)
bases = st.sampled_from(
    ["https://inventory.internal", "https://inventory.internal/api", "http://10.0.0.7:8080/v2"]
)
# What the service answers: a status and a body, or a transport error.
statuses = st.sampled_from([100, 301, 302, 304, 400, 401, 404, 409, 422, 429, 500, 502, 503])
error_bodies = st.sampled_from(["<html>503 Service Unavailable</html>", "", "null", "json"])
answers = st.one_of(
    st.tuples(
        st.just("ok"), st.integers(0, 10**6), st.text("r-0123456789abcdef", min_size=1, max_size=8)
    ),
    st.tuples(st.just("status"), statuses, error_bodies),
    st.tuples(st.just("raise"), st.sampled_from(TRANSPORT_ERRORS)),
)
calls = st.one_of(
    st.tuples(st.just("stock"), skus),
    st.tuples(st.just("reserve"), skus, st.integers(-5, 10**9)),
)


class Service(httpx.MockTransport):
    """The inventory service, faked: plays back answers, records requests, counts closes."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.requests = []
        self.closed = 0

    def handle_request(self, request):
        self.requests.append(request)
        kind, *rest = self.answers.pop(0)
        if kind == "raise":
            raise rest[0]("the network is down", request=request)
        if kind == "ok":
            available, reservation = rest
            body = {
                "sku": request.url.path.rsplit("/", 1)[-1],
                "available": available,
                "id": reservation,
            }
            return httpx.Response(200 if request.method == "GET" else 201, json=body)
        status, text = rest
        if text == "json":  # an error whose body looks like data
            return httpx.Response(status, json={"available": 1, "id": "r-0"})
        return httpx.Response(status, text=text)

    def close(self):
        self.closed += 1


def expected(base, call, answer):
    """What the caller gets, and the request the service must see."""
    kind, *rest = answer
    if call[0] == "stock":
        request = ("GET", f"{base}/stock/{call[1]}", None, TIMEOUTS)
    else:
        request = ("POST", f"{base}/reservations", {"sku": call[1], "quantity": call[2]}, TIMEOUTS)
    if kind == "raise":
        return request, ("raised", rest[0].__name__, "the same error")
    if kind == "status":
        return request, ("raised", "HTTPStatusError", rest[0])
    return request, ("returned", rest[0] if call[0] == "stock" else rest[1])


def outcome(inventory, call, answer):
    try:
        if call[0] == "stock":
            return ("returned", inventory.stock(call[1]))
        return ("returned", inventory.reserve(call[1], call[2]))
    except httpx.HTTPStatusError as error:
        return ("raised", "HTTPStatusError", error.response.status_code)
    except httpx.TransportError as error:
        same = (
            answer[0] == "raise"
            and type(error) is answer[1]
            and str(error) == "the network is down"
        )
        return ("raised", type(error).__name__, "the same error" if same else "another error")
    except Exception as error:
        return ("raised", type(error).__name__, "while reading the body")


def seen(request):
    body = json.loads(request.content) if request.content else None
    return (request.method, str(request.url), body, request.extensions.get("timeout"))


@st.composite
def scenarios(draw):
    """One to three InventoryClients, each with a base URL, a few calls and the service's answers;
    maybe all on one shared transport and one base URL."""
    shared = draw(st.booleans())
    base = draw(bases)
    clients = []
    for _ in range(draw(st.integers(1, 3))):
        script = draw(st.lists(st.tuples(calls, answers), min_size=1, max_size=3))
        clients.append((base if shared else draw(bases), script))
    return shared, clients


def a_call(call, answer):
    return [(call, answer)]


OK = ("ok", 3, "r-1")


@kata_settings
@given(scenario=scenarios())
@example(
    scenario=(False, [("https://i.internal", a_call(("stock", "A"), ("status", 301, "json")))])
)
@example(
    scenario=(False, [("https://i.internal", a_call(("reserve", "A", 1), ("status", 409, "json")))])
)
@example(
    scenario=(
        False,
        [("https://i.internal", a_call(("stock", "A"), ("raise", httpx.ConnectTimeout)))],
    )
)
@example(
    scenario=(False, [("https://i.internal", a_call(("stock", "A"), ("status", 503, "<html>")))])
)
@example(scenario=(True, [("https://i.internal", a_call(("stock", "A"), OK))] * 2))
def test_every_call_goes_through_its_own_client_with_timeouts(scenario):
    shared, clients = scenario
    made = []
    init = httpx.Client.__init__

    def counting_init(self, *args, **kwargs):
        made.append(self)
        init(self, *args, **kwargs)

    if shared:
        one = Service(answer for _, script in clients for _, answer in script)
        services = [one] * len(clients)
    else:
        services = [Service(answer for _, answer in script) for _, script in clients]
    got, want = [], []
    with mock.patch.object(httpx.Client, "__init__", counting_init):
        inventories = [
            InventoryClient(base, transport=service)
            for (base, _), service in zip(clients, services, strict=True)
        ]
        for number, ((base, script), service, inventory) in enumerate(
            zip(clients, services, inventories, strict=True)
        ):
            closed_before = number if shared else 0  # a shared transport closes with each client
            for call, answer in script:
                request, result = expected(base, call, answer)
                answered = outcome(inventory, call, answer)
                got.append((answered, seen(service.requests[-1]) if service.requests else None))
                want.append((result, request))
            got.append(("transport closes before close()", service.closed))
            want.append(("transport closes before close()", closed_before))
            inventory.close()
            got.append(("transport closes after close()", service.closed))
            want.append(("transport closes after close()", closed_before + 1))
    got.append(("httpx.Client objects made", len(made)))
    want.append(("httpx.Client objects made", len(clients)))
    assert_same(got, want, scenario=scenario)


class Stop(BaseException):
    """Raised inside a with block: not even an Exception."""


@kata_settings
@given(
    raises=st.sampled_from([None, ValueError, httpx.ReadTimeout, KeyboardInterrupt, Stop]),
    base=bases,
)
@example(raises=ValueError, base="https://inventory.internal")
@example(raises=Stop, base="https://inventory.internal")
def test_a_with_block_closes_the_client_and_lets_errors_through(raises, base):
    service = Service([("ok", 1, "r-1")])
    inventory = InventoryClient(base, transport=service)
    escaped = None
    try:
        with inventory as entered:
            assert_same(
                entered is inventory, True, promise="`with ... as x` gives the client itself"
            )
            entered.stock("A")
            if raises is not None:
                raise (
                    raises("inside the block")
                    if raises is not httpx.ReadTimeout
                    else raises("timed out")
                )
    except BaseException as error:  # the test looks at what escaped
        escaped = type(error)
    assert_same((escaped, service.closed), (raises, 1), raises=raises)
