from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .jobs import Job, executor_for

# Names tell nothing about a job: some sound busy and wait, some sound idle and compute.
names = st.sampled_from(
    ["nightly backup", "render video", "sync CRM", "score leads", "send emails", "job 7"]
)


@st.composite
def jobs(draw: st.DrawFn) -> Job:
    wall_ms = draw(st.integers(1, 600_000))
    cpu_ms = draw(st.integers(0, wall_ms))
    return Job(draw(names), wall_ms, cpu_ms)


@kata_settings
@given(job=jobs())
@example(job=Job("nightly backup", wall_ms=600_000, cpu_ms=20_000))  # lots of CPU, mostly waiting
@example(job=Job("render video", wall_ms=2_000, cpu_ms=1_900))  # a name never seen before
def test_the_pool_follows_where_the_time_goes(reference, job):
    assert_same(executor_for(job), reference.executor_for(job), job=job)
