"""Product ratings: the stars a product page shows (shop-web v2.14.1, deployed now).

A review is a dict: {"id": "r-1204", "stars": 4, "status": "published"}, its
stars 1 to 5, or None for a text-only review; its status "published", "pending"
(waiting for moderation) or "hidden" (removed by a moderator).

average_stars(reviews) is the mean of the stars of the reviews that count
(published, with stars), or None when no review counts (no reviews at all, or
none published with stars). The list is left unchanged.

    >>> average_stars([{"id": "r-1", "stars": 4, "status": "published"},
    ...                {"id": "r-2", "stars": 5, "status": "published"},
    ...                {"id": "r-3", "stars": 1, "status": "hidden"}])
    4.5
"""

from statistics import mean


def counts(review: dict) -> bool:
    """A review counts when it is published and has stars."""
    return review["status"] == "published" and review["stars"] is not None


def average_stars(reviews: list[dict]) -> float | None:
    """The mean stars of the reviews that count; None if none counts."""
    stars = [review["stars"] for review in reviews if counts(review)]
    if not stars:
        return None
    return mean(stars)
