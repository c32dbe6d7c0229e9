"""Version 1 of the profile API, as the old mobile app still speaks it. Shipped: do not change.

An old client sends dump_v1(profile), sometimes with keys v2 dropped (such as
"nickname"), and reads our responses with parse_v1().
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ProfileV1:
    name: str
    email: str | None
    phone: str | None


def parse_v1(data: dict[str, Any]) -> ProfileV1:
    return ProfileV1(data["name"], data.get("email"), data.get("phone"))


def dump_v1(profile: ProfileV1) -> dict[str, Any]:
    return {"name": profile.name, "email": profile.email, "phone": profile.phone}
