"""Topic: concurrency and async (guide section 5)."""
