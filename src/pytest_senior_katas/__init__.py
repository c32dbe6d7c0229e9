"""pytest-senior-katas: failing-to-passing katas for senior Python interviews.

Importing the package is cheap on purpose: the pytest entry point is
:mod:`pytest_senior_katas.plugin`, and kata tests import
:mod:`pytest_senior_katas.kata`.
"""

__version__ = "0.1.0"
