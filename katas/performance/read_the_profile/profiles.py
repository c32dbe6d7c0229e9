"""Three small programs to profile. Read them, do not edit them: the tests profile them.

To see their profiles, run `python lineclock.py` from this directory.
"""

from dataclasses import dataclass, field

# 1. A word-ladder index: which words are one letter apart?

WORDS = [
    "cold", "cord", "card", "ward", "warm", "word",
    "worm", "wore", "core", "care", "dare", "date",
]  # fmt: skip


def build_index(words: list[str]) -> dict[str, list[str]]:
    """For each word, the words one letter away from it."""
    index = {}
    for word in words:
        index[word] = neighbours(word, words)
    return index


def neighbours(word: str, words: list[str]) -> list[str]:
    found = []
    for other in words:
        if one_letter_apart(word, other):
            found.append(other)
    return found


def one_letter_apart(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    differences = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            differences += 1
    return differences == 1


# 2. Disk usage: how much space do two folder trees take?


@dataclass
class Folder:
    name: str
    size: int  # the files directly in this folder
    children: list["Folder"] = field(default_factory=list)


HOME = Folder(
    "home",
    12,
    [Folder("docs", 30, [Folder("2023", 8), Folder("2024", 9)]), Folder("music", 700)],
)
BACKUP = Folder("backup", 0, [Folder("monday", 750), Folder("tuesday", 760)])


def disk_usage() -> int:
    return total_size(HOME) + total_size(BACKUP)


def total_size(folder: Folder) -> int:
    size = folder.size
    for child in folder.children:
        size += total_size(child)
    return size


# 3. A price list: the shop's prices, in euros.

PRODUCTS = [
    ("tea", 350), ("coffee", 899), ("cocoa", 420), ("mug", 1200),
    ("kettle", 3999), ("filter", 250), ("grinder", 5400), ("scale", 1999),
]  # fmt: skip
RATES = ["# currency per dollar", "EUR 0.92", "GBP 0.79", "JPY 151.6", "CHF 0.90", "SEK 10.7"]


def price_list(products: list[tuple[str, int]], rates: list[str]) -> list[str]:
    """One line per product, its price (in US cents) converted to euros."""
    if "EUR" not in load_rates(rates):
        raise ValueError("no euro rate")
    lines = []
    for name, cents in products:
        lines.append(label(name, cents, rates))
    return lines


def label(name: str, cents: int, rates: list[str]) -> str:
    return f"{name}: {euros(cents, rates):.2f} EUR"


def euros(cents: int, rates: list[str]) -> float:
    table = load_rates(rates)
    return cents / 100 * table["EUR"]


def load_rates(rates: list[str]) -> dict[str, float]:
    table = {}
    for line in rates:
        if not line.startswith("#"):
            currency, rate = line.split()
            table[currency] = float(rate)
    return table
