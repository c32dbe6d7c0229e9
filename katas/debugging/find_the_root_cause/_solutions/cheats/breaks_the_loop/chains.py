"""Cheat: guards against loops by cutting them: it clears the link that leads back.

Differs: any chain that loops (a.__cause__ = b; b.__cause__ = a): the answer is right, but the
caller's exception b has lost its __cause__ afterwards.
"""


def root_cause(error: BaseException) -> BaseException:
    reached = [error]
    while True:
        if error.__cause__ is not None:
            link, attribute = error.__cause__, "__cause__"
        elif not error.__suppress_context__ and error.__context__ is not None:
            link, attribute = error.__context__, "__context__"
        else:
            return error
        if any(link is seen for seen in reached):
            setattr(error, attribute, None)  # break the loop for good
            return error
        reached.append(link)
        error = link


def origin(error: BaseException) -> tuple[str, int, str] | None:
    traceback = root_cause(error).__traceback__
    if traceback is None:
        return None
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    return code.co_filename, traceback.tb_lineno, code.co_name
