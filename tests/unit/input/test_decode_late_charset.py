"""Pages that state their charset late in the head, and undeclared single-byte
pages: German Latin-1 must not be read as windows-1251 (ä/ö/ü/ß as Cyrillic
letters), and real windows-1251 Russian must stay Cyrillic."""

import pytest

from declcli.input.decode import HEAD_SCAN_LIMIT, decode
from declcli.input.source import classify
from declcli.model import Source
from declcli.pipeline import extract_article

DE = (
    "Für die Straße vor dem Rathaus gilt ab Montag ein Tempolimit. Der Bürgermeister "
    "erklärte, die Maßnahme schütze Fußgänger und verringere den Lärm in den Wohnstraßen."
)
PL = "Zażółć gęślą jaźń: radni uchwalili budżet na przyszły rok po długiej dyskusji w ratuszu."
RU = (
    "Министр финансов заявил, что переговоры с Google и Apple о новом соглашении продолжатся "
    "на следующей неделе в столице, а решение по iPhone примут в июне."
)
# Inline script before the declaration, as shop templates put it: 60 KB, well past
# the first 4 KB where the declaration used to be looked for.
LONG_SCRIPT = "<script>var cfg = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(1300)) + "};</script>"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>News</title></head><body><article><p>{body}</p></article></body></html>"


def text_of(data: bytes) -> str:
    return extract_article(classify(Source(kind="file", location="x", data=data), "html")).text


def html_text(data: bytes) -> str:
    return decode(classify(Source(kind="file", location="x", data=data), "html"))


@pytest.mark.parametrize(
    ("text", "charset", "codec"),
    [(DE, "iso-8859-1", "cp1252"), (PL, "iso-8859-2", "iso-8859-2"), (RU, "windows-1251", "cp1251")],
)
def test_meta_charset_after_a_long_script_is_honoured(text, charset, codec):
    assert len(LONG_SCRIPT) > 50_000
    for head in (
        f'<meta charset="{charset}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        f'<meta name="description" content="News"><META CHARSET={charset}>',
    ):
        assert text_of(page(text, LONG_SCRIPT + head).encode(codec)) == text


def test_a_meta_charset_inside_a_script_or_comment_or_after_the_head_is_no_declaration():
    fake = "<script>document.write('<meta charset=\"windows-1251\">');</script><!-- <meta charset=koi8-r> -->"
    html = f"<html><head>{fake}<title>News</title></head><body><meta charset='koi8-r'><p>{DE}</p></body></html>"
    assert DE in html_text(html.encode("cp1252"))


def test_the_head_scan_is_bounded():
    # A declaration past HEAD_SCAN_LIMIT is not looked for: the bytes are guessed.
    filler = "<style>" + "p{}" * (HEAD_SCAN_LIMIT // 3) + "</style>"
    data = page(PL, filler + '<meta charset="iso-8859-2">').encode("iso-8859-2")
    assert len(data) > HEAD_SCAN_LIMIT
    assert PL not in html_text(data)
    assert PL in html_text(data.replace(b"<style>", b'<meta charset="iso-8859-2"><style>', 1))


@pytest.mark.parametrize(
    "text",
    [
        DE,
        "Le maire a déclaré que la façade de l'église sera restaurée avant l'été prochain, à Noël au plus tard.",
        "A informação da prefeitura é que a eleição terá votação em três turnos, não em dois.",
        "El alcalde señaló que la reunión de mañana tendrá lugar en el ayuntamiento de Málaga.",
    ],
)
def test_undeclared_latin_1_text_is_not_read_as_cyrillic(text):
    assert text_of(page(text).encode("cp1252")) == text


def test_undeclared_english_with_a_pound_sign_stays_latin():
    text = "The club paid the £71.6m release clause on Monday, the biggest fee of the summer."
    assert text_of(page(text).encode("cp1252")) == text


@pytest.mark.parametrize(
    "text",
    [
        RU,
        "Суд признал сделку недействительной. «Решение будет обжаловано», — сообщил адвокат компании.",
        "Уряд України схвалив програму відновлення енергетики, повідомив прем'єр-міністр у четвер.",
    ],
)
def test_undeclared_windows_1251_stays_cyrillic(text):
    assert text_of(page(text).encode("cp1251")) == text
