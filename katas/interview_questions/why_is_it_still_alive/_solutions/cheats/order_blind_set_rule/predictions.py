"""Blind cheat: fate_of() looks at which links occur, not in which order: any weak link cancels a registry, and any cycle means gc.

Differs: fate_of(["registry", "weak"]) -> "freed at once" (should be "alive": the registry holds the
buffer itself); fate_of(["weak", "cycle"]) -> "freed by gc" (should be "freed at once").
"""

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
    links = set(chain)
    if "registry" in links and "weak" not in links:
        return "alive"
    if links & {"cycle", "cycle_with_del"}:
        return "freed by gc"
    return "freed at once"
