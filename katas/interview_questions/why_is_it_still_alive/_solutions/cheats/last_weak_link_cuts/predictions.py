"""Cheat: cuts the chain at the LAST weak link instead of the first.
fate_of(["weak", "box", "weak", "registry"]) is fine by luck, but
fate_of(["weak", "registry", "weak"]) says "alive": the registry holds a weak
reference, and the buffer is freed at once."""

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
    cut = len(chain) - chain[::-1].index("weak") - 1 if "weak" in chain else len(chain)
    strong = chain[:cut]
    if "registry" in strong:
        return "alive"
    if "cycle" in strong or "cycle_with_del" in strong:
        return "freed by gc"
    return "freed at once"
