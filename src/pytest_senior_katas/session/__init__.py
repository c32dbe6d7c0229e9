"""Kata mode (``pytest --katas``), one module per role.

- :mod:`.mode`: :class:`~.mode.KataSession`, the plugin object; hands each hook to a part.
- :mod:`.context`: :class:`~.context.KataRun`, what the parts of one run share.
- :mod:`.selection`: which katas run, in which order; the current kata.
- :mod:`.kinds`: per kind of kata, the phase of a test, which tests wait, the judge;
  :mod:`.examples_then_properties` is the kind every kata of today's catalog has.
- :mod:`.guard`: each test and import under the time limit, with its lines recorded.
- :mod:`.outcomes`: pytest's reports to the kata's outcomes.
- :mod:`.finish`: verdicts, the special-casing check, progress, the summary.
"""
