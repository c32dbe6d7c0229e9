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
    # TODO: replace each ... with "freed at once", "freed by gc" or "alive".
    "checksum_of_upload": ...,
    "error_logged_as_text": ...,
    "error_kept_in_a_local": ...,
    "error_saved_for_the_status_page": ...,
    "job_with_a_callback_to_itself": ...,
    "memo_in_a_default_argument": ...,
    "closure_registered_as_handler": ...,
    "closure_called_and_dropped": ...,
    "weak_cache_of_uploads": ...,
}


def fate_of(chain: list[str]) -> str:
    # TODO: a weak link holds nothing, and a cycle needs the collector.
    if "registry" in chain:
        return "alive"
    return "freed at once"
