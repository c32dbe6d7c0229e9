"""Why is it still alive? Reference counting, the cycle collector, and what holds on.

CPython frees an object the moment its reference count drops to zero. Objects
in a reference cycle never get there: only the cyclic garbage collector
(gc.collect(), or its automatic runs) frees them. And an object something
long-lived still refers to is never freed at all. Each answer is one of:

    "freed at once"   reference counting frees it as the function returns
    "freed by gc"     it outlives the function; gc.collect() frees it
    "alive"           gc.collect() does not free it either

Part 1. Each snippet in snippets.py loads an upload Buffer and returns. Write
the buffer's fate after each snippet in PREDICTIONS. Think first: the
examples run the snippets (lifetimes.fate) and compare.

Part 2. fate_of(chain) says, without running anything, the fate of a buffer
held through a chain of links (described in chains.py), for any chain (the
list it is given stays as it is). It must reason: it may not import
chains.py, snippets.py or lifetimes.py, nor use exec() or eval().

    >>> fate_of(["box", "registry"])
    'alive'
    >>> fate_of(["weak", "registry"])
    'freed at once'

Right now PREDICTIONS holds placeholders, and fate_of() believes that
reference counting frees everything that no module-level registry holds.
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

#: Links that make a cycle: only the cyclic collector frees what they hold.
CYCLES = {"cycle", "cycle_with_del"}


def fate_of(chain: list[str]) -> str:
    in_a_cycle = False
    for link in chain:  # from the buffer outwards
        if link == "weak":
            break  # nothing past a weak reference holds the buffer
        if link == "registry":
            return "alive"
        in_a_cycle = in_a_cycle or link in CYCLES
    return "freed by gc" if in_a_cycle else "freed at once"
