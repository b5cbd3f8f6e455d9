"""The headless domain: feeds, stories, storage, filters and claims.

Nothing in this package may import textual or rich (tests/core/test_headless.py checks it).
"""
