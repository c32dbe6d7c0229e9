import ast
import inspect

import pytest

from . import client
from .client import build_client
from .fakes import FakeServer


def base_name(base: ast.expr) -> str:
    """The class name in a base: `Client`, `typing.Protocol`, `Protocol[T]`."""
    if isinstance(base, ast.Subscript):
        base = base.value
    if isinstance(base, ast.Attribute):
        return base.attr
    return base.id if isinstance(base, ast.Name) else ""


def test_no_class_inherits_from_another_class_of_the_file():
    tree = ast.parse(inspect.getsource(client))
    classes = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    interfaces = {
        name
        for name, node in classes.items()
        if any(base_name(base) == "Protocol" for base in node.bases)
    }
    inherits = [
        f"class {name}({base})"
        for name, node in classes.items()
        for base in map(base_name, node.bases)
        if base in classes and base not in interfaces
    ]
    assert not inherits, f"wrap another client instead of subclassing it: {', '.join(inherits)}"


def test_a_plain_client_asks_the_server():
    server = FakeServer()
    assert build_client(server).get("/a") == "body of /a"
    assert server.calls == ["/a"]


def test_a_retrying_client_gives_up_after_three_attempts():
    server = FakeServer(failures={"/a": 5})
    with pytest.raises(ConnectionError):
        build_client(server, retry=True).get("/a")
    assert server.calls == ["/a", "/a", "/a"]


def test_a_logged_client_logs_every_get():
    log: list[str] = []
    server = FakeServer(failures={"/b": 1})
    logged = build_client(server, log=log)
    assert logged.get("/a") == "body of /a"
    with pytest.raises(ConnectionError):
        logged.get("/b")
    assert log == ["GET /a", "OK /a", "GET /b", "FAILED /b"]


def test_a_cached_client_asks_the_server_once_per_url():
    server = FakeServer()
    cached = build_client(server, cache=True)
    assert [cached.get(url) for url in ["/a", "/b", "/a"]] == [
        "body of /a",
        "body of /b",
        "body of /a",
    ]
    assert server.calls == ["/a", "/b"]


def test_a_cached_retrying_client_retries_then_remembers():
    server = FakeServer(failures={"/a": 2})
    cached = build_client(server, retry=True, cache=True)
    assert cached.get("/a") == "body of /a"
    assert cached.get("/a") == "body of /a"
    assert server.calls == ["/a", "/a", "/a"]
