import pytest

from bot.store.db import open_database


@pytest.fixture
async def db():
    connection = await open_database(":memory:")
    yield connection
    await connection.close()
