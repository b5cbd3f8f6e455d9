"""Clusters: an event told at the level of a region, in English, Ukrainian and Russian forms."""

from __future__ import annotations

from tests.core.test_clusters import DAY, HOUR, T0, story
from tui.core.cluster_features import fold, regions_in
from tui.core.clusters import Clusterer


def test_every_spelling_of_a_region_names_the_same_region():
    said = ["Shelling of Sumy Oblast leaves one dead", "Ворог обстріляв Сумщину", "Обстріли на Сумщині",
            "Удари по Сумській області", "При обстреле в Сумской области погиб мужчина"]
    assert all(regions_in(fold(title)) == {"region-sumy"} for title in said)
    assert regions_in(fold("На Запоріжжі дрон атакував авто")) == {"region-zaporizhzhia"}
    assert regions_in(fold("Над Курской областью сбиты дроны")) == {"region-kursk"}
    # A town named like a region is no region without the word for one.
    assert regions_in(fold("Russian drones hit Sumy overnight")) == set()
    assert regions_in(fold("Bilhorod-Dnistrovskyi port damaged")) == set()


def test_a_region_shelled_is_one_event_in_three_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "Ворог за добу 60 разів обстріляв Сумщину, загинув чоловік"))
    assert clusters.add(story("b", "Russian attacks on Sumy Oblast kill one, damage school",
                              at=T0 + HOUR)) == first
    assert clusters.add(story("c", "ВСУ сообщили о гибели мужчины при обстреле в Сумской области",
                              at=T0 + 2 * HOUR)) == first


def test_a_region_named_with_a_town_of_it_in_the_summary_joins_the_region_s_reports():
    clusters = Clusterer()
    first = clusters.add(story("a", "На Чернігівщині після атаки дронів знеструмлено 30 тисяч абонентів"))
    assert clusters.add(story("b", "Russian drones hit energy facility in Chernihiv Oblast, 30,000 without power",
                              summary="The strike hit the Nizhyn district overnight.", at=T0 + 2 * HOUR,
                              places=["Nizhyn"])) == first


def test_two_regions_struck_the_same_night_stay_apart():
    clusters = Clusterer()
    kursk = clusters.add(story("a", "Air defenses destroy 46 Ukrainian drones over Kursk region"))
    assert clusters.add(story("b", "Над Курской областью ночью сбили 46 беспилотников", at=T0 + HOUR)) == kursk
    assert clusters.add(story("c", "На Курщині після нічної атаки дронів пошкоджено будинки",
                              at=T0 + 2 * HOUR)) == kursk
    assert clusters.add(story("d", "Air defenses down 23 Ukrainian drones over Bryansk region",
                              at=T0 + 3 * HOUR)) != kursk


def test_the_same_region_shelled_another_day_is_another_event():
    clusters = Clusterer()
    first = clusters.add(story("a", "Обстріли прикордоння Сумщини: один загиблий"))
    assert clusters.add(story("b", "Russian shelling of Sumy Oblast border villages kills two",
                              at=T0 + 2 * DAY)) != first


def test_a_region_s_report_joins_the_strike_on_its_centre_that_names_no_region():
    clusters = Clusterer()
    city = clusters.add(story("a", "Russian glide bomb strikes Kharkiv suburb, 3 injured", places=["Kharkiv"],
                              claims=["strike:kharkiv"]))
    assert clusters.add(story("b", "КАБ по Харківщині: троє поранених", at=T0 + HOUR,
                              summary="Керована авіабомба влучила у приватний будинок у передмісті.")) == city


def test_a_region_shelled_the_day_its_centre_is_hit_by_a_missile_is_another_event():
    clusters = Clusterer()
    city = clusters.add(story("a", "Missile strike on Sumy kills two", places=["Sumy"], claims=["strike:sumy"]))
    assert clusters.add(story("b", "Росіяни обстріляли прикордонні громади Сумщини", at=T0 + HOUR,
                              summary="Міномети та артилерія били по селах уздовж кордону.")) != city


def test_moscow_s_old_name_for_dnipro_is_the_city_and_with_a_region_word_the_region():
    clusters = Clusterer()
    city = clusters.add(story("a", "Russian missile strike on Dnipro kills two, injures 11", places=["Dnipro"],
                              claims=["strike:dnipro"]))
    assert clusters.add(story("b", "Russian Iskander strike destroys drone workshop in Dnepropetrovsk",
                              at=T0 + 2 * HOUR)) == city
    assert regions_in(fold("Air defences down drones over Dnepropetrovsk region")) == {"region-dnipropetrovsk"}


