"""Moscow's spellings of Ukrainian villages the gazetteer holds only in Ukrainian: the consonants
the two languages write apart, the prefix one translates, and hyphenated names."""

import pytest

from tui.core.claims.gazetteer import Gazetteer
from tui.core.claims.places import find_places


@pytest.mark.parametrize(("sentence", "want"), [
    # «-здн-» where Ukrainian writes «-зн-»
    ("Российские войска освободили населенный пункт Переездное в Донецкой Народной Республике.", ("Pereizne", "Donetsk")),
    # «-жск-» where Ukrainian writes «-зьк-»
    ("Подразделения установили контроль над населенным пунктом Запорожское в Днепропетровской области.",
     ("Zaporizke", "Dnipropetrovsk")),
    # a hyphenated name, Russian vowels
    ("Глава региона назвал важным освобождение населенного пункта Клебан-Бык.", ("Kleban-Byk", "Donetsk")),
])
def test_moscows_spelling_finds_the_ukrainian_village(sentence, want):
    found = [(m.place.name, m.place.oblast) for m in find_places(sentence) if m.kind == "settlement"]
    assert found == [want]


def test_the_prefix_moscow_translates():
    # «Відрадне» is «Отрадное» in Russian: one skeleton for both
    gaz = Gazetteer.load()
    place = gaz.guess_cyrillic("Отрадное", "Dnipropetrovsk")
    assert place is not None and place.name == "Vidradne"


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    from tui.core.claims.statements import extract_statements
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # a community is named after its town, whichever way the adjective is made
    ("Обстрілу зазнала Гуляйпільська громада, постраждав тракторист.", {("claim", "ua", "Huliaipole")}),
    ("У Степногірській громаді через обстріл пошкоджено школу.", {("claim", "ua", "Stepnohirsk")}),
    ("Окупанти вдарили дронами по Комишуваській громаді, поранено жінку.", {("claim", "ua", "Komyshuvakha")}),
    # «потрапили під удари», «под огнем ... оказалась»: strikes told by where they landed
    ("Під ворожі удари потрапили Білопільська та Краснопільська громади.",
     {("claim", "ua", "Bilopillia"), ("claim", "ua", "Krasnopillia")}),
    ("Под огнем российских войск снова оказалась Ворожбянская община.", {("claim", "ua", "Vorozhba")}),
])
def test_communities_and_where_strikes_landed(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Russian border villages the gazetteer lacks, named in English with their region after them
    ("The ministry said its troops had retaken the villages of Kremyanoye and Pogrebki in the Kursk region.",
     {("claim", "ru", "Kremyanoye"), ("claim", "ru", "Pogrebki")}),
    ("Ukrainian forces shelled the village of Tetkino in the Glushkovsky district of the Kursk region.",
     {("claim", "ru", "Tetkino")}),
    # the whole two-word name, not a Ukrainian village spelt like its second word
    ("A drone dropped a grenade on the village of Staraya Orlovka in the Grayvoron district of the Belgorod region.",
     {("claim", "ru", "Staraya Orlovka")}),
])
def test_russian_villages_named_in_english(sentence, want):
    assert _triples(sentence) == want
