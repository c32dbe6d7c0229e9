import logging

import pytest

from .feed import Product, import_products

KETTLE = Product("SKU-1", "Kettle", 2999)
TOASTER = Product("SKU-2", "Toaster", 3999)
LAMP = Product("SKU-3", "Lamp", 1999)


class Save:
    """Raises the error given for a sku, saves the rest; remembers what it was asked to save."""

    def __init__(self, errors: dict[str, BaseException] | None = None) -> None:
        self.errors = errors or {}
        self.asked: list[str] = []

    def __call__(self, product: Product) -> None:
        self.asked.append(product.sku)
        if product.sku in self.errors:
            raise self.errors[product.sku]


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def loud(log) -> list[logging.LogRecord]:
    """The records someone reads: INFO and above, from the importer."""
    return [r for r in log.records if r.name == "catalog.import" and r.levelno >= logging.INFO]


def test_saved_products_get_one_summary_line_not_one_line_each(log):
    assert import_products([KETTLE, TOASTER, LAMP], Save()) == 3
    assert [(r.levelname, r.getMessage()) for r in loud(log)] == [
        ("INFO", "imported 3 of 3 products, 0 failed")
    ]


def test_a_failed_product_is_logged_once_with_its_exception(log):
    broken = ValueError("price is not a number")
    save = Save({"SKU-2": broken})
    assert import_products([KETTLE, TOASTER, LAMP], save) == 2
    assert save.asked == ["SKU-1", "SKU-2", "SKU-3"]
    [error] = [r for r in loud(log) if r.levelno == logging.ERROR]
    assert "SKU-2" in error.getMessage()
    assert error.exc_info is not None and error.exc_info[1] is broken


def test_the_summary_counts_the_failures(log):
    save = Save({"SKU-1": KeyError("name"), "SKU-3": TimeoutError("database")})
    assert import_products([KETTLE, TOASTER, LAMP], save) == 1
    assert [(r.levelname, r.getMessage()) for r in loud(log)][-1] == (
        "INFO",
        "imported 1 of 3 products, 2 failed",
    )
    assert [r.levelname for r in loud(log)] == ["ERROR", "ERROR", "INFO"]


def test_ctrl_c_stops_the_batch(log):
    save = Save({"SKU-2": KeyboardInterrupt()})
    with pytest.raises(KeyboardInterrupt):
        import_products([KETTLE, TOASTER, LAMP], save)
    assert save.asked == ["SKU-1", "SKU-2"]
