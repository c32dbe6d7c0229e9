"""Topic: testing (guide section 7): the learner writes the tests."""
