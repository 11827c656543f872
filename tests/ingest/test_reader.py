"""Bytes -> document text: encodings, mojibake, HTML, and clear refusals."""

from __future__ import annotations

import codecs

import pytest

from bot.ingest.reader import DocumentError, read_document

TEXT = "Wren Alder\u2019s caf\u00e9 scene is na\u00efve, and \u201cquoted\u201d \u2014 r\u00e9sum\u00e9 and all."


def _write(tmp_path, data: bytes, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("cp1252"),
    # Mojibake: UTF-8 bytes once misread as Windows-1252 and saved again as UTF-8.
    TEXT.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"),
], ids=["utf8", "utf8-bom", "utf16", "cp1252", "mojibake"])
def test_text_comes_back_clean_with_curly_quotes_kept(tmp_path, data):
    text = read_document(_write(tmp_path, data))
    assert "caf\u00e9" in text and "na\u00efve" in text and "r\u00e9sum\u00e9" in text
    assert "Alder\u2019s" in text


def test_short_cp1252_text_is_not_taken_for_another_code_page(tmp_path):
    assert read_document(_write(tmp_path, "Caf\u00e9 na\u00efve".encode("cp1252"))) == "Caf\u00e9 na\u00efve"


def test_other_legacy_encodings_are_detected(tmp_path):
    russian = "Это рецензия на фильм о маяке и его смотрителе, снятый зимой."
    assert read_document(_write(tmp_path, russian.encode("cp1251"))) == russian


def test_html_page_is_reduced_to_its_main_text(tmp_path):
    page = (b"<!DOCTYPE html><html><head><title>Site</title><style>p {color: red}</style>"
            b"<script>var tracking = 1;</script></head><body>"
            b"<nav><a href='/'>Home</a> <a href='/reviews'>Reviews</a></nav>"
            b"<article><header><h1>Quiet Harbour (1999)</h1></header>"
            b"<p>Quiet Harbour follows a ferry pilot &amp; her brother.</p>"
            b"<p>It runs 97 minutes.</p></article><footer>Copyright Site</footer></body></html>")
    text = read_document(_write(tmp_path, page, "page.html"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["Quiet Harbour (1999)", "Quiet Harbour follows a ferry pilot & her brother.",
                     "It runs 97 minutes."]


def test_text_with_a_few_angle_brackets_is_not_treated_as_html(tmp_path):
    text = "Rated <R> for language.\nThe film runs 2 < 3 hours."
    assert read_document(_write(tmp_path, text.encode())) == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b" \n\t\r\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"Some text\x00with a NUL byte", "binary"),
    (bytes(range(128, 256)) * 8, "undecodable"),
    (b"<html><body><script>only()</script></body></html>", "no text"),
], ids=["empty", "whitespace", "png", "nul", "undecodable", "markup-only"])
def test_unusable_documents_raise_a_one_line_error_naming_the_file(tmp_path, data, reason):
    path = _write(tmp_path, data)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = _write(tmp_path, b"film " * 100)
    with pytest.raises(DocumentError, match="too large"):
        read_document(path, max_bytes=100)
    assert read_document(path, max_bytes=1000).startswith("film film")


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="cannot read"):
        read_document(tmp_path / "absent.txt")


def test_xhtml_page_with_an_encoding_declaration(tmp_path):
    page = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>Caf\u00e9 Meridian opens in 1961.</p></body></html>").encode("latin-1")
    assert read_document(_write(tmp_path, page, "page.xhtml")).strip() == "Caf\u00e9 Meridian opens in 1961."
