"""Fixtures every test can use: the shared clock. Stories come from `tests.factories.story`."""

from __future__ import annotations

import pytest

from tests.clock import Clock


@pytest.fixture
def clock() -> Clock:
    """A clock at the shared start time that the test moves with `advance`, never by sleeping."""
    return Clock()
