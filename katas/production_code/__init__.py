"""Topic: production_code (guide section 6)."""
