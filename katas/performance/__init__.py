"""Topic: performance (guide section 4)."""
