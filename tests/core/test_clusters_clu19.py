"""Clusters: reports of one event worded apart in ways the event words missed."""

from __future__ import annotations

from tests.core.test_clusters import HOUR, T0, story
from tui.core.cluster_features import told_by
from tui.core.clusters import Clusterer


def test_a_blast_told_with_the_russian_verb_for_blowing_up_is_an_attack():
    assert told_by("Неизвестные подорвали железнодорожный мост у Джанкоя") == {"attack"}
    assert told_by("Подрыв газопровода под Белгородом") == {"attack"}


def test_the_search_of_the_rubble_joins_the_strike_that_left_it():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Russian missile hits apartment block in Kramatorsk, three killed",
                                places=["Kramatorsk"], claims=["strike:kramatorsk"]))
    for sid, title in (("b", "Search and rescue operation in Kramatorsk is over"),
                       ("c", "У Краматорську завершили пошуково-рятувальну операцію")):
        assert clusters.add(story(sid, title, at=T0 + 10 * HOUR, places=["Kramatorsk"])) == strike, title


def test_the_rubble_of_another_day_is_not_that_strike():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Russian missile hits apartment block in Kramatorsk, three killed",
                                places=["Kramatorsk"], claims=["strike:kramatorsk"]))
    # past the 48 hours a strike's follow-ups join it, within the 36 hours other reports do
    later = story("b", "Search and rescue operation in Kramatorsk is over", at=T0 + 60 * HOUR,
                  places=["Kramatorsk"])
    assert clusters.add(later) != strike


def test_an_air_crash_told_in_two_languages_is_one_event():
    clusters = Clusterer()
    crash = clusters.add(story("a", "Rescue helicopter crashes near a kindergarten in Irpin", places=["Irpin"]))
    assert clusters.add(story("b", "В Ирпене разбился вертолет спасателей", at=T0 + 3 * HOUR,
                              places=["Irpin"])) == crash
    assert clusters.add(story("c", "Авіакатастрофа в Ірпені: що відомо про загиблих", at=T0 + 6 * HOUR,
                              places=["Irpin"])) == crash


def test_a_crash_in_the_same_town_a_day_later_is_another_event():
    # past a crash's own 24 hours, within the 36 hours that hold other reports together
    clusters = Clusterer()
    crash = clusters.add(story("a", "Rescue helicopter crashes near a kindergarten in Irpin", places=["Irpin"]))
    assert clusters.add(story("b", "Light aircraft crashes in Irpin field", at=T0 + 30 * HOUR,
                              places=["Irpin"])) != crash


def test_a_town_no_gazetteer_knows_named_in_both_headlines_is_the_same_place():
    clusters = Clusterer()
    first = clusters.add(story("a", "Вибухи на аеродромі Вельдорово у Ростовській області: місцеві чули дрони"))
    assert clusters.add(story("b", "Атака на аеродром Вельдорово: де розташована авіабаза", at=T0 + 4 * HOUR)) == first


def test_only_the_unknown_name_links_them_not_a_headlines_first_word():
    clusters = Clusterer()
    first = clusters.add(story("a", "Атака на аеродром Вельдорово у Ростовській області: місцеві чули дрони"))
    assert clusters.add(story("b", "Атака на аеродром Кримзаводськ: де розташована авіабаза",
                              at=T0 + 4 * HOUR)) != first
    assert clusters.add(story("c", "Атака дронів на нафтобазу: що відомо", at=T0 + 5 * HOUR)) != first


def test_a_village_misread_in_the_first_report_is_found_through_the_half_that_names_it():
    clusters = Clusterer()
    first = clusters.add(story("a", "ВСУ освободили Андреевку под Бахмутом", places=["Sukhanivka", "Bakhmut"],
                               claims=["control:sukhanivka"]))
    assert clusters.add(story("b", "Українська армія звільнила Андріївку під Бахмутом", at=T0 + HOUR / 2,
                              places=["Bakhmut", "Andriivka"], claims=["control:bakhmut", "control:andriivka"])) == first
    assert clusters.add(story("c", "Ukrainian forces liberate Andriivka on Bakhmut front", at=T0 + HOUR,
                              places=["Andriivka"], claims=["control:andriivka"])) == first


def test_half_a_cluster_naming_the_capital_does_not_make_the_capitals_strike_its_event():
    clusters = Clusterer()
    first = clusters.add(story("a", "Drones hit port in Odesa overnight", places=["Odesa"], claims=["strike:odesa"]))
    assert clusters.add(story("b", "Odesa port struck; Kyiv says air defence overwhelmed", at=T0 + HOUR,
                              places=["Odesa", "Kyiv"], claims=["strike:odesa", "strike:kyiv"])) == first
    assert clusters.add(story("c", "Russian drones hit Kyiv overnight", at=T0 + 2 * HOUR, places=["Kyiv"],
                              claims=["strike:kyiv"])) != first


def test_a_weapon_named_in_two_headlines_is_no_town_they_share():
    clusters = Clusterer()
    first = clusters.add(story("a", "Кинджали летять: у кількох областях чути вибухи"))
    assert clusters.add(story("b", "Кинджал збито над морем, повідомили в ППО", at=T0 + 2 * HOUR)) != first


def test_a_headline_naming_the_next_town_keeps_the_capture_its_text_reports_when_it_says_taking():
    clusters = Clusterer()
    claim = clusters.add(story("a", "Russian forces capture Novoselydivka, MoD says", places=["Novoselydivka"],
                               claims=["control:novoselydivka"]))
    assert clusters.add(story("b", "10 км до Курахового: війська РФ забирають Донбас", at=T0 + 5 * HOUR,
                              places=["Kurakhove", "Novoselydivka"], claims=["control:novoselydivka"])) == claim
