import dataclasses

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .jobs import Job, executor_for

# Names tell nothing about a job: some sound busy and wait, some sound idle and compute.
# A few names recur, so one job can be asked about again with another profile.
names = st.one_of(
    st.sampled_from(
        ["nightly backup", "render video", "sync CRM", "score leads", "download invoices", "job 7"]
    ),
    st.text(max_size=12),
)


@st.composite
def jobs(draw: st.DrawFn) -> Job:
    wall_ms = draw(st.one_of(st.integers(1, 20), st.integers(1, 10**9)))
    # Half of the wall time is where the decision flips: look there often.
    half = wall_ms // 2
    cpu_ms = draw(
        st.one_of(
            st.integers(0, wall_ms),
            st.sampled_from(sorted({0, half, min(half + 1, wall_ms), wall_ms})),
        )
    )
    return Job(draw(names), wall_ms, cpu_ms)


@kata_settings
@given(job=jobs())
@example(job=Job("nightly backup", wall_ms=600_000, cpu_ms=20_000))  # lots of CPU, mostly waiting
@example(job=Job("render video", wall_ms=2_000, cpu_ms=1_900))  # a name never seen before
@example(job=Job("parse", wall_ms=100, cpu_ms=90))  # computes, but for less than half a second
@example(job=Job("half and half", wall_ms=100, cpu_ms=50))  # exactly half: still waiting
@example(job=Job("download and decode", wall_ms=1000, cpu_ms=900))  # an IO word, a CPU profile
@example(job=Job("nightly report", wall_ms=2000, cpu_ms=100))  # slow, and waiting
@example(job=Job("", wall_ms=1, cpu_ms=1))
@example(job=Job("ping", wall_ms=3, cpu_ms=1))
def test_the_pool_follows_where_the_time_goes(reference, job):
    assert_same(executor_for(job), reference.executor_for(job), job=job)


@kata_settings
@given(history=st.lists(jobs(), min_size=1, max_size=8))
@example(history=[Job("nightly", 100, 90), Job("nightly", 100, 10), Job("nightly", 100, 90)])
def test_the_same_job_is_judged_on_its_latest_profile(reference, history):
    # The runner asks about the same jobs every night; each profile is judged on its own.
    got = [executor_for(job) for job in history]
    assert_same(got, [reference.executor_for(job) for job in history], history=history)


@kata_settings
@given(job=jobs())
def test_a_job_is_an_immutable_value(job):
    # The runner keeps jobs in sets and as dict keys: a profile never changes after the run.
    assert hash(job) == hash(Job(job.name, job.wall_ms, job.cpu_ms))
    with pytest.raises(dataclasses.FrozenInstanceError):
        job.cpu_ms = 0  # type: ignore[misc]
