"""The page size a client asks for in a URL: /users?size=50.

page_size(params, default) reads the `size` parameter of a request.
`params` maps each parameter's name to its text, as
dict(urllib.parse.parse_qsl(query)) builds it; a web framework reads it
lazily from the connection (any Mapping will do). People type URLs by hand,
so a missing size (`"size" in params` is false), or one that is not a whole
number as int() reads it, is expected: the answer is `default`, whatever int
that is. Otherwise the answer is int() of the text, 0 and negatives included.

    >>> page_size({"size": "50"})
    50
    >>> page_size({"size": "fifty"}), page_size({})
    (20, 20)

Any other failure is not the user's typo, and must reach the caller as it
was raised (the very same exception object, its __cause__ and __context__
untouched): the client went away while its request was being read (an
OSError, a TimeoutError), the framework failed to read a size that is there
(any exception at all, a KeyError or a ValueError too: only int() of the
text tells you that the user typed something wrong), or our own code passed
the wrong thing (a list where the text belongs, which is what
urllib.parse.parse_qs gives, or None: a TypeError). Exceptions that are not
errors (KeyboardInterrupt, SystemExit, ...) propagate too. Answering
"20 per page" to those hides an outage or a bug from everyone. page_size()
does not change `params`.

Right now page_size() returns the default whatever goes wrong, even when the
connection drops. Make it handle the one failure it expects, and let every
other exception propagate.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except Exception:  # TODO: which of the failures in this try did you mean to handle?
        return default
