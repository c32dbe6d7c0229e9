import copy
import random

import httpx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import retrying as learner
from .fakes import FakeClock, ScriptedService, Step

METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH"]
RETRYABLE = [429, 502, 503, 504]

# Times are multiples of 1/4 second, so that the clock's sums are exact and a
# deadline can be hit exactly; the jittered delays are whatever rng gives.
quarters = st.integers(1, 48).map(lambda n: n / 4)


def any_case(word):
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
    )


methods = st.sampled_from(METHODS).flatmap(lambda m: st.just(m) | any_case(m))
key_names = any_case("idempotency-key")
other_headers = st.dictionaries(
    st.sampled_from(["Accept", "X-Request-Id", "X-Idempotency", "Idempotency", "Key"]),
    st.text("abcdef0123456789-", max_size=6),
    max_size=2,
)


@st.composite
def header_sets(draw):
    headers = draw(st.none() | other_headers)
    if headers is not None and draw(st.booleans()):
        headers[draw(key_names)] = draw(st.text("abcdef0123456789-", max_size=8))
    return headers


policies = st.builds(
    learner.RetryPolicy,
    max_attempts=st.integers(1, 5),
    base_delay=st.sampled_from([0.25, 0.5, 1.0, 2.0]),
    max_delay=st.sampled_from([0.0, 0.25, 1.0, 2.0, 4.0, 8.0]),
    attempt_timeout=st.sampled_from([0.5, 1.0, 2.0, 5.0, 10.0]),
    deadline=st.sampled_from([0.5, 1.0, 3.0, 6.0, 10.0, 20.0, 60.0]),
)
retry_afters = st.none() | st.sampled_from(
    ["0", "1", "2", "3", "30", " 2 ", "007", "-1", "+3", "1.5", "\u0663", "1_0", "", "soon"]
)
retry_afters |= st.just("Wed, 21 Oct 2015 07:28:00 GMT")
statuses = st.sampled_from(RETRYABLE) | st.sampled_from([200, 201, 204, 400, 404, 409, 500, 501])
takes = st.just(0.0) | quarters | st.sampled_from([7.5, 12.0])
steps = st.one_of(
    st.builds(Step, status=statuses, retry_after=retry_afters, takes=takes),
    st.builds(Step, status=st.sampled_from(RETRYABLE), retry_after=retry_afters, takes=takes),
    st.builds(
        Step, fails=st.sampled_from(["connect", "connect", "reset", "protocol"]), takes=takes
    ),
)


@st.composite
def cases(draw):
    policy = draw(policies)
    script = draw(st.lists(steps, min_size=policy.max_attempts, max_size=policy.max_attempts))
    return {
        "method": draw(methods),
        "headers": draw(header_sets()),
        "policy": policy,
        "script": script,
        "start": draw(st.sampled_from([0.0, 1000.0, 86400.25])),
        "seed": draw(st.integers(0, 2**32)),
    }


# What httpx sends on every request anyway: left out of the summary, to keep it short.
DEFAULT_HEADERS = {(name.lower(), value) for name, value in httpx.Client().headers.items()}


def sent_headers(sent):
    return {name: v for name, v in sent.headers.items() if (name, v) not in DEFAULT_HEADERS}


def exact(seconds):
    """Times as the summary shows them; rounding forgives a last-digit difference in float sums."""
    return None if seconds is None else round(seconds, 9)


def replay(module, case):
    """Run one call against the scripted service: everything a caller or the service could see."""
    clock = FakeClock(start=case["start"])
    service = ScriptedService(clock, case["script"])
    headers = copy.deepcopy(case["headers"])
    policy = module.RetryPolicy(**vars(case["policy"]))
    try:
        response = module.request_with_retries(
            service.client(),
            case["method"],
            "/charges",
            headers=headers,
            policy=policy,
            clock=clock,
            rng=random.Random(case["seed"]),
        )
        outcome = ("response", response.status_code)
    except Exception as error:
        outcome = ("raised", type(error).__name__, str(error))
    return {
        "outcome": outcome,
        "attempts": len(service.sent),
        "sleeps": [exact(seconds) for seconds in clock.sleeps if seconds != 0],
        "clock at the end": exact(clock.now),
        "headers left as they were": headers == case["headers"],
        "requests": [
            (sent.method, sent.path, sent_headers(sent), exact(sent.timeout), exact(sent.at))
            for sent in service.sent
        ],
    }


def test_the_default_policy_is_the_documented_one(reference):
    assert_same(vars(learner.RetryPolicy()), vars(reference.RetryPolicy()))


P = learner.RetryPolicy


def case(script, method="GET", headers=None, policy=None, start=1000.0, seed=7):
    policy = policy or P(max_attempts=len(script))
    return dict(
        method=method, headers=headers, policy=policy, script=script, start=start, seed=seed
    )


@settings(parent=kata_settings, max_examples=40)  # a client per example
@given(case=cases())
@example(case=case([Step(503, retry_after="-1"), Step(200)]))
@example(case=case([Step(503, retry_after="+3"), Step(200)]))
@example(case=case([Step(503, retry_after="\u0663"), Step(200)]))
@example(case=case([Step(503, retry_after="1.5"), Step(200)]))
@example(case=case([Step(503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"), Step(200)]))
@example(
    case=case([Step(503, retry_after="12"), Step(200)], policy=P(max_attempts=2, max_delay=1.0))
)
@example(case=case([Step(503, retry_after="2"), Step(503), Step(200)]))
@example(case=case([Step(fails="reset"), Step(200)]))
@example(case=case([Step(fails="protocol"), Step(200)]))
@example(case=case([Step(503), Step(200)], method="POST", headers={"idempotency-key": "k1"}))
@example(case=case([Step(503), Step(200)], method="patch", headers={"IDEMPOTENCY-KEY": "k1"}))
@example(case=case([Step(503), Step(200)], method="put"))
@example(case=case([Step(503), Step(200)], method="POST", headers={"X-Idempotency": "k1"}))
@example(case=case([Step(504), Step(502), Step(200)], start=0.0))
@example(
    case=case(
        [Step(200, takes=12.0)] * 3, policy=P(max_attempts=3, attempt_timeout=10.0, deadline=11.0)
    )
)
@example(case=case([Step(fails="connect", takes=7.5)] * 2, policy=P(max_attempts=2, deadline=6.0)))
@example(case=case([Step(503, retry_after="3"), Step(200)], policy=P(max_attempts=2, deadline=3.0)))
@example(
    case=case(
        [Step(503, takes=1.0, retry_after="2"), Step(200)], policy=P(max_attempts=2, deadline=3.0)
    )
)
@example(
    case=case(
        [Step(503)] * 5, policy=P(max_attempts=5, base_delay=1.0, max_delay=3.0, deadline=60.0)
    )
)
@example(  # the timeout used up the deadline, and no backoff is left: give up, do not retry
    case=case(
        [Step(fails="connect", takes=7.5), Step(200)],
        policy=P(max_attempts=2, max_delay=0.0, attempt_timeout=5.0, deadline=3.0),
    )
)
def test_retries_keep_the_contract(reference, case):
    assert_same(replay(learner, case), replay(reference, case), case=case)
