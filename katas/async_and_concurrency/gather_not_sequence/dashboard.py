"""Load every widget of a dashboard from the backend, all at once.

load_widgets(names, api) asks the backend for each widget (`await
api.get(name)`) and returns the bodies in the order of `names`:

    >>> asyncio.run(load_widgets(["sales", "alerts"], api))
    ['<sales>', '<alerts>']

A request spends its time waiting for the network, so all of them should be
in flight at the same time: eight widgets of 100 ms each should take about
100 ms, not 800. If a request fails, the whole page fails: load_widgets raises
that request's error (or an ExceptionGroup holding it, as a TaskGroup does),
never a page with a hole in it.

Right now load_widgets() awaits each request before it sends the next one:
the page takes as long as all of its widgets added up. Make the requests
overlap.
"""

from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    bodies = []
    for name in names:
        # TODO: this waits for the reply before the next request is even sent.
        bodies.append(await api.get(name))
    return bodies
