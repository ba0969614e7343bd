"""Benchmarks (not tests): run them as modules, e.g. `.venv/bin/python -m bench.extract_speed`."""
