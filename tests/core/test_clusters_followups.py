"""Clusters: one prisoner swap in three languages, a retreat told as regrouping, a border raid,
the island, and what a strike leaves behind told the next day."""

from __future__ import annotations

from tests.core.test_clusters import DAY, HOUR, T0, story
from tui.core.clusters import Clusterer


def test_one_days_prisoner_swap_is_one_event_in_every_language_without_a_shared_figure():
    clusters = Clusterer()
    first = clusters.add(story("a", "Russia and Ukraine swap 95 prisoners of war each after Gulf mediation"))
    assert clusters.add(story("b", "Україна повернула з полону ще одну групу: відбувся обмін полоненими",
                              at=T0 + 2 * HOUR)) == first
    assert clusters.add(story("c", "Россия и Украина провели очередной обмен пленными", at=T0 + 3 * HOUR)) == first


def test_a_swap_with_another_count_or_a_talk_about_swaps_is_not_that_swap():
    clusters = Clusterer()
    swap = clusters.add(story("a", "Russia and Ukraine swap 95 prisoners of war each"))
    assert clusters.add(story("b", "Ombudsman says 12 more civilians will return in the next swap",
                              at=T0 + HOUR)) != swap
    assert clusters.add(story("c", "Zelensky lands in Ankara for talks on security",
                              summary="Prisoner exchanges are on the agenda.", at=T0 + HOUR)) != swap


def test_a_retreat_told_as_regrouping_joins_the_capture_it_concedes():
    clusters = Clusterer()
    taken = clusters.add(story("a", "Ukrainian forces retake Balakliia in rapid advance", places=["Balakliia"],
                               claims=["control:balakliia"]))
    assert clusters.add(story("b", "Минобороны объявило о перегруппировке войск из района Балаклеи",
                              at=T0 + 5 * HOUR, places=["Balakliia"])) == taken


def test_a_sabotage_raid_across_the_border_is_one_fight_for_ground():
    clusters = Clusterer()
    raid = clusters.add(story("a", "Губернатор: украинская ДРГ зашла в приграничное село Козинка",
                              places=["Kozinka"]))
    assert clusters.add(story("b", "Volunteer fighters claim sabotage group raid on Kozinka",
                              at=T0 + 4 * HOUR, places=["Kozinka"])) == raid


def test_the_island_in_three_spellings_is_one_place():
    clusters = Clusterer()
    first = clusters.add(story("a", "Russian troops withdraw from Snake Island under fire, Kyiv says"))
    assert clusters.add(story("b", "Гарнизон вывели с острова Змеиный, заявили в Минобороны",
                              at=T0 + 2 * HOUR)) == first


def test_a_strikes_aftermath_the_next_day_joins_it_a_new_strike_does_not():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Missile hits shopping street in Uman, 9 killed", places=["Uman"],
                                claims=["strike:uman"]))
    assert clusters.add(story("b", "Uman: investigation opened as 4 people remain under the rubble",
                              at=T0 + 20 * HOUR, places=["Uman"], claims=["strike:uman"])) == strike
    assert clusters.add(story("c", "В Умані після удару досі шукають зниклих безвісти",
                              at=T0 + 22 * HOUR, places=["Uman"], claims=["strike:uman"])) == strike
    assert clusters.add(story("d", "Drones strike Uman again overnight, two injured", at=T0 + DAY + 6 * HOUR,
                              places=["Uman"], claims=["strike:uman"])) != strike


def test_a_pizzeria_bombed_is_a_strike():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Russian missile hits restaurant in Sloviansk", places=["Sloviansk"],
                                claims=["strike:sloviansk"]))
    assert clusters.add(story("b", "Six dead, school damaged after bombing in Sloviansk", at=T0 + 3 * HOUR,
                              places=["Sloviansk"])) == strike


def test_words_that_merely_contain_a_capitals_letters_name_no_capital():
    from tui.core.cluster_features import features

    for title in ("Доходы бюджета от экспорта нефти упали", "A comparison of losses on both sides",
                  "Удар по дамбе Печенежского водохранилища"):
        assert not {"qatar", "paris"} & set(features(story("a", title)).places), title
    assert "qatar" in features(story("b", "Делегации прибыли в Доху на переговоры")).places


def test_an_update_past_the_strikes_window_follows_it():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Missile hits apartment block in Bila Tserkva, 5 killed", places=["Bila Tserkva"],
                                claims=["strike:bila-tserkva"]))
    assert clusters.add(story("b", "Update: 11 killed in Russian missile attack on Bila Tserkva", at=T0 + 16 * HOUR,
                              places=["Bila Tserkva"], claims=["strike:bila-tserkva"])) == strike


def test_a_headline_that_calls_the_town_only_a_town_still_reports_its_capture_claim():
    clusters = Clusterer()
    claim = clusters.add(story("a", "Russia claims capture of Siversk", places=["Siversk"], claims=["control:siversk"]))
    for sid, title in (("b", "Russia says it controls battered eastern town"),
                       ("c", "Moscow says it's taken another town in Donetsk")):
        assert clusters.add(story(sid, title, summary="Russia's defence ministry said its forces had captured Siversk.",
                                  at=T0 + 2 * HOUR, places=["Siversk"], claims=["control:siversk"])) == claim


def test_the_regional_administration_struck_is_a_building_in_the_city():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Missile hits the centre of Kharkiv", places=["Kharkiv"], claims=["strike:kharkiv"]))
    assert clusters.add(story("b", "Russian forces hit Kharkiv's regional state administration building",
                              at=T0 + 2 * HOUR)) == strike


def test_a_report_that_dates_its_event_to_an_earlier_day_joins_that_days_event():
    import time

    def dated(at: float) -> str:  # a date as a headline writes it: 'November 20'
        when = time.gmtime(at)
        return f"{time.strftime('%B', when)} {when.tm_mday}"

    day = dated(T0)
    clusters = Clusterer()
    strike = clusters.add(story("a", "Missile strike on Chernihiv centre, 5 killed", places=["Chernihiv"],
                                claims=["strike:chernihiv"]))
    later = clusters.add(story("b", "Missile strike on Chernihiv centre: one more victim", at=T0 + DAY + 10 * HOUR,
                               places=["Chernihiv"], claims=["strike:chernihiv"]))
    assert later != strike  # a day and a half on, with nothing to say it is the same strike
    assert clusters.add(story("c", f"Chernihiv, {day}: what is known two days after the missile strike",
                              at=T0 + 2 * DAY + 4 * HOUR, places=["Chernihiv"], claims=["strike:chernihiv"])) == strike
    other_day = dated(T0 - 3 * DAY)
    assert clusters.add(story("d", f"Chernihiv marks the strike of {other_day}", at=T0 + 2 * DAY + 5 * HOUR,
                              places=["Chernihiv"], claims=["strike:chernihiv"])) not in (strike, later)
