"""Clusters: the night's mass air attack told without a town (Moscow's 'massive strike', the air
force's count of drones and missiles) joins the attack most reports that night are about."""

from __future__ import annotations

from tests.core.test_clusters import HOUR, T0, story
from tui.core.cluster_features import Recent, features
from tui.core.clusters import Clusterer


def kyiv_attack(clusters: Clusterer) -> str:
    first = clusters.add(story("k1", "Russia launches massive missile and drone attack on Kyiv", places=["Kyiv"],
                               claims=["strike:kyiv"]))
    for n, title in enumerate(["Масована атака на Київ: четверо загиблих",
                               "Russian missiles and drones kill four in Kyiv"], 2):
        assert clusters.add(story(f"k{n}", title, at=T0 + n * HOUR, places=["Kyiv"], claims=["strike:kyiv"])) == first
    return first


def test_moscows_massive_strike_and_the_air_force_count_join_the_nights_attack_on_kyiv():
    clusters = Clusterer()
    kyiv = kyiv_attack(clusters)
    for n, (title, summary) in enumerate([
            ("Russian forces deliver massive strike on Ukraine's defense plants - MoD",
             "All designated targets were hit with long-range precision weapons, the ministry said."),
            ("Минобороны: ВС России нанесли массированный удар по объектам ВПК Украины",
             "Все назначенные цели поражены."),
            ("Сили ППО вночі збили 380 дронів і 20 ракет",
             "Противник випустив понад 400 ударних дронів і 25 ракет, повідомили Повітряні сили.")], 1):
        assert clusters.add(story(f"m{n}", title, summary=summary, at=T0 + (4 + n) * HOUR)) == kyiv, title


def test_moscows_massive_strike_joins_the_nights_count_of_missiles_and_drones_that_names_no_town():
    clusters = Clusterer()
    count = clusters.add(story("a", "Russia fires 40 missiles and 350 drones at Ukraine's power grid overnight"))
    assert clusters.add(story("b", "Росія випустила по Україні 40 ракет і 350 дронів", at=T0 + HOUR)) == count
    assert clusters.add(story("c", "ВС России нанесли массированный удар по энергетике Украины",
                              at=T0 + 2 * HOUR)) == count


def test_two_attacks_reported_alike_leave_a_report_without_a_town_on_its_own():
    clusters = Clusterer()
    kyiv = kyiv_attack(clusters)
    lviv = clusters.add(story("l1", "Massive Russian attack on Lviv: energy facility hit", at=T0 + HOUR,
                              places=["Lviv"], claims=["strike:lviv"]))
    for n, title in enumerate(["Масована атака на Львів: пошкоджено енергооб'єкт",
                               "Russian missiles and drones hit power plant near Lviv"], 2):
        assert clusters.add(story(f"l{n}", title, at=T0 + n * HOUR, places=["Lviv"], claims=["strike:lviv"])) == lviv
    assert clusters.add(story("m", "Russian forces deliver massive strike on Ukraine's energy - MoD",
                              at=T0 + 5 * HOUR)) not in {kyiv, lviv}


def test_a_count_of_drones_and_missiles_over_russia_is_not_the_attack_on_ukraine():
    clusters = Clusterer()
    kyiv = kyiv_attack(clusters)
    assert clusters.add(story("r", "Air defenses down 40 drones and three missiles over Russian regions",
                              summary="The drones were destroyed over Bryansk and Kursk regions.",
                              at=T0 + 5 * HOUR)) != kyiv


def test_a_mass_attack_report_is_remembered_as_one():
    entry = features(story("a", "Massive Russian attack on Kyiv", places=["Kyiv"], claims=["strike:kyiv"]))
    assert entry.mass_attack
    assert Recent.from_doc(entry.to_doc()).mass_attack
    # A glide bomb on a front-line town is no night's mass attack.
    assert not features(story("b", "Russian glide bomb hits Kostiantynivka", places=["Kostiantynivka"],
                              claims=["strike:kostiantynivka"])).mass_attack


def test_a_massive_strike_told_with_a_dateline_or_by_the_army_it_hit_is_the_nights_attack():
    clusters = Clusterer()
    kyiv = kyiv_attack(clusters)
    assert clusters.add(story("m1", "Russian forces deliver massive strike on Ukrainian energy facilities - MoD",
                              summary="MOSCOW, March 3. /TASS/. All designated targets were hit, the ministry said.",
                              at=T0 + 5 * HOUR)) == kyiv
    assert clusters.add(story("m2", "ВС России нанесли массированный удар по объектам, обслуживающим ВСУ",
                              at=T0 + 6 * HOUR)) == kyiv
