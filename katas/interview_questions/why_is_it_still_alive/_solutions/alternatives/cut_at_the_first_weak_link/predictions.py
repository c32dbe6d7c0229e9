"""Alternative: cut the chain where the first weak reference is, then look at
what is left as a set: a registry keeps it, else a cycle needs the collector."""

PREDICTIONS: dict[str, str] = {
    "checksum_of_upload": "freed at once",
    "error_logged_as_text": "freed at once",
    "error_kept_in_a_local": "freed by gc",
    "error_saved_for_the_status_page": "alive",
    "job_with_a_callback_to_itself": "freed by gc",
    "memo_in_a_default_argument": "alive",
    "closure_registered_as_handler": "alive",
    "closure_called_and_dropped": "freed at once",
    "weak_cache_of_uploads": "freed at once",
}


def fate_of(chain: list[str]) -> str:
    strong = chain[: chain.index("weak")] if "weak" in chain else chain
    held_by = set(strong)
    if "registry" in held_by:
        return "alive"
    if held_by & {"cycle", "cycle_with_del"}:
        return "freed by gc"
    return "freed at once"
