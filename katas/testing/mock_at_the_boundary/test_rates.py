"""Your tests for rates.fetch_rates: the kata is solved when they pass on every correct
implementation of rates.py and fail on each of its planted bugs.

TODO: read the contract in rates.py's docstring, then write one small test per
promise: the URL asked for, the rates returned, which failures are retried and
how many times, the pauses between attempts, what is raised when it gives up
(and its __cause__), what is not retried at all.

Fake the boundary, and only the boundary: the transport (the network) and
sleep, both of which fetch_rates takes as arguments. A fake transport can play
back a script of replies, (503, "...") then (200, "...") or an exception to
raise, and record the URLs it was asked for; sleep can be a list's append.
Never patch or count calls to rates' private helpers (_parse, _url...): the
other correct implementations are built differently inside, and a test that
needs a helper to exist fails on them.
"""

from unittest.mock import Mock

from .rates import fetch_rates


def test_returns_the_rates_of_a_200():
    transport = Mock()
    transport.get.return_value = (200, '{"rates": {"USD": 1.08}}')
    assert fetch_rates(transport, "EUR") == {"USD": 1.08}
