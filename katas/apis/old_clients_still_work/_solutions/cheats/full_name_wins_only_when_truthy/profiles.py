"""Blind cheat: lets the new spelling win with `data.get("full_name") or data["name"]`, so an empty full_name falls back to the old name (or raises KeyError on a v2-only body).

Differs on: {"full_name": "", "emails": []} -> KeyError 'name' instead of Profile("", (), None, "en");
{"full_name": "", "name": "Ada"} -> "Ada" instead of "".
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
    full_name = data.get("full_name") or data["name"]  # the new spelling wins
    if "emails" in data:
        emails = tuple(data["emails"])
    else:
        email = data.get("email")
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
