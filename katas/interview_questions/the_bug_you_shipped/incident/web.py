"""The web layer: one request in, one status out (shop-web v2.14.0, as deployed)."""

import logging

from .pages import PageError, product_page

log = logging.getLogger("shop.web")


def get_product(request_id: str, product: dict, reviews: list[dict]) -> int:
    """Answer GET /products/<id>: 200 with the page, or 500 if it cannot be rendered."""
    try:
        page = product_page(product, reviews)
    except PageError:
        log.exception("[%s] GET /products/%s 500", request_id, product["id"])
        return 500
    log.info("[%s] GET /products/%s 200 stars=%s", request_id, product["id"], page["stars"])
    return 200
