"""SQLite storage of documents, sentences and facts with provenance (aiosqlite)."""
