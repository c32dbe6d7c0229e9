from .images import Job
from .worker import Worker


def run(worker: Worker, job: Job) -> str:
    """Process the job and say what happened. The error itself is not kept here:
    holding on to it would keep its traceback, and all it refers to, alive."""
    try:
        return f"returned {worker.process(job)!r}"
    except Exception as error:
        return f"raised {type(error).__name__}"


def test_a_thumbnail_is_made_and_its_image_freed():
    worker, job = Worker(), Job("cat.png", width=800, height=600)
    assert run(worker, job) == "returned b'cat.png thumbnail 64x48'"
    assert not job.image_alive
    assert worker.status() == "ok"


def test_the_status_page_shows_the_latest_failure():
    worker = Worker()
    run(worker, Job("notes.txt", corrupt=True))
    assert worker.status() == "last error: notes.txt: not an image"
    run(worker, Job("huge.png", width=20_000, height=20_000))
    assert worker.status() == "last error: huge.png: 20000x20000 is over 100000000 pixels"


def test_an_image_too_large_to_scale_is_freed_when_process_raises():
    worker, job = Worker(), Job("huge.png", width=20_000, height=20_000)
    assert run(worker, job) == "raised ImageTooLarge"
    assert not job.image_alive, "process() has raised, yet its image is still in memory"


def test_a_failed_image_does_not_wait_for_the_next_failure_to_be_freed():
    worker = Worker()
    huge = Job("huge.png", width=20_000, height=20_000)
    run(worker, huge)
    run(worker, Job("cat.png"))
    assert not huge.image_alive, "a later successful job did not free the failed image either"
