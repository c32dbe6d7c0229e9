"""Running one kata test: its time limit, and the recording of the lines it runs.

Mechanisms only, with no view of progress or verdicts: kata mode
(:mod:`pytest_senior_katas.session`) decides which tests get them.
"""
