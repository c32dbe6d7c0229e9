"""Cheat: treats an ExceptionGroup's first member as its cause, digging into the group.

Differs: raise BaseExceptionGroup("layer failed", [KeyboardInterrupt()]) while handling a
KeyError -> the root cause is the KeyError (the group's context), this returns the member.
"""


def next_link(error: BaseException) -> BaseException | None:
    if isinstance(error, BaseExceptionGroup):
        return error.exceptions[0]
    if error.__cause__ is not None:
        return error.__cause__
    if error.__suppress_context__:
        return None
    return error.__context__


def root_cause(error: BaseException) -> BaseException:
    reached = [error]
    while (link := next_link(error)) is not None and not any(link is seen for seen in reached):
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
