"""Blind cheat: memoises root_cause by the error's type and args, so two different chains under equal-looking outer errors share one answer.

Differs on: two separate HTTPError(500, "internal error") failures, one caused by
ValueError and the next by TypeError -> the second call returns the first call's ValueError.
"""

_roots: dict[tuple, BaseException] = {}


def root_cause(error: BaseException) -> BaseException:
    key = (type(error), repr(error.args))
    if key in _roots:
        return _roots[key]
    reached = [error]
    current = error
    while True:
        if current.__cause__ is not None:
            nxt = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt = current.__context__
        else:
            break
        if any(nxt is seen for seen in reached):
            break
        reached.append(nxt)
        current = nxt
    _roots[key] = current
    return current


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
