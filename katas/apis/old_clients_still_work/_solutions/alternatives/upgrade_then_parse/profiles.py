"""Alternative: upgrade any body to a v2 dict first, then read v2 only; write v2 plus a v1 body."""

from dataclasses import dataclass
from typing import Any

from .legacy import ProfileV1, dump_v1


@dataclass(frozen=True)
class Profile:
    full_name: str
    emails: tuple[str, ...]
    phone: str | None
    locale: str


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A v2 body meaning the same as `data`, old or new (a new dict)."""
    v2 = dict(data)
    if "full_name" not in v2:
        v2["full_name"] = v2["name"]
    if "emails" not in v2:
        email = v2.get("email")
        v2["emails"] = [] if email is None else [email]
    v2.setdefault("phone", None)
    if v2.get("locale") is None:
        v2["locale"] = "en"
    return v2


def parse_profile(data: dict[str, Any]) -> Profile:
    v2 = upgrade(data)
    return Profile(v2["full_name"], tuple(v2["emails"]), v2["phone"], v2["locale"])


def dump_profile(profile: Profile) -> dict[str, Any]:
    first = next(iter(profile.emails), None)
    v1 = dump_v1(ProfileV1(profile.full_name, first, profile.phone))
    return v1 | {
        "full_name": profile.full_name,
        "emails": [*profile.emails],
        "locale": profile.locale,
    }
