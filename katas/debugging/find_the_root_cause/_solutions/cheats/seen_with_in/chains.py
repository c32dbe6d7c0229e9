"""Cheat: `link in reached` finds loops with ==, so two equal dataclass exceptions look like a loop.

Differs: OrderError(7) raised while handling another OrderError(7) (equal, not the same) -> the
root cause is the inner one, this stops at the outer one.
"""


def next_link(error: BaseException) -> BaseException | None:
    if error.__cause__ is not None:
        return error.__cause__
    if error.__suppress_context__:
        return None
    return error.__context__


def root_cause(error: BaseException) -> BaseException:
    reached = [error]
    while (link := next_link(error)) is not None and link not in reached:
        reached.append(link)
        error = link
    return error


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
