"""Headlines and names: a title-case headline reads as a sentence (and shows as written); Moscow's
news agencies speak for Moscow; "the X district of Y" names Y's region; Kyiv's "reclaim" is a
capture in the present tense too, and a goal when it is only aimed at; "targets X with drones" is a
strike told in the present."""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.pipeline import extract_document
from tui.core.claims.sentences import sentence_case


@pytest.mark.parametrize(("sentence", "want"), [
    ("Defence Forces Continue To Hold Zarichne In Donetsk Region", {("denial", "ua", "Zarichne")}),
    ("Ukraine Says Its Troops Reclaim Kupiansk After Weeks Of Fighting", {("claim", "ua", "Kupiansk")}),
    ("Russia Targets Kharkiv With Drones Overnight, Killing Two", {("claim", "ua", "Kharkiv")}),
    # the same words in a sentence's own case read the same
    ("Defence Forces continue to hold Zarichne in Donetsk region", {("denial", "ua", "Zarichne")}),
    # a title that tells no event stays empty
    ("Russian Offensive Campaign Assessment, March 3, 2026", set()),
    ("Photo: Kharkiv Regional Military Administration", set()),
])
def test_title_case_headlines(sentence, want):
    assert said(sentence, "2026-03-03") == want


def test_a_recased_headline_is_shown_as_written():
    headline = "Defence Forces Continue To Hold Zarichne In Donetsk Region"
    (st,) = extract_document(headline)["statements"]
    assert st["sentence"] == headline


@pytest.mark.parametrize(("sentence", "cased"), [
    ("Russian Forces Seize Two Villages Near Kupiansk", "Russian Forces seize two villages near Kupiansk"),
    # names and the nouns of bodies keep their capitals; a plain sentence is left alone
    ("Air Force Says It Downed 40 Drones Over Odesa", "Air Force says it downed 40 drones over Odesa"),
    ("The army said it held the town.", "The army said it held the town."),
    ("Москва заявила о взятии села.", "Москва заявила о взятии села."),
])
def test_sentence_case_keeps_length_and_names(sentence, cased):
    assert sentence_case(sentence) == cased
    assert len(sentence_case(sentence)) == len(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("According to Russian news agencies, the villages of Zarichne and Torske are now under Russian control.",
     {("claim", "ru", "Zarichne"), ("claim", "ru", "Torske")}),
    ("Russian state news agencies reported that troops had captured Kurakhove.", {("claim", "ru", "Kurakhove")}),
])
def test_moscows_news_agencies_speak_for_moscow(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a district named by its town lies in the region the next name gives: no event in the city
    ("Moscow said its forces took the village of Kindrashivka in the Kupiansk district of Kharkiv.",
     {("claim", "ru", "Kindrashivka")}),
    ("Moscow said its forces took a village in the Kupiansk district of Kharkiv.", {("claim", "ru", None)}),
    # a city's own district, named by an adjective, is in the city
    ("A Russian drone hit a house in the Kyivskyi district of Kharkiv, the mayor said.", {("claim", "ua", "Kharkiv")}),
])
def test_a_district_of_a_region(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukrainian troops reclaim Kupiansk, Syrskyi says", {("claim", "ua", "Kupiansk")}),
    # only aimed at: a goal, no capture
    ("Syrskyi says his troops will reclaim Kupiansk.", set()),
    ("Kyiv's bid to reclaim Kupiansk has stalled, analysts say.", set()),
    # what else is reclaimed is no place taken
    ("Ukraine reclaims the lead in drone production, Fedorov said.", set()),
])
def test_reclaim(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Russia targets Odesa with drones, injuring three", {("claim", "ua", "Odesa")}),
    # a target that is no attack
    ("Moscow targets Kyiv with new demands ahead of the talks.", set()),
])
def test_targets_with_drones(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the aim, then the defender's hold: no gain, a denial
    ("Russian forces have been trying to take Kostiantynivka for months, but Ukrainian troops are holding their positions.",
     {("denial", "ua", "Kostiantynivka")}),
    ("Russian troops are trying to capture Lyman, but the town remains under Ukrainian control, the brigade said.",
     {("denial", "ua", "Lyman")}),
    # the aim alone is still no statement
    ("Russian forces have been trying to take Kostiantynivka for months.", set()),
])
def test_an_aim_answered_by_a_hold(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukrainian troops strengthened their control over Kupiansk, Syrskyi said.", {("denial", "ua", "Kupiansk")}),
    # Moscow's consolidation follows its own gain: its claim
    ("Russian forces consolidated their control over Pokrovsk, the Russian Defence Ministry said.",
     {("claim", "ru", "Pokrovsk")}),
])
def test_a_hold_made_firmer(sentence, want):
    assert said(sentence, "2025-05-05") == want


