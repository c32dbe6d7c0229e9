"""Feature flags from the FEATURE_FLAGS environment variable.

parse_flags(text) reads the variable's value into a dict:

    >>> parse_flags("new_checkout; max_retries=0; banner=Spring sale")
    {'new_checkout': True, 'max_retries': 0, 'banner': 'Spring sale'}

The rules, for any text (an unset variable arrives as ""):

- Flags are separated by ";". Whitespace around a flag, a name or a value (what
  str.strip() removes) does not count, and a flag that is empty once stripped
  is skipped: "", " ; " and a trailing ";" add nothing.
- A flag without "=" is switched on: "new_checkout" gives {"new_checkout": True}.
- Otherwise the name is what comes before the FIRST "=", the value what comes
  after it, "=" signs included: "token=YWJjZA==" gives {"token": "YWJjZA=="}.
- A value written only with the ASCII digits 0 to 9 (at least one) is an int:
  "0" is 0 and "007" is 7. Any other value stays text, exactly as stripped:
  "" (banner= gives ""), "-1", "1.5", "1_000", "²" and "٣" (str.isdigit() says
  yes to those last two, but they are not 0 to 9).
- A name given twice keeps its last value, at the place it first appeared.
  Names are not checked: "=5" gives {"": 5}.

The one-liner below packs all of that into one expression, with tricks: an
unpacking of split("="), an `and`/`or` chain for the value. It reads as clever
and it is wrong: "max_retries=0" gives the text "0", a base64 token with "="
padding crashes the service at startup, "banner=" switches the banner on, and
an unset variable gives a flag named "". Write it out, one rule per line.
"""

Flags = dict[str, bool | int | str]


def parse_flags(text: str) -> Flags:
    # TODO: one expression, five rules, several of them wrong. One rule per line.
    return {
        name.strip(): value.strip().isdigit() and int(value) or value.strip() or True  # noqa: RUF021
        for name, value in (
            part.split("=") if "=" in part else (part, "") for part in text.split(";")
        )
    }
