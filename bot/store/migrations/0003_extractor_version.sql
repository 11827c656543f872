-- Which extractor produced each document's facts (bot.extract.EXTRACTOR_VERSION), so that an
-- improved extractor re-extracts documents stored by an older one instead of keeping stale facts.
-- Documents stored before this column existed get '' and are extracted again on the next ingest.
ALTER TABLE documents ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
