import contextlib
import importlib
import io
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy, payouts
from .test_examples import EXPORT, module_state

# Text as an export may hold it: no line breaks inside a line (the exotic ones that
# str.splitlines() knows and open() does not are left out too).
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
text = st.text(st.characters(blacklist_characters=BREAKS, blacklist_categories=["Cs"]), max_size=6)
digits = st.text("0123456789", min_size=1, max_size=4)
amounts = (
    st.builds(lambda s, w, f: f"{s}{w}.{f}", st.sampled_from(["", "-"]), digits, digits)
    | st.sampled_from(["0.00", "-0.00", "0.01", "1000.00", "99.999", ".50", "5.", "+1.00"])
    | st.sampled_from(["1,00", " 1.00", "1.00 ", "--1.00", "1.0a", "\u0661.00", "1.\u0665\u0660"])
    | st.integers(-(10**12), 10**12).map(
        lambda c: f"{'-' if c < 0 else ''}{abs(c) // 100}.{abs(c) % 100:02d}"
    )
    | text
)
methods = st.sampled_from(["card", "wallet", "bank", "cash", "Card", "", " bank"]) | text
currencies = st.sampled_from(["EUR", "EUR", "EUR", "USD", "eur", "", " EUR"]) | text
orders = st.sampled_from(["A-1", "A-2", "A-3", "B-1", "", " A-1"]) | text
merchants = st.sampled_from(["m-1", "m-2", "m-0000", "m-9999", "", "m-1 "]) | text


@st.composite
def data_lines(draw: st.DrawFn) -> str:
    """A line that is not blank, a comment or the header: mostly five fields."""
    fields = [draw(orders), draw(merchants), draw(amounts), draw(currencies), draw(methods)]
    if draw(st.integers(0, 5)) == 0:
        fields = draw(st.lists(text, max_size=7))
    line = ",".join(fields)
    if not line.strip() or line.strip().startswith("#") or line.strip() == legacy.HEADER:
        line = "A-9,m-2,1.00,EUR,card"
    return draw(st.sampled_from(["", " ", "\t"])) + line + draw(st.sampled_from(["", " "]))


@st.composite
def good_lines(draw: st.DrawFn) -> str:
    """A sale that is paid or counted: good fields, repeated orders and merchants."""
    amount = draw(st.integers(-(10**7), 10**7))
    shown = f"{'-' if amount < 0 else ''}{abs(amount) // 100}.{abs(amount) % 100:02d}"
    order, merchant = draw(st.sampled_from(["A-1", "A-2", "A-3", "A-4"])), draw(merchants)
    method = draw(st.sampled_from(["card", "wallet", "bank"]))
    return f"{order},{merchant or 'm-1'},{shown},EUR,{method}"


lines = st.lists(
    data_lines()
    | good_lines()
    | st.sampled_from(["", "  ", "# a comment", legacy.HEADER, f" {legacy.HEADER} ", "#"]),
    max_size=10,
)
exports = lines.map("\n".join) | lines.map("\r\n".join)
flags = st.fixed_dictionaries(
    {}, optional={"dry_run": st.booleans(), "verbose": st.booleans(), "strict": st.booleans()}
)


def outcome(function, *args):
    """What a call gives back, types included, or the error it raises and its message."""
    try:
        result = function(*args)
    except Exception as error:  # which error, and its message, is the contract
        return "raises", type(error).__name__, str(error)
    if isinstance(result, tuple):
        return "returns", "tuple", [(type(v).__name__, v) for v in result]
    return "returns", type(result).__name__, result


@kata_settings
@given(amount=amounts)
@example(amount="-0.00")
@example(amount="\u0661.00")
@example(amount="1.\u0665\u0660")
@example(amount="+1.00")
@example(amount="1.0a")
@example(amount="0.5")
def test_parse_cents(reference, amount):
    assert_same(
        outcome(payouts.parse_cents, amount), outcome(reference.parse_cents, amount), amount=amount
    )


@kata_settings
@given(
    method=st.sampled_from(["card", "wallet", "bank"]), cents=st.integers() | st.integers(-1, 70000)
)
@example(method="bank", cents=62500)
@example(method="bank", cents=62600)
@example(method="card", cents=0)
@example(method="wallet", cents=1)
@example(method="card", cents=-1)
def test_fee_cents(reference, method, cents):
    got, want = (
        outcome(payouts.fee_cents, method, cents),
        outcome(reference.fee_cents, method, cents),
    )
    assert_same(got, want, method=method, cents=cents)


@kata_settings
@given(cents=st.integers() | st.integers(-1000, 1000))
@example(cents=-5)
@example(cents=-100)
@example(cents=100)
def test_format_cents(reference, cents):
    assert_same(
        outcome(payouts.format_cents, cents), outcome(reference.format_cents, cents), cents=cents
    )


