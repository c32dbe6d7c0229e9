"""Code from the codebase you just joined, Part 1. Read it, do not edit it: the tests run it.

Each snippet function at the end of a section uses the code above it and
returns a value, or raises. What does Python do?
"""

from collections.abc import Callable, Generator, Iterator
from typing import Any

# -- Generators -----------------------------------------------------------------


def averager() -> Generator[float | None, float, None]:
    """A running average: send it numbers, and it answers with the average so far."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def read_chunks(log: list[str]) -> Iterator[str]:
    log.append("open")
    try:
        yield "chunk 1"
        yield "chunk 2"
    finally:
        log.append("close")


def rows_then_count(rows: list[str]) -> Generator[str, None, int]:
    yield from rows
    return len(rows)


def report(rows: list[str]) -> Iterator[str]:
    yield "header"
    count = yield from rows_then_count(rows)
    yield f"{count} rows"


def reconnecting() -> Iterator[str]:
    while True:
        try:
            yield "connected"
        except ConnectionError:
            yield "reconnecting"


def average_of_ten_and_twenty() -> object:
    average = averager()
    next(average)
    average.send(10)
    return average.send(20)


def send_without_next() -> object:
    average = averager()
    return average.send(10)


def stop_reading_after_one_chunk() -> object:
    log: list[str] = []
    chunks = read_chunks(log)
    next(chunks)
    chunks.close()
    return log


def the_whole_report() -> object:
    return list(report(["a", "b"]))


def a_dropped_connection() -> object:
    connection = reconnecting()
    next(connection)
    return connection.throw(ConnectionError()), next(connection)


# -- Descriptors ------------------------------------------------------------------


class NonNegative:
    """A field that refuses values below zero."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = "_" + name

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj: object, value: int) -> None:
        if value < 0:
            raise ValueError(f"{self.name[1:]} cannot be negative")
        setattr(obj, self.name, value)


class Order:
    quantity = NonNegative()
    price = NonNegative()

    def __init__(self, quantity: int, price: int) -> None:
        self.quantity = quantity
        self.price = price


class cached:
    """Computes an attribute on first use, then keeps it."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute = compute

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.compute(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    loads = 0

    @cached
    def rows(self) -> list[str]:
        self.loads += 1
        return ["r1", "r2"]


def where_price_is_kept() -> object:
    return Order.price.name


def what_an_order_stores() -> object:
    return sorted(vars(Order(2, 5)))


def price_after_writing_the_instance_dict() -> object:
    order = Order(2, 5)
    order.__dict__["price"] = 99
    return order.price


def rows_read_twice() -> object:
    report = Report()
    first = report.rows
    again = report.rows
    return first is again, report.loads, Report.loads


# -- Class hooks ------------------------------------------------------------------


class Exporter:
    registry: dict[str, type] = {}

    def __init_subclass__(cls, format: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.format = format or cls.__name__.lower()
        Exporter.registry[cls.format] = cls


class CsvExporter(Exporter, format="csv"):
    pass


class ExcelExporter(CsvExporter):
    pass


def registered_formats() -> object:
    return sorted(Exporter.registry)


def format_of_the_excel_exporter() -> object:
    return ExcelExporter.format


# -- Context managers -------------------------------------------------------------


class Transaction:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __enter__(self) -> None:
        self.log.append("begin")

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: object) -> str:
        self.log.append("rollback" if exc_type else "commit")
        return "rolled back" if exc_type else "committed"


def what_as_binds() -> object:
    with Transaction([]) as transaction:
        return transaction


def a_failed_transaction() -> object:
    log: list[str] = []
    with Transaction(log):
        log.append("write")
        raise KeyError("missing row")
    log.append("after")
    return log


SNIPPETS: dict[str, Callable[[], object]] = {
    "average_of_ten_and_twenty": average_of_ten_and_twenty,
    "send_without_next": send_without_next,
    "stop_reading_after_one_chunk": stop_reading_after_one_chunk,
    "the_whole_report": the_whole_report,
    "a_dropped_connection": a_dropped_connection,
    "where_price_is_kept": where_price_is_kept,
    "what_an_order_stores": what_an_order_stores,
    "price_after_writing_the_instance_dict": price_after_writing_the_instance_dict,
    "rows_read_twice": rows_read_twice,
    "registered_formats": registered_formats,
    "format_of_the_excel_exporter": format_of_the_excel_exporter,
    "what_as_binds": what_as_binds,
    "a_failed_transaction": a_failed_transaction,
}
