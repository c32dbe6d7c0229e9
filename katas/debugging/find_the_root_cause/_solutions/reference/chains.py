"""Find where a chained exception really started.

A traceback a caller sees starts at the outermost layer (here an HTTPError
from the handler in service.py); the real failure is further down the chain,
the first traceback Python prints. Two functions read that chain:

root_cause(error) follows the chain from `error` to its end and returns the
last exception reached, the very same object. From each exception the next
link is:
  - its __cause__, when it is not None (`raise ... from cause`, printed as
    "The above exception was the direct cause of the following exception");
  - else its __context__, when that is not None and __suppress_context__ is
    False (raised while handling another one, printed as "During handling of
    the above exception, another exception occurred");
  - else there is no next link: `raise ... from None` ends the chain there.
Code that sets __cause__ or __context__ by hand can make the chain loop back:
stop at the exception whose next link leads to one already reached, and
return it. An exception with no link is its own root cause. Any exception
counts, BaseException subclasses (KeyboardInterrupt, SystemExit) included;
an ExceptionGroup is one link like any other (its members are not followed).
Exceptions may define __eq__ or be unhashable (a dataclass exception does
both): "already reached" means the same object.

origin(error) says where root_cause(error) was raised: (filename, lineno,
function) of the LAST entry of its __traceback__, the innermost frame, as
the last "File ..., line ..., in ..." line of its printed traceback shows it.
It returns None when the root cause has no traceback (an exception that was
never raised, such as `raise NotFound() from KeyError("id")`).

    >>> try:
    ...     handle(service, "nobody")
    ... except HTTPError as error:
    ...     root_cause(error), origin(error)
    (KeyError('nobody'), ('.../service.py', 28, 'get'))

Neither function changes an exception: no link, no traceback is modified,
and both can be called again with the same answer.

Right now root_cause() looks one `from` link down and no further, and
origin() reports the first traceback entry, which is where the root cause
was caught, not where it was raised.
"""


def next_link(error: BaseException) -> BaseException | None:
    """The exception Python prints above this one, or None at the end of the chain."""
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
