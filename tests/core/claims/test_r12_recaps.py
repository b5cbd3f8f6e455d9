"""Reports and what they name: a party's earlier report is still its claim (an analyst's recap of its own
is background); what a hit did is a strike; the towns of a road, a boundary or a named operation are no
event places; speakers named by region or by group; a village spelt in Russian before its oblast."""

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


@pytest.mark.parametrize(("sentence", "want"), [
    # the towns a road or a boundary runs between name where it runs, not where the fighting was
    ("Footage geolocated on May 2 shows that Russian forces advanced to the Sloviansk–Lysychansk highway in eastern Siversk.",
     {("confirmation", "other", "Siversk")}),
    ("Footage shows Russian forces advanced west of Novopil, near the Donetsk–Zaporizhia administrative boundary.",
     {("confirmation", "other", "Novopil")}),
    ("Russia's attempts to cut the Kostiantynivka–Druzhkivka road have failed, the brigade said.", set()),
])
def test_roads_and_boundaries(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an analyst's "<Russian region> Oblast Governor" is Moscow's official telling of a hit on his region
    ("Samara Oblast Governor Vyacheslav Fedorishchev claimed that drone debris damaged a plant in Syzran.",
     {("claim", "ru", "Syzran")}),
    # a Ukrainian operational-strategic group named after a city is a speaker, not that city
    ("The Dnipro Operational Strategic Group of Forces said Ukrainian forces still hold their positions in Ivanivka.",
     {("denial", "ua", "Ivanivka")}),
    # an operation named after its town is no event there
    ("Syrskyi: Nove Shakhove retaken in Dobropillia counteroffensive", {("claim", "ua", "Nove Shakhove")}),
    ("Moscow dismisses Kyiv's claims of a Kupiansk counteroffensive as fantasy",
     {("claim", "ua", "Kupiansk"), ("denial", "ru", "Kupiansk")}),
])
def test_who_and_what_is_named(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "secured" a town or its hub is a capture, and clearing it after is no mere activity
    ("Gerasimov said Russian troops had secured the railway hub of Lyman and were conducting clearing operations in the town.",
     {("claim", "ru", "Lyman")}),
    # a foothold secured is no capture of the town
    ("Russian troops secured a foothold on the outskirts of Siversk, ISW said.", {("confirmation", "other", "Siversk")}),
])
def test_secured(sentence, want):
    assert said(sentence, "2025-05-05") == want
