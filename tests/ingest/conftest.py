import pytest

from bot.store.db import open_database


@pytest.fixture
async def db(tmp_path):
    connection = await open_database(tmp_path / "film.db")
    yield connection
    await connection.close()
