import csv
import io
from unittest.mock import ANY

from .query import where, where_null

Row = dict[str, object]

EXPORT = """\
id,name,plan
1000,ada,pro
7,bob,
1000,ada,team
"""


def load(text: str) -> list[Row]:
    """Parse the export as an app would: every value is built at run time."""
    rows: list[Row] = []
    for record in csv.DictReader(io.StringIO(text)):
        plan = None if record["plan"] == "" else record["plan"]
        rows.append({"id": int(record["id"]), "name": record["name"], "plan": plan})
    return rows


def test_where_finds_a_small_user_id():
    rows = load(EXPORT)
    assert [row["name"] for row in where(rows, "id", int("7"))] == ["bob"]


def test_where_finds_a_user_id_read_from_a_url():
    rows = load(EXPORT)
    user_id = int("/users/1000".rsplit("/", 1)[1])
    assert [row["plan"] for row in where(rows, "id", user_id)] == ["pro", "team"]


def test_where_finds_a_name_typed_in_a_search_box():
    rows = load(EXPORT)
    column, name = "name=ada".split("=")
    assert [row["plan"] for row in where(rows, column, name)] == ["pro", "team"]


def test_where_null_finds_the_rows_without_a_plan():
    rows = load(EXPORT)
    assert [row["name"] for row in where_null(rows, "plan")] == ["bob"]


def test_where_null_is_not_fooled_by_a_value_that_equals_everything():
    # mock.ANY == x is True for every x, None included.
    rows = [{"name": "ada", "plan": ANY}, {"name": "bob", "plan": None}]
    assert [row["name"] for row in where_null(rows, "plan")] == ["bob"]
