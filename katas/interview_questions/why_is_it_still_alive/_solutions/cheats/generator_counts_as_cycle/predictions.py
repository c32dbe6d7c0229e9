"""Blind cheat: believes a paused generator and its frame form a reference cycle, so a "generator" link needs the collector.

Differs: fate_of(["generator"]) -> "freed by gc" (should be "freed at once"); same for ["box", "generator"].
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
    through_cycle = False
    for link in chain:
        if link == "weak":
            break
        if link == "registry":
            return "alive"
        # a paused generator's frame refers back to the generator: a cycle
        if link in ("cycle", "cycle_with_del", "generator"):
            through_cycle = True
    return "freed by gc" if through_cycle else "freed at once"
