"""Topic: functions and objects (guide section 3)."""
