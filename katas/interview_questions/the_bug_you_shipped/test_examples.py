import copy
import re
from pathlib import Path

import pytest

from pytest_senior_katas.kata import check_prediction

from . import postmortem
from .incident import pages

KATA = Path(__file__).parent
OUR_CODE = KATA / "incident"
LOG = KATA / "incident.log"
PRODUCT = {"id": 8812, "name": "Walnut tray"}
#: What product 8812 held when its page failed, as the moderation record in the log says.
REVIEWS_OF_8812 = [{"id": "r-5512", "stars": 1, "status": "hidden"}]


def root_of(error: BaseException) -> BaseException:
    """The exception at the root of the chain Python prints: follow cause, then context."""
    seen = [error]
    while True:
        link = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        if link is None or any(link is s for s in seen):
            return error
        seen.append(link)
        error = link


def our_frames(error: BaseException) -> list[tuple[str, int]]:
    """(file name, line) of each frame of the incident's code in the error's traceback."""
    frames, tb = [], error.__traceback__
    while tb is not None:
        path = Path(tb.tb_frame.f_code.co_filename)
        if path.parent == OUR_CODE:
            frames.append((path.name, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def failure_on(reviews: list[dict]) -> tuple[str, tuple[str, int] | None] | None:
    """How the incident's product page fails on these reviews: the root exception's type
    and our deepest frame in it; None if the page renders."""
    try:
        pages.product_page(dict(PRODUCT), copy.deepcopy(reviews))
    except pages.PageError as error:
        root = root_of(error)
        frames = our_frames(root)
        return type(root).__name__, frames[-1] if frames else None
    return None


def logged_failures() -> list[tuple[str, tuple[str, int]]]:
    """Each traceback at the root of a 500 in the log: its exception type, our deepest frame."""
    found = []
    blocks = LOG.read_text(encoding="utf-8").split("Traceback (most recent call last):\n")
    for block in blocks[1:]:
        ours = re.findall(r'^  File "/srv/shop/app/(\w+\.py)", line (\d+)', block, re.M)
        raised = re.search(r"^(?:\w+\.)*(\w+):", block, re.M)
        if ours and raised and "direct cause of the following" in block:
            found.append((raised.group(1), (ours[-1][0], int(ours[-1][1]))))
    return found


def test_the_log_shows_the_incidents_own_failure():
    assert logged_failures() == [failure_on(REVIEWS_OF_8812)] * 2


def test_the_root_cause_is_where_the_failure_started():
    _, where = failure_on(REVIEWS_OF_8812)
    check_prediction("ROOT_CAUSE", postmortem.ROOT_CAUSE, where)


def is_review(review: object) -> bool:
    return (
        type(review) is dict
        and set(review) == {"id", "stars", "status"}
        and type(review["id"]) is str
        and (review["stars"] is None or review["stars"] in range(1, 6))
        and type(review["stars"]) in (int, type(None))
        and review["status"] in ("published", "pending", "hidden")
    )


def test_the_trigger_reproduces_the_incident():
    # pytest.fail, not assert: the failure says what is wrong with TRIGGER, never the answer.
    trigger = postmortem.TRIGGER
    if type(trigger) is not list:
        pytest.fail("TRIGGER is a list of reviews")
    bad = [n for n, review in enumerate(trigger) if not is_review(review)]
    if bad:
        pytest.fail(f"TRIGGER[{bad[0]}] is not a review as ratings.py describes them")
    failure = failure_on(trigger)
    if failure is None:
        pytest.fail("the incident's product page renders TRIGGER without failing")
    if failure != failure_on(REVIEWS_OF_8812):
        pytest.fail(
            "the incident's page fails on TRIGGER, but not as the log shows: another "
            "exception at the root of the chain, or one raised from another line"
        )
