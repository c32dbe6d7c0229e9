"""Blind cheat: "normalises" the chain in place, deleting the links that only hold (box, closure, default, generator), so the caller's list is changed.

Differs: chain = ["box", "registry"]; fate_of(chain) -> "alive" (right) but afterwards chain == ["registry"]
(the list it is given must stay as it is).
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

PLAIN_HOLDERS = {"box", "closure", "default", "generator"}


def fate_of(chain: list[str]) -> str:
    chain[:] = [link for link in chain if link not in PLAIN_HOLDERS]  # they don't change the answer
    through_cycle = False
    for link in chain:
        if link == "weak":
            break
        if link == "registry":
            return "alive"
        if link in ("cycle", "cycle_with_del"):
            through_cycle = True
    return "freed by gc" if through_cycle else "freed at once"
