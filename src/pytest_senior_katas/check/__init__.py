"""The author check (``pytest --katas-check``): prove each kata of a catalog sound.

- :mod:`.mode`: :class:`~.mode.CatalogCheck`, the plugin object; one test item per kata.
- :mod:`.soundness`: what a sound kata is (:func:`~.soundness.check_kata`).
- :mod:`.phases`: the phases of a check (start, reference, each cheat), each run in a
  throw-away workspace by a separate ``pytest --katas`` process.
"""
