"""Topic: data structures (guide section 3)."""
