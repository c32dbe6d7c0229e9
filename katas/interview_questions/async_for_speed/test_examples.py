import asyncio
import threading

import pytest

from .fakes import ProcessPool, Storage
from .imaging import CorruptImage
from .thumbnails import thumbnail, thumbnail_key

TOM = b"GRAY" + bytes([0, 10, 20, 30, 40, 50, 60, 70])  # eight pixels wide


def serve(key, width, storage):
    """Serve one request on a fresh event loop, as the service does; also return the pool."""
    pool = ProcessPool()
    try:
        return asyncio.run(thumbnail(key, width, storage, pool)), pool
    finally:
        pool.shutdown()


def test_the_templates_get_a_key_not_a_coroutine():
    assert thumbnail_key("cats/tom.gray", 64) == "thumbs/64/cats/tom.gray"


def test_a_width_out_of_range_is_refused():
    with pytest.raises(ValueError):
        thumbnail_key("cats/tom.gray", 0)


def test_the_thumbnail_is_made_and_stored():
    storage = Storage({"cats/tom.gray": TOM})
    key, _ = serve("cats/tom.gray", 4, storage)
    assert key == "thumbs/4/cats/tom.gray"
    assert storage.objects[key] == b"GRAY" + bytes([5, 25, 45, 65])


def test_the_storage_client_never_blocks_the_event_loop():
    storage = Storage({"cats/tom.gray": TOM})
    serve("cats/tom.gray", 4, storage)
    assert storage.blocked_the_loop == []


def test_the_resize_runs_in_the_process_pool():
    _, pool = serve("cats/tom.gray", 4, Storage({"cats/tom.gray": TOM}))
    assert pool.renders == 1
    assert pool.blocked_the_loop == []


def test_a_stored_thumbnail_is_not_made_again():
    storage = Storage({"cats/tom.gray": TOM, "thumbs/4/cats/tom.gray": b"GRAY\x01"})
    key, pool = serve("cats/tom.gray", 4, storage)
    assert key == "thumbs/4/cats/tom.gray"
    assert storage.objects[key] == b"GRAY\x01"
    assert pool.renders == 0


def test_a_missing_original_and_a_corrupt_one_reach_the_caller():
    with pytest.raises(KeyError):
        serve("cats/felix.gray", 4, Storage({}))
    with pytest.raises(CorruptImage, match="not an image"):
        serve("cats/tom.gray", 4, Storage({"cats/tom.gray": b"JPEG...."}))


def test_the_loop_keeps_ticking_while_a_thumbnail_is_made():
    async def ticks_during_the_request() -> int:
        network = threading.Event()  # the store answers when this is set
        storage = Storage({"cats/tom.gray": TOM}, network=network)
        pool = ProcessPool()
        ticks = 0

        async def heartbeat() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                if ticks == 3:
                    network.set()  # the store answers while the service goes on
                await asyncio.sleep(0)

        task = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)  # the heartbeat is running
        before = ticks
        try:
            await thumbnail("cats/tom.gray", 4, storage, pool)
        finally:
            task.cancel()
            pool.shutdown()
        return ticks - before

    ticks = asyncio.run(ticks_during_the_request())
    assert ticks >= 2, f"the event loop stalled: {ticks} ticks while the thumbnail was made"
