"""Merge ranges of integers, such as the line numbers a code review comments on.

``merge_intervals(intervals)`` takes a list of ``(start, end)`` tuples of ints
and returns their union, as a new list of ``(start, end)`` tuples:

- An interval ``(start, end)`` has ``start <= end`` and stands for every integer
  from ``start`` to ``end``, both included: ``(3, 5)`` is 3, 4 and 5, and
  ``(7, 7)`` is the single number 7. Any ints: negative, zero or large.
- The result covers exactly the integers the input covers: none lost, none added.
- The result is sorted by start, and no two of its intervals could be merged:
  each one starts at least 2 after the previous one ends, so at least one
  integer nobody covers lies between them. Intervals that overlap, that share an
  end, as ``(1, 2)`` and ``(2, 3)``, or that sit side by side, as ``(1, 2)`` and
  ``(3, 4)``, become one; ``(1, 2)`` and ``(4, 5)`` stay apart (3 is between).
- The input may come in any order and may repeat or nest intervals; the result
  depends only on which integers it covers. ``[]`` gives ``[]``.
- ``ValueError`` if an interval has ``start > end``.
- The input list is left as it was.

>>> merge_intervals([(1, 3), (2, 5), (8, 9)])
[(1, 5), (8, 9)]
>>> merge_intervals([(1, 2), (3, 4), (6, 6)])
[(1, 4), (6, 6)]
"""

from __future__ import annotations


def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + 1:
            # Overlaps the last merged interval, or sits right next to it: extend it.
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged
