"""Turn a file into document text, or say clearly why it cannot be read.

Bytes are decoded as UTF-8 (with or without BOM) when they are, else by charset-normalizer's
detection; ftfy then repairs mojibake ("donâ€™t") without straightening real curly quotes;
an HTML page is reduced to its readable text by inscriptis, one line per block.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import ftfy
from charset_normalizer import from_bytes
from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import etree, html

DEFAULT_MAX_BYTES = 2_000_000
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0c\r") + b"\x7f"
_MAX_CONTROL_SHARE = 0.01
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|li|ul|td|tr|h[1-6]|body|head|title)\b[^>]*>", re.IGNORECASE)
_MIN_TAGS_FOR_HTML = 5
# Page furniture that is never part of a film text.
# A page's own header/footer is furniture; an article's header holds its title, so it stays.
_BOILERPLATE = ("//script | //style | //noscript | //nav | //aside | //form | //iframe"
                " | //header[not(ancestor::article or ancestor::main)]"
                " | //footer[not(ancestor::article or ancestor::main)]")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_WESTERN_ENCODINGS = frozenset({"cp1252", "latin_1", "iso8859_15"})
_CHAOS_TIE = 0.01


class DocumentError(Exception):
    """A document that cannot be ingested; the message names the file and the reason."""


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of the document at `path`; raises DocumentError("<path>: <reason>")."""
    return decode_document(read_bytes(path, max_bytes=max_bytes), name=str(path), max_bytes=max_bytes)


def read_bytes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing files over `max_bytes` before reading them."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{path}: too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def decode_document(data: bytes, *, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Document bytes -> clean text (see the module docstring); `name` prefixes any error."""
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    text = _decode(data, name)
    if _looks_like_html(text):
        text = html_to_text(text)
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    text = text.strip("\n")
    if not text.strip():
        raise DocumentError(f"{name}: no text (only markup or whitespace)")
    return text


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8):], "utf-8", name)
    if data.startswith(_UTF16_BOMS):
        return _checked(data, "utf-16", name)
    if _binary_share(data) > _MAX_CONTROL_SHARE or b"\x00" in data:
        raise DocumentError(f"{name}: binary file (NUL or control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    if encoding is None:
        raise DocumentError(f"{name}: undecodable bytes (not UTF-8 and no likely encoding)")
    return _checked(data, encoding, name)


def _detect_encoding(data: bytes) -> str | None:
    """charset-normalizer's choice, except that Windows-1252 wins a tie.

    Short Western texts with a few accented letters fit many single-byte code pages equally
    well; film documents are far more often Windows-1252 than Farsi or Central European.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if match.encoding in _WESTERN_ENCODINGS and match.chaos <= best.chaos + _CHAOS_TIE:
            return match.encoding
    return best.encoding


def _checked(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"{name}: undecodable as {encoding}") from exc
    if text and len(_CONTROL.findall(text)) / len(text) > _MAX_CONTROL_SHARE:
        raise DocumentError(f"{name}: binary content (too many control characters)")
    return text


def _binary_share(data: bytes) -> float:
    """Share of control bytes, which text in any single-byte or UTF-8 encoding hardly has."""
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text, 0, 2048)) or len(_HTML_TAG.findall(text, 0, 20_000)) >= _MIN_TAGS_FOR_HTML


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, one line per block, without page furniture."""
    # lxml refuses a str that still declares its byte encoding; the bytes are decoded already.
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = html.fromstring(markup)
    except etree.ParserError:  # nothing but whitespace or comments
        return ""
    for element in tree.xpath(_BOILERPLATE):
        element.drop_tree()
    return Inscriptis(tree, ParserConfig(display_links=False, display_images=False)).get_text()
