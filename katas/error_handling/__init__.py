"""Topic: error handling (guide section 3)."""
