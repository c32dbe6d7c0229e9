"""The postmortem of incident INC-311, "product pages answer 500": your answers.

On 11 March you deployed shop-web v2.14.0, your change: text-only reviews (no
stars) and a moderation queue (reviews pending, or hidden by a moderator).
Minutes later the alert fired: some product pages answered 500. The log of that
morning is incident.log; the code exactly as it ran is in incident/ (web.py,
pages.py, ratings.py); the hotfix deployed an hour later is fix.diff, and
ratings.py and pages.py are the code as deployed now. Write the postmortem as
three checkable answers (the tests check them by running the incident's code):

ROOT_CAUSE = (file, line)
    Where it broke: the name of a file in incident/ (e.g. "web.py") and a line
    number in it. It is the line of our own code (the files in incident/, not the
    standard library or other packages) deepest in the traceback of the exception
    at the root of the chain: where the failure started, not where it was caught
    or wrapped.
TRIGGER = [review, ...]
    The reviews of a product on which the incident's page fails exactly as the log
    shows: incident.pages.product_page({"id": 8812, "name": "Walnut tray"},
    TRIGGER) raises, and the exception at the root of its chain is of the logged
    type and raised from the logged line of our code. A list of reviews as
    ratings.py describes them: dicts with exactly the keys "id" (a str), "stars"
    (an int from 1 to 5, or None) and "status" ("published", "pending" or
    "hidden").
test_regression.py
    The regression test that would have caught it (see its docstring).
"""

# The deepest of our frames in the StatisticsError traceback: the call into mean().
ROOT_CAUSE: tuple[str, int] = ("ratings.py", 29)
# Product 8812 as the moderator left it: reviews, none of which counts.
TRIGGER: list[dict] = [{"id": "r-5512", "stars": 1, "status": "hidden"}]
