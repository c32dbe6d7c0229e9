import pytest

from . import shop


class RecordingGateway:
    """A payment gateway that only writes down what it was asked to charge."""

    def __init__(self) -> None:
        self.charges: list[tuple[int, object]] = []

    def charge(self, customer_id: int, amount_cents: int) -> None:
        self.charges.append((customer_id, amount_cents))


def sencha_cart(email: str = "ana@example.com", quantity: int = 2) -> shop.Cart:
    return {"email": email, "lines": [{"sku": "SENCHA", "quantity": quantity, "unit_cents": 625}]}


def test_viewing_the_product_page_leaves_the_shelf_alone():
    stock = {"SENCHA": 3}
    badges = [shop.product_badge(stock, "SENCHA") for _ in range(4)]
    assert badges == ["In stock"] * 4
    assert stock == {"SENCHA": 3}


def test_asking_whether_it_is_in_stock_is_only_a_question():
    stock = {"SENCHA": 3, "MATCHA": 0}
    assert shop.is_in_stock(stock, "SENCHA", 3) is True
    assert shop.is_in_stock(stock, "SENCHA", 3) is True
    assert shop.is_in_stock(stock, "MATCHA", 1) is False
    assert shop.is_in_stock(stock, "OOLONG", 1) is False
    assert stock == {"SENCHA": 3, "MATCHA": 0}


def test_reserving_takes_the_units_off_the_shelf():
    stock = {"SENCHA": 3}
    shop.reserve(stock, "SENCHA", 2)
    assert stock == {"SENCHA": 1}
    with pytest.raises(shop.OutOfStock):
        shop.reserve(stock, "SENCHA", 2)
    assert stock == {"SENCHA": 1}


def test_forgot_password_does_not_create_accounts():
    customers = {"ana@example.com": {"id": 1, "email": "ana@example.com"}}
    assert shop.has_account(customers, "ana@example.com") is True
    assert shop.has_account(customers, "anna@example.com") is False
    assert list(customers) == ["ana@example.com"]


def test_finding_a_customer_never_adds_one():
    customers = {"ana@example.com": {"id": 1, "email": "ana@example.com"}}
    assert shop.find_customer(customers, "ana@example.com") == {"id": 1, "email": "ana@example.com"}
    assert shop.find_customer(customers, "bo@example.com") is None
    assert list(customers) == ["ana@example.com"]


def test_get_or_create_adds_a_new_customer_once():
    customers = {"ana@example.com": {"id": 1, "email": "ana@example.com"}}
    bo = shop.get_or_create_customer(customers, "bo@example.com")
    assert bo == {"id": 2, "email": "bo@example.com"}
    assert shop.get_or_create_customer(customers, "bo@example.com") == bo
    assert len(customers) == 2


def test_total_cents_is_a_whole_number_of_cents():
    total = shop.total_cents(sencha_cart(quantity=2))
    assert total == 1250
    assert type(total) is int


def test_checkout_charges_the_total_in_cents():
    stock, customers, gateway = {"SENCHA": 5}, {}, RecordingGateway()
    assert shop.checkout(sencha_cart(), stock, customers, gateway) == "Charged 12.50 EUR"
    assert gateway.charges == [(1, 1250)]
    assert stock == {"SENCHA": 3}
    assert customers == {"ana@example.com": {"id": 1, "email": "ana@example.com"}}


def test_a_short_line_changes_nothing():
    cart = sencha_cart(quantity=1)
    cart["lines"].append({"sku": "MATCHA", "quantity": 2, "unit_cents": 1800})
    stock, customers, gateway = {"SENCHA": 5, "MATCHA": 1}, {}, RecordingGateway()
    with pytest.raises(shop.OutOfStock):
        shop.checkout(cart, stock, customers, gateway)
    assert stock == {"SENCHA": 5, "MATCHA": 1}
    assert customers == {}
    assert gateway.charges == []
