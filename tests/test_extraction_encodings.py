"""Charset handling for pages and text files: the transport's charset, a
meta charset, http-equiv, a BOM, windows-1251, ISO-8859-1 and UTF-8 with a
stray byte."""

import codecs

import pytest

from declcli.model import Source
from declcli.pipeline import extract_article
from declcli.source import classify, decode

RU = "Министр заявил, что переговоры о новом соглашении продолжатся на следующей неделе в столице."
FR = "Le maire a déclaré que la façade de l'église sera restaurée avant l'été prochain, à Noël au plus tard."


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>News</title></head><body><article><p>{body}</p></article></body></html>"


def text_of(data: bytes, fmt: str = "html", charset: str | None = None) -> str:
    return extract_article(classify(Source(kind="file", location="x", data=data, charset=charset), fmt)).text


def test_http_charset_wins():
    data = page(RU).encode("cp1251")
    assert text_of(data, charset="windows-1251") == RU


def test_meta_charset():
    assert text_of(page(RU, '<meta charset="windows-1251">').encode("cp1251")) == RU


def test_http_equiv_charset():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    assert text_of(page(RU, head).encode("cp1251")) == RU


def test_undeclared_windows_1251_is_guessed():
    assert text_of(page(RU).encode("cp1251")) == RU


def test_iso_8859_1_reads_as_windows_1252():
    data = page(FR + " \u2019", '<meta charset="iso-8859-1">').encode("cp1252")
    assert text_of(data) == FR + " \u2019"


def test_utf8_bom():
    assert text_of(codecs.BOM_UTF8 + page(RU).encode("utf-8")) == RU


def test_utf16_bom():
    assert text_of(codecs.BOM_UTF16_LE + page(FR).encode("utf-16-le")) == FR


def test_utf8_with_a_stray_byte_keeps_its_text():
    data = page(FR).encode("utf-8").replace(b"sera", b"sera\xa0", 1)
    text = text_of(data)
    assert "façade de l'église" in text and "avant l'été prochain" in text


@pytest.mark.parametrize("enc", ["utf-8", "cp1251", "utf-8-sig"])
def test_text_files_get_the_same_care(enc):
    body = f"Заголовок новости\n\n{RU}\n"
    src = classify(Source(kind="file", location="x.txt", data=body.encode(enc)), "text")
    assert decode(src).lstrip("\ufeff").startswith("Заголовок")
    assert text_of(body.encode(enc), "text") == RU
