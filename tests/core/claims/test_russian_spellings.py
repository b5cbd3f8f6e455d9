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
