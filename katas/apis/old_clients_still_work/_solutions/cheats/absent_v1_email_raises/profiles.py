"""Blind cheat: reads the v1 email with data["email"], so an old body without the key (absent means no email) raises KeyError, a 500.

Differs on: parse_profile({"name": "Ada"}) -> KeyError 'email' instead of Profile("Ada", (), None, "en").
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
    full_name = data["full_name"] if "full_name" in data else data["name"]
    if "emails" in data:
        emails = tuple(data["emails"])
    else:
        email = data["email"]  # v1 always had it: null when there was none
        emails = (email,) if isinstance(email, str) else ()
    locale = data.get("locale")
    return Profile(
        full_name=full_name,
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
