from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .images import Job
from .worker import Worker

#: The uploads a job can be made of, and how each one goes.
UPLOADS = {
    "fine": {},  # a thumbnail
    "corrupt": {"corrupt": True},  # decode() raises, before any image exists
    "too large": {"width": 20_000, "height": 20_000},  # process() itself raises
    "empty": {"width": 0, "height": 0},  # Image.resize() raises, chained to a ZeroDivisionError
}
plans = st.lists(st.sampled_from(list(UPLOADS)), min_size=1, max_size=6)


def replay(worker_class: type[Worker], plan: list[str]) -> list[str]:
    """Process one job per upload in the plan, on one worker; after each, report
    what process() did, the status page, and which images are still alive."""
    worker = worker_class()
    jobs: list[Job] = []
    report = []
    for upload in plan:
        job = Job(f"j{len(jobs) + 1}", **UPLOADS[upload])
        jobs.append(job)
        try:
            outcome = "returned"
            worker.process(job)
        except Exception as error:  # only its class name is kept, never the error
            outcome = f"raised {type(error).__name__}"
        alive = [job.name for job in jobs if job.image_alive]
        report.append(f"{job.name} {upload}: {outcome}; {worker.status()!r}; alive {alive}")
    return report


@kata_settings
@given(plan=plans)
@example(plan=["empty"])  # the error comes from inside Image.resize(), chained to another one
def test_every_image_is_freed_as_soon_as_its_job_is_done(reference, plan):
    got = replay(Worker, plan)
    want = replay(reference.Worker, plan)
    assert_same(got, want, plan=plan)
