import asyncio
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import ProcessPool, Storage
from .imaging import MAGIC, CorruptImage, render
from .thumbnails import thumbnail, thumbnail_key

MAX_WIDTH = 1024  # the contract's limit (not read from thumbnails.py, which may change it)


class StoreError(Exception):
    """An error of the object store's own."""


ERRORS = [OSError, TimeoutError, ConnectionError, KeyError, ValueError, StoreError]

# Any key (unicode, empty, with slashes), any int width: in range, at its edges, far out.
keys = st.sampled_from(["cats/tom.gray", "a.gray", ""]) | st.text(max_size=8)
widths = st.integers(1, 40) | st.sampled_from([0, 1, MAX_WIDTH, MAX_WIDTH + 1, -1]) | st.integers()
images = st.binary(max_size=40).map(lambda pixels: MAGIC + pixels)
not_images = st.binary(max_size=8).filter(lambda data: not data.startswith(MAGIC))


@kata_settings
@given(key=keys, width=widths)
@example(key="cats/tom.gray", width=MAX_WIDTH)
@example(key="cats/tom.gray", width=MAX_WIDTH + 1)
@example(key="", width=1)
@example(key="x", width=-7)
@example(key="x", width=-1)
def test_the_key_is_a_plain_function_of_key_and_width(key, width):
    try:
        got = thumbnail_key(key, width)
    except ValueError:
        got = "raises ValueError"
    expected = f"thumbs/{width}/{key}" if 1 <= width <= MAX_WIDTH else "raises ValueError"
    assert_same(got, expected, key=key, width=width)


class Request(NamedTuple):
    key: str
    width: int
    objects: dict[str, bytes]  # what this request's storage holds
    failures: dict[str, type[Exception]]  # which storage calls fail, and how


@st.composite
def requests(draw: st.DrawFn) -> list[Request]:
    """Requests served at once, each with a storage of its own."""
    batch = []
    for _ in range(draw(st.integers(1, 3))):
        key = draw(keys.filter(lambda key: not key.startswith("thumbs/")))
        width = draw(widths)
        objects = {}
        original = draw(st.sampled_from(["image", "image", "missing", "corrupt"]))
        if original != "missing":
            objects[key] = draw(images if original == "image" else not_images)
        if draw(st.booleans()) and 1 <= width <= MAX_WIDTH:  # the thumbnail is stored already
            objects[f"thumbs/{width}/{key}"] = draw(images)
        calls = st.sampled_from(["exists", "get", "put"])
        failures = draw(st.dictionaries(calls, st.sampled_from(ERRORS), max_size=1))
        batch.append(Request(key, width, objects, failures))
    return batch


def outcome(error: BaseException, storage: Storage) -> str:
    if isinstance(error, CorruptImage):
        return f"raises CorruptImage({error})"
    own = any(error is raised for raised in storage.raised)
    return f"raises {type(error).__name__}" + (", the store's own" if own else "")


def expected(request: Request) -> tuple[dict[str, object], int]:
    """What serving the request does, and whether it renders: the contract, step by step."""
    key, width, objects, failures = request
    stored, calls = dict(objects), []

    def answer(result: str) -> tuple[dict[str, object], int]:
        seen = {"blocked the loop": [], "result": result, "calls": calls, "stored": stored}
        return seen, renders

    renders = 0
    if not 1 <= width <= MAX_WIDTH:
        return answer("raises ValueError")
    target = f"thumbs/{width}/{key}"
    for call, name, done in [("exists", target, target in stored), ("get", key, False)]:
        calls.append((call, name))
        if call in failures:
            return answer(f"raises {failures[call].__name__}, the store's own")
        if done:
            return answer(target)
    if key not in stored:
        return answer("raises KeyError, the store's own")
    renders = 1
    try:
        small = render(stored[key], width)
    except CorruptImage as error:
        return answer(f"raises CorruptImage({error})")
    calls.append(("put", target))
    if "put" in failures:
        return answer(f"raises {failures['put'].__name__}, the store's own")
    stored[target] = small
    return answer(target)


def served(batch: list[Request]) -> dict[str, object]:
    """Serve every request at once, on one event loop, with one process pool."""
    stores = [Storage(request.objects, request.failures) for request in batch]
    pool = ProcessPool()

    async def one(request: Request, storage: Storage) -> dict[str, object]:
        try:
            result = await thumbnail(request.key, request.width, storage, pool)
        except Exception as error:
            result = outcome(error, storage)
        seen = {"blocked the loop": list(storage.blocked_the_loop), "result": result}
        return seen | {"calls": list(storage.calls), "stored": dict(storage.objects)}

    async def all_at_once() -> list[dict[str, object]]:
        return await asyncio.gather(*(one(r, s) for r, s in zip(batch, stores, strict=True)))

    try:
        got = asyncio.run(all_at_once())
    finally:
        pool.shutdown()
    work = {"renders in the pool": pool.renders, "jobs in the pool": pool.jobs}
    return {"pool": work | {"waits that blocked the loop": pool.blocked_the_loop}, "requests": got}


def as_expected(batch: list[Request]) -> dict[str, object]:
    answers = [expected(request) for request in batch]
    renders = sum(renders for _, renders in answers)
    work = {"renders in the pool": renders, "jobs in the pool": renders}
    pool = work | {"waits that blocked the loop": []}
    return {"pool": pool, "requests": [seen for seen, _ in answers]}


@settings(parent=kata_settings, max_examples=30)  # an event loop and a pool per example
@given(batch=requests())
@example(batch=[Request("a.gray", 2, {"a.gray": MAGIC + b"\x00\x10\x20"}, {})])
@example(batch=[Request("a.gray", 2, {"a.gray": b"JPEG"}, {})])
@example(batch=[Request("a.gray", 2, {}, {})])
@example(batch=[Request("a.gray", 2, {"a.gray": MAGIC}, {"put": OSError})])
@example(batch=[Request("a.gray", 2, {"a.gray": MAGIC}, {"exists": StoreError})])
@example(batch=[Request("a.gray", 2, {"a.gray": MAGIC, "thumbs/2/a.gray": MAGIC + b"x"}, {})])
@example(batch=[Request("a.gray", 0, {"a.gray": MAGIC}, {})])
@example(batch=[Request("a.gray", 2, {"a.gray": MAGIC + b"ab"}, {}), Request("a.gray", 2, {}, {})])
@example(batch=[Request("é", 3, {"é": MAGIC + b"abcdef"}, {}), Request("b", 9, {}, {})])
def test_every_request_gets_the_same_thumbnail_with_each_job_in_its_place(batch):
    assert_same(served(batch), as_expected(batch), batch=batch)
