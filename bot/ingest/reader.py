"""Turn a file into document text, or say clearly why it cannot be read.

(Placeholder: plain UTF-8 only. The ingest work replaces this with encoding detection,
mojibake repair and HTML reduction.)
"""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """A document that cannot be ingested; the message names the file and the reason."""


def read_document(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text") from exc