def test_an_old_aim_answered_by_an_old_hold_is_history():
    assert said("Russian forces tried to take Kostiantynivka in 2023, but Ukrainian troops held their positions.",
                "2025-05-05") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # where the fire came from is not where it landed
    ("Belgorod was shelled from Kharkiv again, the governor said.", {("claim", "ru", "Belgorod")}),
    # Kyiv's words for Moscow's troops, saying what they took
    ("Цього разу загарбники заявляють, що захопили Сіверськ та Лиман.", {("claim", "ru", "Siversk"), ("claim", "ru", "Lyman")}),
    ("Оккупанты утверждают, что захватили Купянск.", {("claim", "ru", "Kupiansk")}),
    # an advance stopped is the stopper's repulse, not a concession
    ("У Генштабі повідомили, що українські воїни зупинили просування росіян біля Гуляйполя.", {("claim", "ua", "Huliaipole")}),
    # a centre whose name is also its region's, listed after another region, is that region
    ("Армия России за неделю заняла шесть сел в ДНР и Запорожье.", {("claim", "ru", None)}),
    ("Сили оборони звільнили два села на Донеччині та Запоріжжі.", {("claim", "ua", None)}),
    ("Росіяни атакували Сумщину та Харків, загинула людина.", {("claim", "ua", "Kharkiv")}),
    # what will not be taken, and what a town risks, are forecasts
    ("Російські війська найближчим часом не зможуть захопити Костянтинівку.", set()),
    ("Российские войска в ближайшие месяцы не смогут взять Краматорск.", set()),
    ("Myrnohrad Risks Encirclement As Russian Troops Press On", set()),
])
def test_sources_agents_and_forecasts(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's spelling of a village the oblast named after it holds ("-olch-" is Kyiv's "-ovch-"),
    # though the spelling is another oblast's namesake's
    ("Группировка «Восток» завершила освобождение населенного пункта Волчье в Днепропетровской области.",
     {("claim", "ru", "Vovche")}),
])
def test_a_russian_spelling_placed_by_its_oblast(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the account refuted, and whose it is, named by its noun or by who spreads it
    ("Hryhorov said information spread by pro-Kremlin resources about the capture of Yunakivka is untrue.",
     {("denial", "ua", "Yunakivka"), ("claim", "ru", "Yunakivka")}),
    ("Информация о якобы захвате Юнаковки, которую распространяют прокремлевские ресурсы, не соответствует "
     "действительности, заявил Олег Григоров.", {("denial", "ua", "Yunakivka"), ("claim", "ru", "Yunakivka")}),
    ("Аналітики спростували інформацію окупантів про те, що армія РФ нібито захопила Новоплатонівку.",
     {("denial", "other", "Novoplatonivka"), ("claim", "ru", "Novoplatonivka")}),
    ("ISW refuted the occupiers' claims that Russian forces captured Novoplatonivka.",
     {("denial", "other", "Novoplatonivka"), ("claim", "ru", "Novoplatonivka")}),
])
def test_whose_account_is_refuted(sentence, want):
    assert said(sentence, "2025-05-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a map that shows it, however long the words between
    ("Maps published by DeepState, a Ukrainian open-source monitoring group, show most of Huliaipole under Russian control.",
     {("confirmation", "other", "Huliaipole")}),
    # the place before another's claims is what they are about, not who speaks
    ("Ukraine denies Russia's Rodynske claims, says troops still hold north of town",
     {("claim", "ru", "Rodynske"), ("denial", "ua", "Rodynske")}),
    # the fight not over, the capture not made: a party's no
    ("Russia claims capture of Huliaipole; Kyiv says battle not over",
     {("claim", "ru", "Huliaipole"), ("denial", "ua", "Huliaipole")}),
    ("Border guards: Vovchansk not captured, fighting continues in the north of the town", {("denial", "ua", "Vovchansk")}),
    # an explainer's headline tells nothing new
    ("What the fall of Pokrovsk means for Ukraine", set()),
    # "cleared of the occupiers": those it was rid of did not act
    ("Another village, Novoheorhiivka, has also been cleared of the occupiers, he said.", {("claim", "ua", "Novoheorhiivka")}),
    # a headline's ", governor says" is the local teller
    ("Drone debris sets house on fire in Belgorod, governor says", {("claim", "ru", "Belgorod")}),
])
def test_maps_claims_and_headline_tellers(sentence, want):
    assert said(sentence, "2025-05-05") == want

@pytest.mark.parametrize("sentence", [
    # fighting near a place, answered by a hold: no capture aimed at, nothing claimed or denied
    "The enemy is trying to push forward near Yunakivka, but our defenders are holding their positions.",
])
def test_a_push_answered_by_a_hold_is_no_statement(sentence):
    assert said(sentence, "2025-05-05") == set()
