import httpx
import pytest

from .inventory import ContractError, Item, fetch_item

MUG = {"id": 7, "name": "Mug", "price_cents": 1250, "tags": ["kitchen"]}


def client_answering(status=200, body=None, content_type="application/json"):
    """A client whose every request gets this one response."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {} if content_type is None else {"content-type": content_type}
        content = body if isinstance(body, bytes) else httpx.Response(200, json=body).content
        return httpx.Response(status, headers=headers, content=content)

    return httpx.Client(transport=httpx.MockTransport(handler), base_url="https://inventory.test")


def contract_error(client, item_id=7):
    with pytest.raises(ContractError) as caught:
        fetch_item(client, item_id)
    return caught.value.what


def test_a_good_response_becomes_an_item():
    item = fetch_item(client_answering(body=MUG), 7)
    assert item == Item(id=7, name="Mug", price_cents=1250, tags=("kitchen",), discontinued=False)


def test_a_field_the_service_added_is_ignored():
    body = {**MUG, "warehouse": "north", "discontinued": True}
    assert fetch_item(client_answering(body=body), 7).discontinued is True


def test_an_error_page_from_a_proxy_breaks_the_status():
    client = client_answering(503, b"<html>Service Unavailable</html>", "text/html")
    assert contract_error(client) == "status"


def test_html_with_status_200_breaks_the_content_type():
    client = client_answering(200, b"<html>Log in</html>", "text/html; charset=utf-8")
    assert contract_error(client) == "content-type"


def test_a_body_that_is_not_json_breaks_the_body():
    assert contract_error(client_answering(body=b"{not json")) == "body"


def test_a_missing_field_is_named():
    body = {key: value for key, value in MUG.items() if key != "name"}
    assert contract_error(client_answering(body=body)) == "name"


def test_a_price_sent_as_text_breaks_the_price():
    assert contract_error(client_answering(body={**MUG, "price_cents": "12.50"})) == "price_cents"


def test_the_item_must_be_the_one_asked_for():
    assert contract_error(client_answering(body=MUG), item_id=8) == "id"
