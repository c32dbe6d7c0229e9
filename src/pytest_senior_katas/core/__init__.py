"""The pure core: the catalog, checksums, the judge, progress, streaks, rendering.

Nothing here imports pytest or the pytest glue: each module is plain functions
and data, tested with plain calls (and an injected clock). Core modules import
only the standard library and one another.
"""
