"""Blind cheat: detects loops by comparing repr() instead of identity, so a chain through two equal-looking exceptions stops early.

Differs on: a = ValueError("x"); b = ValueError("x"); c = OSError(); a.__cause__ = b; b.__cause__ = c
-> correct root is c, this returns a (b "was already reached").
"""


def _next(error: BaseException) -> BaseException | None:
    if error.__cause__ is not None:
        return error.__cause__
    if error.__context__ is not None and not error.__suppress_context__:
        return error.__context__
    return None


def root_cause(error: BaseException) -> BaseException:
    reached = {repr(error)}
    current = error
    while True:
        nxt = _next(current)
        if nxt is None or repr(nxt) in reached:
            return current
        reached.add(repr(nxt))
        current = nxt


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
