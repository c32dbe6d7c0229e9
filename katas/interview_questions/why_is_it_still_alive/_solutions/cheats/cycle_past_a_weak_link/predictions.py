"""Cheat: a weak link stops a registry, but a cycle anywhere in the chain still
counts. fate_of(["weak", "cycle"]) says "freed by gc"; the node in the cycle
holds only a weak reference, and the buffer is freed at once."""

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
    if "registry" in strong:
        return "alive"
    if "cycle" in chain or "cycle_with_del" in chain:
        return "freed by gc"
    return "freed at once"
