import json

import httpx
import pytest

from .inventory import InventoryClient

BASE = "https://inventory.internal/api"


class Service(httpx.MockTransport):
    """The inventory service, faked: answers from a table, records requests, counts closes."""

    def __init__(self, status=200, body=None):
        self.requests = []
        self.closed = 0
        self.status = status
        self.body = body

    def handle_request(self, request):
        self.requests.append(request)
        if self.body is not None:
            return httpx.Response(self.status, json=self.body)
        if request.method == "POST":
            return httpx.Response(201, json={"id": "r-1"})
        return httpx.Response(
            200, json={"sku": request.url.path.rsplit("/", 1)[-1], "available": 7}
        )

    def close(self):
        self.closed += 1


@pytest.fixture
def clients_made(monkeypatch):
    """How many httpx.Client objects are made: a spy on its __init__."""
    made = []
    init = httpx.Client.__init__

    def counting_init(self, *args, **kwargs):
        made.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    return made


def test_stock_and_reserve_read_the_service():
    service = Service()
    inventory = InventoryClient(BASE, transport=service)
    assert inventory.stock("A-1") == 7
    assert inventory.reserve("A-1", 2) == "r-1"
    post = service.requests[1]
    assert (post.method, str(post.url)) == ("POST", f"{BASE}/reservations")
    assert json.loads(post.content) == {"sku": "A-1", "quantity": 2}


def test_one_client_serves_every_call(clients_made):
    inventory = InventoryClient(BASE, transport=Service())
    for _ in range(3):
        inventory.stock("A-1")
    inventory.reserve("A-1", 1)
    assert len(clients_made) == 1


def test_timeouts_are_explicit():
    service = Service()
    InventoryClient(BASE, transport=service).stock("A-1")
    timeout = service.requests[0].extensions["timeout"]
    assert timeout == {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def test_an_error_status_raises():
    inventory = InventoryClient(BASE, transport=Service(503, {"error": "down"}))
    with pytest.raises(httpx.HTTPStatusError):
        inventory.stock("A-1")


def test_a_not_found_page_is_not_stock():
    inventory = InventoryClient(BASE, transport=Service(404, {"sku": "A-1", "available": 0}))
    with pytest.raises(httpx.HTTPStatusError):
        inventory.stock("A-1")


def test_leaving_the_with_block_closes_the_client():
    service = Service()
    with InventoryClient(BASE, transport=service) as inventory:
        inventory.stock("A-1")
        inventory.stock("B-2")
        assert service.closed == 0
    assert service.closed == 1
