"""Blind cheat: origin() steps one tb_next down instead of to the last entry (fits the two-frame tracebacks of the examples).

Differs on: an exception raised three calls below the frame that caught it
(f -> g -> h raises) -> correct origin is h's line, this reports g's call line.
"""


def root_cause(error: BaseException) -> BaseException:
    reached = [error]
    current = error
    while True:
        if current.__cause__ is not None:
            nxt = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt = current.__context__
        else:
            return current
        if any(nxt is seen for seen in reached):
            return current
        reached.append(nxt)
        current = nxt


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    # the first entry is where it was caught; the next one is where it was raised
    if traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
