"""Pushing an invoice to the accounting system, with retries and logs whose levels mean something.

push_invoice(invoice, send, attempts=4, sleep=time.sleep) calls send(invoice),
which returns the accounting system's id for the invoice (a str), and returns
that id. Any Exception from send() is a failed attempt: when attempt n fails
and attempts are left, push_invoice() calls sleep(2 ** (n - 1)) (1, 2, 4, ...
seconds) and tries again, up to `attempts` attempts in all (an int, 1 or
more). When the last attempt fails, it raises that attempt's exception itself
(the very object, not a copy or a wrapper). A BaseException that is not an
Exception (KeyboardInterrupt, SystemExit) is not a failed attempt: it
propagates at once, with no retry and no further record. The invoice (a dict)
is never changed.

    >>> push_invoice({"number": "INV-7", "total_cents": 1200}, send)
    'acc-901'

The logs go to the logger named "billing.invoices", and the level of each
record says who has to care:

    DEBUG    before each attempt, one record whose message includes the attempt
             number and repr(invoice): the detail, for whoever switches DEBUG on
    WARNING  each failed attempt that will be retried, one record: the job may
             still recover, worth a look only if it keeps happening
    ERROR    the final failure, one record whose exc_info carries the very
             exception that is raised: someone has to act
    INFO     a success, one record: the invoice got through

and nothing else, at any level. A run that succeeds on its third attempt logs
DEBUG, WARNING, DEBUG, WARNING, DEBUG, INFO. Message wording is free, except
for what the DEBUG record must include. The module configures no logging.

Right now every attempt is logged at INFO with the whole invoice, every retry
is an ERROR (the on-call person is paged for a blip that fixed itself), and
the final failure is an ERROR without the traceback.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("billing.invoices")


def push_invoice(
    invoice: dict[str, Any],
    send: Callable[[dict[str, Any]], str],
    attempts: int = 4,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    # TODO: which of these records would page someone? Give each one the level it means.
    for attempt in range(1, attempts + 1):
        logger.info(f"attempt {attempt} of {attempts}: sending {invoice!r}")
        try:
            invoice_id = send(invoice)
        except Exception as error:
            logger.error(f"attempt {attempt} of {attempts} failed: {error}")
            if attempt == attempts:
                raise
            sleep(2 ** (attempt - 1))
        else:
            logger.info(f"invoice pushed as {invoice_id}")
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
