"""Show operators read from content streams: the text of runs pdfium cannot place."""

from __future__ import annotations

from parsers.pdf_content import cmap_codec, shown_strings

CODECS = {"F2": "utf-16-be", "F1": None}


def test_literal_hex_and_array_strings_in_order():
    stream = (b"BT /F2 12 Tf 1 0 0 1 100 700 Tm (u3) Tj T* <8BF7> Tj "
              b"[(N\\272) -250 <4EBA>] TJ 2 0 Td /F1 9 Tf (Page 1) Tj ET\n"
              b"q 0 0 1 rg 10 10 100 50 re f Q")
    shown = shown_strings(stream, CODECS)
    assert [(s.font, s.text) for s in shown] == [("F2", "申"), ("F2", "请"), ("F2", "人人"), ("F1", None)]


def test_escapes_nested_parentheses_and_quote_operators():
    # \\( \\) \\\\ and octal escapes; the ' and " operators show a string too
    stream = b"BT /F2 10 Tf (\\000\\(\\000\\)) Tj 0 0 (\\000a) \" (\\000b) ' ET"
    assert [s.text for s in shown_strings(stream, CODECS)] == ["()", "a", "b"]


def test_a_backslash_before_8_or_9_leaves_the_digit():
    # no octal escape: the PDF reference drops the backslash (a damaged file once made this an error)
    assert [s.text for s in shown_strings(b"BT /F2 10 Tf (\\000\\9) Tj ET", CODECS)] == ["9"]


def test_empty_strings_show_nothing():
    assert shown_strings(b"BT /F2 10 Tf () Tj [] TJ ET", CODECS) == []


def test_streams_this_reader_is_unsure_of_give_none():
    assert shown_strings(b"BI /W 1 /H 1 ID \x00\xff EI", CODECS) is None  # inline image bytes
    assert shown_strings(b"BT /F2 10 Tf (unclosed Tj ET", CODECS) is None
    assert shown_strings(b"BT /F2 10 Tf <4E> Tj ET", CODECS) is None  # half a UCS-2 code


def test_predefined_cmaps_and_their_codecs():
    assert cmap_codec("UniGB-UCS2-H") == "utf-16-be"
    assert cmap_codec("UniCNS-UTF16-H") == "utf-16-be"
    assert cmap_codec("GBK-EUC-H") == "gbk"
    assert cmap_codec("UniGB-UCS2-V") is None  # vertical writing: left to pdfminer
    assert cmap_codec("Identity-H") is None
    assert "人".encode("gbk").decode(cmap_codec("GBK-EUC-H")) == "人"