def test_regions_listed_before_one_region_word_are_each_a_region():
    assert regions_in(fold("Power outage schedules in Kyiv, Kharkiv and Sumy regions")) == {
        "region-kyiv", "region-kharkiv", "region-sumy"}
    assert regions_in(fold("Дроны сбиты над Курской и Брянской областями")) == {"region-kursk", "region-bryansk"}
    # A town before a sentence's next clause is not in the list.
    assert regions_in(fold("Sumy struck overnight, Kharkiv region reports")) == {"region-kharkiv"}


def test_outage_schedules_for_the_same_regions_are_one_event_in_two_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "Ukrenergo applies power outage schedules in Kyiv, Kharkiv and Sumy regions"))
    assert clusters.add(story("b", "Укренерго запровадило графіки відключень на Київщині, Харківщині та Сумщині",
                              at=T0 + HOUR)) == first


def test_a_region_s_name_is_not_its_centre_named_when_the_text_lists_the_centre():
    clusters = Clusterer()
    first = clusters.add(story("a", "Russian attacks on Kherson Oblast kill one, injure eight"))
    assert clusters.add(story("b", "Обстріли Херсонщини: одна загибла, восьмеро поранених",
                              summary="Під вогнем були Херсон, Берислав і прибережні села.", at=T0 + HOUR,
                              places=["Kherson", "Beryslav"])) == first


def test_glide_bombs_named_by_their_ukrainian_abbreviation_are_a_strike():
    clusters = Clusterer()
    first = clusters.add(story("a", "Russians drop glide bombs on Kharkiv, three injured", places=["Kharkiv"],
                               claims=["strike:kharkiv"]))
    assert clusters.add(story("b", "КАБи на Харків: троє поранених у Холодногірському районі", at=T0 + HOUR,
                              summary="Терехов повідомив про пошкодження будинків.", places=["Kharkiv"])) == first


def test_a_village_the_gazetteer_misses_in_a_named_region_joins_the_reports_that_resolve_it():
    clusters = Clusterer()
    claim = clusters.add(story("a", "ВС России освободили Терновое в Днепропетровской области",
                               summary="Населенный пункт перешел под контроль группировки «Восток»."))
    assert clusters.add(story("b", "Ukraine denies Russian claim of capturing Ternove in Dnipropetrovsk Oblast",
                              at=T0 + 3 * HOUR, places=["Ternove"], claims=["control:ternove"])) == claim


def test_a_city_mopped_up_is_a_control_claim():
    clusters = Clusterer()
    claim = clusters.add(story("a", "Минобороны: в Купянске завершена зачистка", places=["Kupiansk"],
                               claims=["control:kupiansk"]))
    assert clusters.add(story("b", "Russian forces clear last Ukrainian troops from Kupyansk - MoD",
                              summary="The Zapad group completed mopping-up operations in the city.",
                              at=T0 + HOUR, places=["Kupiansk"])) == claim


def test_the_nights_tally_of_drones_downed_over_a_region_is_not_the_attack_on_its_centre():
    clusters = Clusterer()
    city = clusters.add(story("a", "Massive drone attack on Bryansk repelled, governor says", places=["Bryansk"],
                              claims=["shootdown:bryansk"]))
    # Without a figure of its own the region's report is the city's attack.
    assert clusters.add(story("b", "Drones attacked Bryansk Region overnight, governor says",
                              at=T0 + HOUR)) == city
    assert clusters.add(story("c", "Air defences down 60 drones overnight, 22 over Bryansk Region",
                              at=T0 + 2 * HOUR)) != city


def test_a_mass_attack_on_the_region_that_names_no_weapon_joins_the_nights_drones_on_its_centre():
    clusters = Clusterer()
    city = clusters.add(story("a", "Russian drones hit Odesa energy facilities overnight", places=["Odesa"],
                              claims=["strike:odesa"]))
    assert clusters.add(story("b", "Масована атака на Одещину: пошкоджено енергооб'єкти", at=T0 + 2 * HOUR,
                              summary="Понад сто тисяч абонентів без світла.")) == city
    # Shelling of the region with no word of the night's attack is still another event.
    assert clusters.add(story("c", "Обстріли Одещини: пошкоджено приватні будинки", at=T0 + 3 * HOUR,
                              summary="Постраждалих немає.")) != city
