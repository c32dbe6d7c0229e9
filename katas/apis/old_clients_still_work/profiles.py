"""Version 2 of the profile API: new field names, and old clients still served.

Between v1 (legacy.py) and v2:
    "name"   was renamed "full_name"
    "email"  (one str, or null) became "emails" (a list of str, maybe empty)
    "locale" is new: a str such as "fr"; old clients never send it
    "phone"  is unchanged (a str, or null; optional in both versions)
Keys that v2 no longer knows (v1's "nickname", say) are sent by old clients.

parse_profile(data) -> Profile
    `data` is a request body from any client, old or new: a dict made by
    legacy.dump_v1 (maybe with extra keys), a v2 body, or a client in the middle
    of the move that sends both spellings. It never raises on such a body:
        full_name  data["full_name"] if that key is there, else data["name"]
        emails     tuple(data["emails"]) if that key is there, else
                   (data["email"],) when it is a str, else () (absent or null)
        phone      data["phone"], None when absent
        locale     data["locale"], "en" when absent or null
    Any other key is ignored. `data` is left unchanged.

dump_profile(profile) -> dict
    The response body, a dict of JSON types that new AND old clients read:
    the v2 keys "full_name", "emails" (a list), "phone" and "locale", and for
    v1 clients "name" (the full name) and "email" (the first email, or None
    when there is none), and no other key. So legacy.parse_v1(dump_profile(p))
    is what an old client always understood, and parse_profile(dump_profile(p))
    == p.

    >>> parse_profile({"name": "Ada", "email": "ada@example.com", "nickname": "A"})
    Profile(full_name='Ada', emails=('ada@example.com',), phone=None, locale='en')
    >>> legacy.parse_v1(dump_profile(Profile("Ada", ("a@x.org", "b@x.org"), None, "fr")))
    ProfileV1(name='Ada', email='a@x.org', phone=None)

Right now v2 reads only v2 bodies (a KeyError, so a 500, for every old app)
and writes only v2 keys, so old apps show a blank name.
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
    # TODO: an old client's body must still be read, and mean what it meant in v1.
    return Profile(
        full_name=data["full_name"],
        emails=tuple(data["emails"]),
        phone=data["phone"],
        locale=data["locale"],
    )


def dump_profile(profile: Profile) -> dict[str, Any]:
    return {
        "full_name": profile.full_name,
        "emails": list(profile.emails),
        "phone": profile.phone,
        "locale": profile.locale,
    }
