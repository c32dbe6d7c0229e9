import logging

import pytest

from .invoices import push_invoice

INVOICE = {"number": "INV-7", "total_cents": 1200}


class FlakySend:
    """Fails with each error in turn, then answers with the id."""

    def __init__(self, *errors: BaseException, invoice_id: str = "acc-901") -> None:
        self.errors, self.invoice_id = list(errors), invoice_id
        self.calls = 0

    def __call__(self, invoice: dict) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.invoice_id


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def levels(log) -> list[str]:
    return [record.levelname for record in log.records if record.name == "billing.invoices"]


def test_a_success_is_one_info_line_and_the_detail_is_debug(log):
    assert push_invoice(dict(INVOICE), FlakySend(), sleep=[].append) == "acc-901"
    assert levels(log) == ["DEBUG", "INFO"]
    assert repr(INVOICE) in log.records[0].getMessage()


def test_a_retry_is_a_warning_not_an_error(log):
    sleeps: list[float] = []
    send = FlakySend(ConnectionError("reset"), TimeoutError("slow"))
    assert push_invoice(dict(INVOICE), send, sleep=sleeps.append) == "acc-901"
    assert levels(log) == ["DEBUG", "WARNING", "DEBUG", "WARNING", "DEBUG", "INFO"]
    assert sleeps == [1, 2]


def test_the_final_failure_is_an_error_with_its_traceback(log):
    last = ConnectionError("still down")
    send = FlakySend(ConnectionError("down"), last)
    with pytest.raises(ConnectionError) as raised:
        push_invoice(dict(INVOICE), send, attempts=2, sleep=[].append)
    assert raised.value is last
    assert levels(log) == ["DEBUG", "WARNING", "DEBUG", "ERROR"]
    error = log.records[-1]
    assert error.exc_info is not None and error.exc_info[1] is last


def test_every_attempt_logs_the_payload_at_debug(log):
    push_invoice(dict(INVOICE), FlakySend(TimeoutError("slow")), sleep=[].append)
    debug = [record.getMessage() for record in log.records if record.levelno == logging.DEBUG]
    assert len(debug) == 2 and all(repr(INVOICE) in message for message in debug)


def test_ctrl_c_is_not_retried(log):
    send = FlakySend(KeyboardInterrupt())
    sleeps: list[float] = []
    with pytest.raises(KeyboardInterrupt):
        push_invoice(dict(INVOICE), send, sleep=sleeps.append)
    assert (send.calls, sleeps, levels(log)) == (1, [], ["DEBUG"])
