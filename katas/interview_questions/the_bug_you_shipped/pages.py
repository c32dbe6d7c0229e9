"""The product page: what GET /products/<id> renders (deployed now: v2.14.1)."""

from .ratings import average_stars


class PageError(Exception):
    """A product page could not be rendered: the web layer answers 500."""


def product_page(product: dict, reviews: list[dict]) -> dict:
    """The page's data: the product, its mean stars (or None) and its published reviews."""
    try:
        stars = average_stars(reviews)
        shown = [review for review in reviews if review["status"] == "published"]
    except Exception as error:
        raise PageError(f"product {product['id']}: cannot render the page") from error
    return {"id": product["id"], "name": product["name"], "stars": stars, "reviews": shown}
