"""A short soak: interactions under random gateway and REST faults are answered exactly once."""

from __future__ import annotations

import pytest

from bench.soak import run_soak
from bench.throughput import bare_factory

pytestmark = pytest.mark.timeout(60)


async def test_short_soak_answers_every_interaction_exactly_once() -> None:
    result = await run_soak(300, bare_factory, seed=7, concurrency=8)
    assert result.exactly_once, result.summary()
    assert sum(result.faults.values()) >= 3, result.summary()
    assert result.resumes >= 1, result.summary()
