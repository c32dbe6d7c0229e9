"""Your tests for envconfig.load_config: the kata is solved when they pass on every
correct implementation of envconfig.py and fail on each of its planted bugs.

TODO: read the contract in envconfig.py's docstring. Most of it is about what
goes wrong, so most of your tests should be too. For each way a configuration
can be bad (an invalid value of each variable, at and just past each limit; a
required variable not set; an unknown APP_ variable), check what the contract
promises about the error: its type, the variable it names (error.key and the
start of the message), its __cause__, and that the caller's mapping is left as
it was. Check only what is promised: the rest of the message, and which
variable is named when several are wrong, differ between correct versions.
"""

from .envconfig import Config, load_config


def test_reads_the_required_variables():
    config = load_config({"APP_HOST": "db.internal", "APP_PORT": "5432"})
    assert config == Config(host="db.internal", port=5432, debug=False, workers=4)
