"""One module per feature; each defines `async def setup(bot)` and is loaded at start-up."""
