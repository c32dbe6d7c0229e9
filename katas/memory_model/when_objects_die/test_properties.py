import gc
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .images import Image, Job
from .worker import Worker


@contextmanager
def collector_off() -> Iterator[None]:
    """Only reference counting frees objects in the block: what is alive does not
    depend on when the cyclic collector happens to run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Cancelled(BaseException):
    """Not a job failure: like KeyboardInterrupt, it only passes through process()."""


class TroubledImage(Image):
    """An image whose resize() raises the error its job makes."""

    def __init__(self, job: "TroubledJob") -> None:
        super().__init__(job.name, job.width, job.height)
        self.job = job

    def resize(self, width: int, height: int) -> bytes:
        # No local variable for the error: a frame holding its own error is a cycle.
        self.job.raised = self.job.make_error()
        raise self.job.raised


class TroubledJob(Job):
    """A job whose image cannot be scaled, for a reason of the test's choosing.

    It remembers the error it raised only until the test has compared it with
    what process() raised (see `replay`)."""

    def __init__(self, name: str, make_error: Callable[[], BaseException]) -> None:
        super().__init__(name)
        self.make_error = make_error
        self.raised: BaseException | None = None

    def decode(self) -> Image:
        image = TroubledImage(self)
        self._image = weakref.ref(image)
        return image


#: The uploads a job can be made of, and how each one goes.
UPLOADS: dict[str, Callable[[str], Job]] = {
    "fine": lambda name: Job(name),  # a thumbnail, 64x48
    "tall": lambda name: Job(name, width=600, height=800),  # a thumbnail, 48x64
    "at the limit": lambda name: Job(name, width=10_000, height=10_000),  # still scaled
    "just over": lambda name: Job(name, width=10_000, height=10_001),  # ImageTooLarge
    "corrupt": lambda name: Job(name, corrupt=True),  # decode() raises, before any image exists
    "too large": lambda name: Job(name, width=20_000, height=20_000),  # process() itself raises
    "empty": lambda name: Job(name, width=0, height=0),  # resize() raises, chained to another error
    "os error": lambda name: TroubledJob(name, lambda: OSError(2, "No such file")),
    "key error": lambda name: TroubledJob(name, lambda: KeyError(name)),  # str() adds quotes
    "no message": lambda name: TroubledJob(name, lambda: RuntimeError()),  # str() is ""
    "two args": lambda name: TroubledJob(name, lambda: ValueError("cannot", "scale")),
    "cancelled": lambda name: TroubledJob(name, lambda: Cancelled(f"{name} cancelled")),
}
#: Each step: which of two workers processes the job, and what the upload is.
plans = st.lists(
    st.tuples(st.sampled_from([0, 1]), st.sampled_from(list(UPLOADS))), min_size=1, max_size=8
)


def replay(worker_class: type[Worker], plan: list[tuple[int, str]]) -> list[str]:
    """Process one job per step of the plan, on two workers; after each, report
    what process() did, both status pages, and which images are still alive."""
    workers = [worker_class(), worker_class()]
    jobs: list[Job] = []
    report = []
    for which, upload in plan:
        job = UPLOADS[upload](f"j{len(jobs) + 1}")
        jobs.append(job)
        try:
            outcome = f"returned {workers[which].process(job)!r}"
        except BaseException as error:  # only a description is kept, never the error
            outcome = f"raised {type(error).__name__}"
            if isinstance(job, TroubledJob):
                if error is not job.raised:
                    outcome += ", not the very error the job raised"
                job.raised = None
        alive = [job.name for job in jobs if job.image_alive]
        statuses = [worker.status() for worker in workers]
        report.append(f"{job.name} {upload} on {which}: {outcome}; {statuses}; alive {alive}")
    return report


@kata_settings
@given(plan=plans)
@example(plan=[(0, "empty")])  # the error comes from inside Image.resize(), chained to another
@example(plan=[(0, "os error")])  # str(error) is not error.args[0]
@example(plan=[(0, "no message")])  # an error without args still has a message: ""
@example(plan=[(0, "too large"), (0, "fine")])  # a later success keeps the latest failure
@example(plan=[(0, "too large"), (1, "fine")])  # each worker has its own status page
@example(plan=[(0, "at the limit"), (0, "just over"), (0, "tall")])  # the limit, and the size
@example(plan=[(0, "cancelled")])  # not a failure: it propagates and the status is unchanged
def test_every_image_is_freed_as_soon_as_its_job_is_done(reference, plan):
    with collector_off():
        got = replay(Worker, plan)
        want = replay(reference.Worker, plan)
    assert_same(got, want, plan=plan)
