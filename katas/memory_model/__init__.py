"""Topic: memory and object lifetimes (guide section 4)."""
