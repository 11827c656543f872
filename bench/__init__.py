"""Benchmarks run against tests/discord_server (bounded; each stops by itself)."""
