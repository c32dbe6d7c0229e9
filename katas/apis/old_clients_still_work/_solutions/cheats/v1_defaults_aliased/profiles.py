"""Blind cheat: fills the optional v1 keys (email, phone) from a module-level defaults dict that it updates in place (no copy), so one request's phone/email leaks into the next (state across calls).

Differs on: parse_profile({"name": "A", "phone": "123"}) then parse_profile({"name": "B"})
-> the second has phone "123" instead of None (and V1_OPTIONAL is changed).
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Profile:
    full_name: str
    emails: tuple[str, ...]
    phone: str | None
    locale: str


V1_OPTIONAL = {"email": None, "phone": None}  # what an old client may leave out


def _optional(data: dict[str, Any]) -> dict[str, Any]:
    """The optional keys, with their defaults where the body has none."""
    found = V1_OPTIONAL
    found.update({key: data[key] for key in V1_OPTIONAL if key in data})
    return found


def parse_profile(data: dict[str, Any]) -> Profile:
    optional = _optional(data)
    full_name = data["full_name"] if "full_name" in data else data["name"]
    if "emails" in data:
        emails = tuple(data["emails"])
    else:
        email = optional["email"]
        emails = (email,) if isinstance(email, str) else ()
    locale = data.get("locale")
    return Profile(
        full_name=full_name,
        emails=emails,
        phone=optional["phone"],
        locale="en" if locale is None else locale,
    )


def dump_profile(profile: Profile) -> dict[str, Any]:
    return {
        "full_name": profile.full_name,
        "emails": list(profile.emails),
        "phone": profile.phone,
        "locale": profile.locale,
        # for v1 clients
        "name": profile.full_name,
        "email": profile.emails[0] if profile.emails else None,
    }
