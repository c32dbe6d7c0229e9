"""Topic: the GIL (guide section 4)."""
