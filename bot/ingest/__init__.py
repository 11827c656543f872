"""Documents into the store: read (decode, repair, strip HTML), extract, and save with provenance."""
