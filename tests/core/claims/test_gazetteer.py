"""Gazetteer: every spelling to one canonical place, ambiguity, common-word guards."""


import pytest

from tui.core.claims.gazetteer import Gazetteer, fold, resolve_place
from tui.core.claims.translit import ru_to_latin, uk_to_latin


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "spelling, canonical",
    [
        ("Kupiansk", "Kupiansk"), ("Kupyansk", "Kupiansk"), ("Куп'янськ", "Kupiansk"),
        ("Куп’янськ", "Kupiansk"), ("Купянск", "Kupiansk"), ("KUPIANSK", "Kupiansk"),
        ("Huliaipole", "Huliaipole"), ("Gulyaypole", "Huliaipole"), ("Гуляйполе", "Huliaipole"),
        ("Konstantinovka", "Kostiantynivka"), ("Костянтинівка", "Kostiantynivka"),
        ("Odessa", "Odesa"), ("Одесса", "Odesa"), ("Kiev", "Kyiv"), ("Київ", "Kyiv"),
        ("Pokrovsk", "Pokrovsk"), ("Krasnoarmeysk", "Pokrovsk"), ("Красноармейск", "Pokrovsk"),
        ("Artemivsk", "Bakhmut"), ("Артемовск", "Bakhmut"), ("Dzerzhynsk", "Toretsk"),
        ("Dimitrov", "Myrnohrad"), ("Dobropillia's", "Dobropillia"), ("Dobropillia’s", "Dobropillia"),
        ("Severodonetsk", "Sievierodonetsk"), ("Izyum", "Izium"), ("Tabaivka", "Tabaivka"),
        ("Синьківка", "Synkivka"), ("Rabotino", "Robotyne"), ("Belgorod", "Belgorod"),
        ("Sudzha", "Sudzha"), ("Брянск", "Bryansk"),
    ],
)
def test_every_spelling_resolves_to_canonical(spelling, canonical):
    assert resolve_place(spelling) == canonical


def test_unknown_and_common_words_do_not_resolve(gaz):
    for word in ("Peace", "Victory", "Sea", "Mir", "Ukraine", "Volodymyr", "Nowhereville"):
        assert gaz.resolve(word) is None, word


def test_transliteration_follows_the_national_system():
    assert uk_to_latin("Запоріжжя") == "Zaporizhzhia"
    assert uk_to_latin("Згурівка") == "Zghurivka"  # зг -> zgh
    assert uk_to_latin("Єнакієве") == "Yenakiieve"  # word-initial y-forms
    assert ru_to_latin("Купянск") == "Kupyansk"
    assert fold("Куп’янськ") == fold("Куп'янськ") == fold("куп'янськ")


def test_find_requires_capitalised_latin_and_possessives(gaz):
    text = "Fighting near Dobropillia's outskirts; the lyman estuary; Lyman was shelled."
    found = [(m.text, m.place.name) for m in gaz.find(text)]
    assert found == [("Dobropillia's", "Dobropillia"), ("Lyman", "Lyman")]


def test_multiword_and_cyrillic_mentions(gaz):
    mentions = gaz.find("Бої тривають біля Часів Яр і Куп’янська, and near Chasiv Yar.")
    names = [m.place.name for m in mentions]
    assert names.count("Chasiv Yar") == 2


def test_ambiguity_resolved_by_oblast_named_nearby(gaz):
    text = "A drone hit Kostiantynivka in Zaporizhzhia Oblast overnight."
    [m] = [m for m in gaz.find(text) if not m.region]
    assert (m.place.name, m.place.oblast) == ("Kostiantynivka", "Zaporizhzhia")
    assert len(m.candidates) > 1


def test_ambiguity_resolved_by_other_places_in_story(gaz):
    text = "Russian troops shelled Kherson and Bilozerka. Later a drone struck Kostiantynivka."
    by_name = {m.place.name: m.place for m in gaz.find(text)}
    assert by_name["Kostiantynivka"].oblast == "Kherson"


def test_ambiguity_falls_back_to_population(gaz):
    [m] = gaz.find("Kostiantynivka was shelled.")
    assert m.place.oblast == "Donetsk"


def test_oblast_mentions_are_flagged_as_regions(gaz):
    mentions = gaz.find("Strikes hit Kharkiv Oblast and Donetsk region.")
    assert [m.region for m in mentions] == [True, True]


def test_load_is_lazy_and_cached():
    import subprocess
    import sys

    # An audit hook sees every file the process opens: the import must not open the data, the first load must.
    code = ("import sys; opened = []; sys.addaudithook(lambda e, a: e == 'open' and opened.append(str(a[0])))\n"
            "import tui.core.claims.gazetteer as g; print(str(g.DATA_FILE) in opened)\n"
            "g.Gazetteer.load(); print(str(g.DATA_FILE) in opened)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
    assert Gazetteer.load() is Gazetteer.load()


def test_find_cost_grows_with_text_not_names(gaz):
    # Not a timing assertion: it counts the probes of the name index, which grow with the words
    # of the text and stay a few per word however many names the gazetteer holds.
    calls = 0

    class Counting(dict):
        def get(self, key, default=None):
            nonlocal calls
            calls += 1
            return super().get(key, default)

    counted = Gazetteer(gaz.places, Counting(gaz.names))
    text = "Russian forces advanced near Kupiansk and Pokrovsk, the staff said. "
    assert [m.place.name for m in counted.find(text)] == [m.place.name for m in gaz.find(text)]
    calls = 0
    counted.find(text * 50)
    once = calls
    calls = 0
    counted.find(text * 100)
    assert 0 < once and calls == 2 * once
    assert calls <= 4 * len(text.split()) * 100


def test_every_place_a_latin_guess_spells_back_to_itself():
    """guess_latin reads a spelling's consonant skeleton against an index built from every
    place's at once: each place, alone of its name in its oblast, is found by its own name."""
    from collections import Counter

    gaz = Gazetteer.load()
    count = Counter((fold(p.name), p.oblast) for p in gaz.places)
    missed = [p.name for p in gaz.places
              if count[(fold(p.name), p.oblast)] == 1 and gaz.guess_latin(p.name, p.oblast, shortest=0) != p]
    assert missed == []


@pytest.mark.parametrize(("word", "town"), [
    ("Рязанский", "Ryazan"), ("Рязанського", "Ryazan"), ("Саратовского", "Saratov"),
    ("Новороссийский", "Novorossiysk"), ("Ярославский", "Yaroslavl"), ("Липецкий", "Lipetsk"),
    ("Сумський", "Sumy"), ("Одеський", "Odesa"), ("Бєлгородського", "Belgorod"),
    ("Российский", None), ("Европейский", None), ("Рязань", None),
])
def test_town_of_adjective_reads_the_town_an_adjective_is_made_from(word, town):
    place = Gazetteer.load().town_of_adjective(word)
    assert (place.name if place else None) == town
