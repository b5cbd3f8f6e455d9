"""What was said before: a party's earlier report is still its claim; an analyst's own recap of an
earlier assessment is background."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # a party's earlier report, recalled by the story, is still that party's claim
    ("The Russian defence ministry had previously reported capturing Zarichne.", {("claim", "ru", "Zarichne")}),
    # footage that shows more than an analyst said before confirms what it shows
    ("New footage geolocated on May 3 shows Russian infantry near the Huliaipole market, indicating deeper "
     "advances into Huliaipole than ISW previously assessed.", {("confirmation", "other", "Huliaipole")}),
    # the analyst recalling its own earlier finding tells background
    ("ISW previously assessed that Russian forces seized Rodynske in mid-April.", set()),
    ("Russian troops took the Pokrovsk railway station in early April, ISW previously reported.", set()),
])
def test_earlier_reports(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's spelling of a village the codifier spells so for a namesake elsewhere: the oblast named decides
    ("Минобороны РФ сообщило об освобождении населенного пункта Червоное ДНР.", {("claim", "ru", "Chervone")}),
    ("Группировка «Восток» освободила Доброполье и Червоное Запорожской области.",
     {("claim", "ru", "Dobropillia"), ("claim", "ru", "Chervone")}),
    # an adjective that opens a two-word name the gazetteer lacks is still no place
    ("Группировка «Восток» освободила Червоное Озеро.", set()),
])
def test_a_village_spelt_in_russian_before_its_oblast(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # what a hit did, told as its result: the grid knocked out, a plant set ablaze, a town left in the dark
    ("Ukrainian drones knocked out power in Shebekino, the Belgorod governor said.", {("claim", "ru", "Shebekino")}),
    ("Ukrainian drones set the Rylsk grain elevator ablaze, Kursk governor says", {("claim", "ru", "Rylsk")}),
    ("Kupiansk left without electricity after Russian glide bomb strike", {("claim", "ua", "Kupiansk")}),
    # a vehicle the drone went for is where it landed
    ("In Beryslav, a Russian drone attacked an ambulance.", {("claim", "ua", "Beryslav")}),
    # a town once without power, with no attack told, is no strike
    ("Kupiansk was left without electricity for a week last winter.", set()),
])
def test_what_a_hit_did(sentence, want):
    assert said(sentence, "2025-05-05") == want
