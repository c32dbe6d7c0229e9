from .inventory import Inventory


def test_a_recount_replaces_the_old_level():
    shop = Inventory()
    shop.set_level("mug", 5)
    shop.set_level("mug", 3)
    assert shop.level("mug") == 3


def test_a_delivery_adds_to_the_shelf():
    shop = Inventory()
    shop.set_level("mug", 4)
    shop.receive("mug", 6)
    assert shop.level("mug") == 10


def test_a_delivery_after_a_recount_adds_to_the_recount():
    shop = Inventory()
    shop.set_level("mug", 5)
    shop.set_level("mug", 3)
    shop.receive("mug", 10)
    assert shop.level("mug") == 13


def test_a_delivery_of_a_new_sku():
    shop = Inventory()
    shop.receive("tea", 12)
    assert shop.level("tea") == 12


def test_an_unknown_sku_has_nothing_on_the_shelf():
    assert Inventory().level("tea") == 0


def test_each_sku_is_listed_once_sorted():
    shop = Inventory()
    shop.set_level("mug", 5)
    shop.set_level("tea", 2)
    shop.set_level("mug", 3)
    shop.receive("cup", 1)
    assert shop.skus() == ["cup", "mug", "tea"]
