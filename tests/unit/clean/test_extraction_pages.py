"""Chrome removal and metadata on small original pages, one per page family.

Each case states what the body must keep, what it must not contain, and the
metadata the page states. The pages are in tests/pages/.
"""

from pathlib import Path

import pytest

from declcli.input.source import classify
from declcli.model import Source
from declcli.pipeline import extract_article

PAGES = Path(__file__).resolve().parents[2] / "pages"


def article(name: str, fmt: str | None = None, charset: str | None = None, data: bytes | None = None):
    path = PAGES / name
    fmt = fmt or ("text" if name.endswith(".txt") else "html")
    src = Source(kind="file", location=str(path), data=data if data is not None else path.read_bytes(), charset=charset)
    return extract_article(classify(src, fmt))


CASES = {
    "html5.html": dict(
        keep=[
            "Councillors in Porthallow have approved",  # the standfirst
            "The vote on Monday evening",
            "How the work will be paid for",  # a heading in the body
            "Two million pounds from the harbour levy",  # a list in the body
            "We have waited long enough",  # a block quote of the story
            "construction would begin in May",
        ],
        drop=[
            "Skip to content",
            "Sport",
            "Search",
            "Cymraeg",
            "ferry timetable",
            "Share on",
            "Photo: Elin Rowe",
            "The damaged wall",
            "Storm closes coastal road",
            "Read also",
            "Why the old wall failed",
            "morning briefing",
            "Advertisement",
            "Council Weather",
            "Most read",
            "Seal pup",
            "cookies",
            "All rights reserved",
            "4 min read",
            "Harbour town votes",
            "Staff Writer",
            "Morwenna",
        ],
        meta=dict(
            title="Harbour town votes to rebuild its sea wall",
            site="The Coastline Courier",
            authors=["Morwenna Pryce", "Idris Lloyd"],
            published="2024-03-05T09:30:00+00:00",
            modified="2024-03-05T14:10:00+00:00",
            language="en-GB",
            url="https://coastline-courier.example/news/harbour-sea-wall",
            breadcrumbs=["Home", "News", "Region"],
        ),
        media=[("The damaged wall after the February storm.", "Elin Rowe")],
    ),
    "wordpress.html": dict(
        keep=[
            "A cooperativa de produtores rurais",
            "O investimento, de cerca de trinta milhões",
            "Produção regional",
            "A região responde hoje",
        ],
        drop=[
            "Início",
            "Política",
            "Compartilhe",
            "WhatsApp",
            "Relacionado",
            "Preço do leite",
            "Tags",
            "Sobre a autora",
            "é repórter de economia",
            "Artigo anterior",
            "Próximo artigo",
            "comentário",
            "Finalmente uma boa notícia",
            "e-mail não será publicado",
            "Mais lidas",
            "Câmara aprova",
            "Todos os direitos",
            "visualizações",
            "Foto: Carlos Menezes",
            "Por Ana",
        ],
        meta=dict(
            title="Cooperativa de Pedras Altas inaugura nova usina de leite",
            site="Jornal do Vale",
            authors=["Ana Beatriz Souto"],  # "Redação" is the newsroom, not a person
            published="2023-08-14T10:05:00-03:00",
            modified="2023-08-15T08:00:00-03:00",
            language="pt-BR",
            url="https://jornaldovale.example/economia/usina-de-leite/",
            breadcrumbs=["Início", "Economia"],  # JSON-LD list, the headline crumb left out
        ),
        media=[("A nova usina no distrito industrial.", "Carlos Menezes")],
    ),
    "microdata.html": dict(
        keep=["Ab dem Fahrplanwechsel", "Der Stadtrat stimmte", "Die Busse sollen werktags", "Anwohner hatten seit Jahren"],
        drop=[
            "Anmelden",
            "Startseite",
            "Lesen Sie auch",
            "Parkgebühren",
            "Drucken",
            "E-Mail",
            "Weiterlesen",
            "7,99 Euro",
            "Aufrufe",
            "© Taler Bote",
            "Katrin Albers",
        ],
        meta=dict(
            title="Stadtrat beschließt neue Buslinie nach Oberwald",
            site="Taler Bote",
            authors=["Katrin Albers"],
            published="2022-11-02T17:45:00+01:00",
            language="de",
            breadcrumbs=["Startseite", "Lokales"],
        ),
        media=[],
    ),
    "amp.html": dict(
        keep=["More than forty thousand common cranes", "Bird watchers spent two mornings", "Experts say milder winters"],
        drop=[
            "Menu",
            "Birds",
            "Advertisement",
            "Cranes resting by the lake",
            "Jan Smit",
            "Reporting by",
            "Editing by",
            "Copyright",
            "Home",
        ],
        meta=dict(
            title="Volunteers count a record number of migrating cranes",
            site="Wild Wings",
            authors=["Lotte Verhoeven", "Pieter de Graaf"],  # a JSON-LD list of people
            published="2021-10-18T06:00:00+02:00",
            language="en",
            url="https://wildwings.example/2021/10/crane-count",
        ),
        media=[("Cranes resting by the lake at dawn.", "Jan Smit")],
    ),
    "table_layout.html": dict(
        keep=[
            "Строительство нового моста через реку Сухону близится к завершению",
            "Длина моста составит почти четыреста метров",
            "По словам главного инженера проекта",
            "Старый паромный переход",
        ],
        drop=[
            "Главная",
            "Новости",
            "Погода",
            "Форум",
            "12.03.2009",
            "Просмотров",
            "Все права защищены",
            "Новый мост через Сухону откроют",
        ],
        meta=dict(
            title="Новый мост через Сухону откроют в июне",
            site="Вологодские вести",
            published="2009-03-12",  # the date line under the headline
            language="ru",
            breadcrumbs=[],  # "Главная | Новости | Архив" is a menu, not a trail
        ),
        media=None,
    ),
    "bare.html": dict(
        keep=[
            "Ranchers across the western plains",
            "At the sale barn in Millbrook",
            "We can either sell them now",
            "State officials said",
        ],
        drop=[
            "Plains Daily",
            "Home",
            "Drought forces farmers",
            "Dale Whitcomb",
            "July 16",
            "Reporting by",
            "More from",
            "County fair",
            "Subscribe",
            "cookies",
            "Copyright",
        ],
        meta=dict(
            title="Drought forces farmers to sell cattle early",
            site="Plains Daily",
            authors=["Dale Whitcomb"],  # "Associated Writer" is a role
            published="2019-07-16",
            language="en",  # told from the text: the page says nothing
            breadcrumbs=["Home", "News", "Farming"],  # a text trail
        ),
        media=[],
    ),
    "pasted.txt": dict(
        keep=[
            "Scientists measuring one of the largest glaciers",
            "The glacier retreated by more than sixty metres",
            "What we saw this year",
            "The researchers warned",
        ],
        drop=[
            "World Business",
            "Home",
            "Share on",
            "Photo",
            "Lena Vogt",
            "REUTERS",
            "Read more",
            "Heatwave closes",
            "Record temperatures",
            "All rights reserved",
            "Sofia Brandt",
            "August 30",
            "Glacier in the Alps lost",
        ],
        meta=dict(
            title="Glacier in the Alps lost a tenth of its ice in one summer",
            authors=["Sofia Brandt", "Marco Ricci"],
            published="2023-08-30",
            language="en",
            breadcrumbs=["Home", "News", "Climate"],
        ),
        media=[("A researcher measures the ice surface.", "Lena Vogt"), ("", "REUTERS/Denis Balibouse")],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_body_keeps_the_story_and_drops_the_chrome(name):
    case = CASES[name]
    text = article(name).text
    for phrase in case["keep"]:
        assert phrase in text, f"{name}: lost {phrase!r}"
    for phrase in case["drop"]:
        assert phrase not in text, f"{name}: kept chrome {phrase!r}"
    assert "\n\n\n" not in text and text == text.strip()


@pytest.mark.parametrize("name", sorted(CASES))
def test_metadata(name):
    case = CASES[name]
    art = article(name)
    for field, expected in case["meta"].items():
        assert getattr(art, field) == expected, f"{name}: {field}"
    if case["media"] is not None:
        assert [(m.caption, m.credit) for m in art.media] == case["media"]


def test_paragraphs_stay_apart():
    """Every <p>, list item and <br><br> paragraph is its own paragraph."""
    paragraphs = article("html5.html").text.split("\n\n")
    assert len(paragraphs) == 10
    assert "Council" not in paragraphs and "Weather" not in paragraphs  # the tag list
    assert len(article("table_layout.html").text.split("\n\n")) == 4
