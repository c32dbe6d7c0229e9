"""Cheat: a defensive depth limit: after six links it gives up and returns where it is.

Differs: seven layers that each `raise ... from` what they caught -> the root cause is the
bottom exception, this returns the one six links down.
"""

MAX_LINKS = 6  # no real chain is deeper than this


def next_link(error: BaseException) -> BaseException | None:
    if error.__cause__ is not None:
        return error.__cause__
    if error.__suppress_context__:
        return None
    return error.__context__


def root_cause(error: BaseException) -> BaseException:
    reached = [error]
    for _ in range(MAX_LINKS):
        link = next_link(error)
        if link is None or any(link is seen for seen in reached):
            break
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
