import random

import httpx
import pytest

from .fakes import FakeClock, ScriptedService, Step
from .retrying import RetryPolicy, request_with_retries

POLICY = RetryPolicy(
    max_attempts=4, base_delay=0.5, max_delay=8.0, attempt_timeout=5.0, deadline=20.0
)


def call(steps, method="GET", headers=None, policy=POLICY, seed=7):
    """Play the steps against request_with_retries: the response, the service and the clock."""
    clock = FakeClock()
    service = ScriptedService(clock, steps)
    response = request_with_retries(
        service.client(),
        method,
        "/charges",
        headers=headers,
        policy=policy,
        clock=clock,
        rng=random.Random(seed),
    )
    return response, service, clock


def backoffs(*caps, seed=7):
    """The sleeps full jitter gives with this seed: rng.uniform(0, cap) for each cap."""
    rng = random.Random(seed)
    return [rng.uniform(0, cap) for cap in caps]


def test_a_503_is_retried_with_exponential_backoff_and_jitter():
    response, service, clock = call([Step(503), Step(503), Step(200)])
    assert response.status_code == 200
    assert len(service.sent) == 3
    assert clock.sleeps == backoffs(0.5, 1.0)


def test_a_429_is_retried():
    response, service, _ = call([Step(429), Step(200)])
    assert (response.status_code, len(service.sent)) == (200, 2)


def test_a_500_is_not_retried():
    response, service, clock = call([Step(500)])
    assert (response.status_code, len(service.sent), clock.sleeps) == (500, 1, [])


def test_a_post_is_sent_once():
    response, service, _ = call([Step(503)], method="POST")
    assert (response.status_code, len(service.sent)) == (503, 1)


def test_a_post_with_an_idempotency_key_is_retried_with_the_same_key():
    headers = {"Idempotency-Key": "charge-42"}
    response, service, _ = call([Step(503), Step(201)], method="POST", headers=headers)
    assert response.status_code == 201
    assert [sent.headers["idempotency-key"] for sent in service.sent] == ["charge-42", "charge-42"]


def test_retry_after_in_seconds_is_honoured():
    response, _, clock = call([Step(503, retry_after="3"), Step(200)])
    assert (response.status_code, clock.sleeps) == (200, [3])


def test_no_sleep_that_would_pass_the_deadline():
    response, service, clock = call([Step(429, retry_after="30")])
    assert (response.status_code, len(service.sent), clock.sleeps) == (429, 1, [])


def test_out_of_attempts_the_last_error_is_raised():
    policy = RetryPolicy(max_attempts=3, base_delay=0.5)
    with pytest.raises(httpx.ConnectError):
        call([Step(fails="connect")] * 3, policy=policy)


def test_each_attempt_gets_only_the_time_left():
    policy = RetryPolicy(max_attempts=4, base_delay=1.0, attempt_timeout=5.0, deadline=6.0)
    clock = FakeClock(start=1000.0)
    service = ScriptedService(clock, [Step(200, takes=9.0)] * 4)
    with pytest.raises(httpx.ReadTimeout):
        request_with_retries(
            service.client(), "GET", "/charges", policy=policy, clock=clock, rng=random.Random(7)
        )
    assert service.sent[0].timeout == 5.0
    assert clock.now <= 1006.0
