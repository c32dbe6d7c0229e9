"""Cheat: expects every v1 body to carry "email", and a truthy one.

An old app that leaves the optional "email" out gets a KeyError, and
"email": "" is read as no email at all.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Profile:
    full_name: str
    emails: tuple[str, ...]
    phone: str | None
    locale: str


def parse_profile(data: dict[str, Any]) -> Profile:
    if "emails" in data:
        emails = tuple(data["emails"])
    else:
        emails = (data["email"],) if data["email"] else ()
    locale = data.get("locale")
    return Profile(
        full_name=data["full_name"] if "full_name" in data else data["name"],
        emails=emails,
        phone=data.get("phone"),
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
