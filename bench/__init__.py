"""Benchmarks for timeline: run with ``python -m bench``."""