@kata_settings
@given(line=data_lines() | good_lines())
@example(line="A-1,,1.00,EUR,card")
@example(line="A-1,m-1,1.00,USD,cash")
@example(line="A-1,m-1,x,USD,cash")
@example(line=",m-1,x,EUR,card")
@example(line="A-1,m-1,1.00,EUR,card,")
@example(line=" A-1 , m-1 , -0.50 , EUR , wallet ")
def test_parse_line(reference, line):
    assert_same(outcome(payouts.parse_line, line), outcome(reference.parse_line, line), line=line)


@kata_settings
@given(totals=st.dictionaries(merchants, st.integers() | st.integers(-200, 200), max_size=5))
@example(totals={})
@example(totals={"m-2": 0, "m-1": 1})
@example(totals={"m-2": 150, "m-1": -150, "m-3": 99})
def test_render_report(reference, totals):
    before = dict(totals)
    got = outcome(payouts.render_report, totals)
    assert_same(got, outcome(reference.render_report, dict(before)), totals=before)
    assert_same(totals, before, totals=before, note="the totals were changed")


class Watching(io.StringIO):
    """Standard output that looks at a module's state each time the job prints."""

    def __init__(self, module, before) -> None:
        super().__init__()
        self.module, self.before, self.changed = module, before, False

    def write(self, text: str) -> int:
        if self.module is not None and not self.changed:
            self.changed = module_state(self.module) != self.before
        return super().write(text)


def run(job, folder: str, export: str, flags: dict[str, bool], watch=None) -> tuple[object, ...]:
    """What a run on `export`, written to `folder`, gives: its result (or error), the report
    it wrote, what it printed, and whether the state of `watch` (a module) had changed by
    the time it printed."""
    path, report = Path(folder, "export.csv"), Path(folder, "report.txt")
    path.write_text(export, encoding="utf-8", newline="")
    report.unlink(missing_ok=True)
    printed = Watching(watch, module_state(watch) if watch else None)
    with contextlib.redirect_stdout(printed):
        try:
            result: object = job.process_payouts(str(path), str(report), **flags)
        except ValueError as error:
            result = ("ValueError", str(error))
    written = report.read_text(encoding="utf-8") if report.exists() else None
    return result, written, printed.getvalue(), printed.changed


@settings(parent=kata_settings, max_examples=50)  # each example runs the jobs six times
@given(export=exports, corrected=exports, flags=flags)
@example(export=EXPORT, corrected="", flags={"verbose": True})
@example(
    export="A-1,m-1,1.00,EUR,card\nA-1,m-2,x,EUR,card\nA-1,m-2,2.00,EUR,card",
    corrected="",
    flags={},
)
@example(export="A-1,m-1,x,EUR,card\nA-1,m-2,2.00,EUR,card", corrected="", flags={"verbose": True})
@example(
    export="A-1,m-9999,1.00,EUR,card\nA-1,m-1,2.00,EUR,card", corrected="", flags={"verbose": True}
)
@example(export="A-1,m-1,1.00,EUR,card\nA-2,m-1,x,EUR,card", corrected="", flags={"strict": True})
@example(
    export="A-1,m-1,1.00,EUR,card\nA-2,m-1,2.00,EUR,card", corrected="", flags={"dry_run": True}
)
@example(
    export="A-1,m-1,-1.00,EUR,card\nA-2,m-2,0.00,EUR,card", corrected="", flags={"verbose": True}
)
@example(export="A-1,m-1,1.00,USD,card\nA-1,m-1,1.00,EUR,card", corrected="", flags={})
@example(export="A-1,m-1,0.00,EUR,card", corrected="", flags={"verbose": True})
@example(export="A-1,m-1,1.00,EUR,card", corrected="A-2,m-2,2.00,EUR,bank", flags={})
def test_every_run_is_the_legacy_jobs_first_run(export, corrected, flags):
    """The job, then the scheduler's retry, then a run on the corrected export at the same
    path: each gives what legacy.py gave on its first run in a fresh process."""
    before = module_state(payouts)
    with tempfile.TemporaryDirectory() as folder:
        for attempt, text in [("first run", export), ("retry", export), ("corrected", corrected)]:
            want = run(importlib.reload(legacy), folder, text, flags)[:3]
            *got, changed = run(payouts, folder, text, flags, watch=payouts)
            assert_same(tuple(got), want, export=text, flags=flags, attempt=attempt)
            assert_same(changed, False, export=text, flags=flags, note="module state changed")
    assert_same(module_state(payouts), before, export=export, note="module state changed")
