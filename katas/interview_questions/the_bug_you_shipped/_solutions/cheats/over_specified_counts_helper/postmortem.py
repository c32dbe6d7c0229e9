"""The postmortem of incident INC-311, "product pages answer 500": your answers.

The traceback's root is statistics.StatisticsError from mean() of no data;
our deepest frame in it is the `return mean(...)` of incident/ratings.py:
the emptiness check ran on the reviews before the filter. A product whose
only review was hidden (r-5512) triggers it.
"""

ROOT_CAUSE: tuple[str, int] = ("ratings.py", 29)
TRIGGER: list[dict] = [{"id": "r-5512", "stars": 1, "status": "hidden"}]
