"""Blind cheat: honours `from None` only on the outermost error; deeper down it follows __context__ even when it was suppressed.

Differs on: try: {}["k"] except KeyError: raise NotFound() from None, then that
NotFound raised inside `except NotFound:` as context of a RuntimeError ->
correct root is the NotFound, this walks on to the hidden KeyError.
"""


def root_cause(error: BaseException) -> BaseException:
    # `raise ... from None`: the chain ends right here
    if error.__cause__ is None and error.__suppress_context__:
        return error
    reached = [error]
    current = error
    while True:
        nxt = current.__cause__ if current.__cause__ is not None else current.__context__
        if nxt is None or any(nxt is seen for seen in reached):
            return current
        reached.append(nxt)
        current = nxt


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
