"""Cheat: thinks a default argument and a paused generator's local are copies
made when the function is defined or the generator paused, so they cut the
chain like a weak reference. fate_of(["default", "registry"]) says "freed at
once"; the registry keeps the function, whose __defaults__ keep the buffer:
"alive"."""

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
    in_a_cycle = False
    for link in chain:
        if link in ("weak", "default", "generator"):
            break
        if link == "registry":
            return "alive"
        in_a_cycle = in_a_cycle or link in ("cycle", "cycle_with_del")
    return "freed by gc" if in_a_cycle else "freed at once"
