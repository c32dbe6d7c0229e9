"""Topic: language semantics (guide section 3)."""
