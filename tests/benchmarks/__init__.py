"""Benchmarks for warfeed: not part of the default test run (see README.md here)."""
