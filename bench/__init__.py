"""Benchmarks (plain scripts, not tests): run them as `python -m bench.<name>`."""
