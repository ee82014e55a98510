"""Test data: the hostile-input corpus lives in ``bad_inputs``."""
