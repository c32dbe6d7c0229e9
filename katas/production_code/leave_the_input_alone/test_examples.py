from .report import sales_report


def todays_sales() -> list[dict[str, object]]:
    return [
        {"region": "north", "amount_cents": 500},
        {"region": "south", "amount_cents": 1200},
        {"region": "east", "amount_cents": 800},
        {"region": "north", "amount_cents": -300},
    ]


def test_the_report_adds_up_the_day():
    report = sales_report(todays_sales(), {"currency": "USD", "top": 2})
    assert report == {
        "currency": "USD",
        "total_cents": 2200,
        "top": [
            {"rank": 1, "region": "south", "amount_cents": 1200},
            {"rank": 2, "region": "east", "amount_cents": 800},
        ],
        "by_region": {"north": 200, "south": 1200, "east": 800},
        "refunds": ["north"],
    }


def test_the_dashboards_table_is_left_as_it_was():
    sales = todays_sales()
    sales_report(sales, {"top": 2})
    assert sales == todays_sales()


def test_asking_twice_gives_the_same_report():
    sales, options = todays_sales(), {"currency": "USD", "top": 1}
    first = sales_report(sales, options)
    second = sales_report(sales, options)
    assert second == first
    assert second["currency"] == "USD"
    assert options == {"currency": "USD", "top": 1}


def test_regions_come_in_the_order_they_first_appear():
    report = sales_report(todays_sales(), {})
    assert list(report["by_region"]) == ["north", "south", "east"]


def test_each_report_has_only_its_own_refunds():
    sales_report([{"region": "west", "amount_cents": -100}], {})
    report = sales_report([{"region": "south", "amount_cents": 100}], {})
    assert report["refunds"] == []


def test_changing_a_report_changes_nothing_else():
    sales = todays_sales()
    first = sales_report(sales, {})
    first["top"][0]["amount_cents"] = 0
    first["refunds"].append("everywhere")
    assert sales == todays_sales()
    assert sales_report(sales, {}) == sales_report(todays_sales(), {})
    assert sales_report(sales, {})["refunds"] == ["north"]
