"""Load every widget of a dashboard from the backend, all at once.

load_widgets(names, api) asks the backend for each widget (`await
api.get(name)`, one request per entry of `names`: a widget listed twice is
asked for twice) and returns the bodies, as they are, in the order of `names`,
whatever order the replies arrive in. A body may be empty (a widget with
nothing to show); `names` is left as it is.

    >>> asyncio.run(load_widgets(["sales", "alerts"], api))
    ['<p>12 orders today</p>', '']

A request spends its time waiting for the network, so all of them should be
in flight at the same time: eight widgets of 100 ms each should take about
100 ms, not 800. If a request fails, whatever its error, the whole page fails:
load_widgets raises that very error object (or an ExceptionGroup holding the
errors of the failed requests, as a TaskGroup does), never a page with a hole
in it and never an error of its own.

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
