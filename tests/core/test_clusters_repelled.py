"""Clusters: an attack repelled is the attack, whatever event the claims stage read in it."""

from __future__ import annotations

from tests.core.test_clusters import HOUR, T0, story
from tui.core.cluster_features import claim_keys
from tui.core.clusters import Clusterer


def test_a_repelled_drone_attack_read_as_control_joins_the_strike_it_repelled():
    clusters = Clusterer()
    strike = clusters.add(story("a", "Ukrainian drones hit Saratov oil refinery, source says", places=["Saratov"],
                                claims=["strike:saratov"]))
    repelled = story("b", "Drone attack on Saratov repelled, industrial facility damaged - governor",
                     at=T0 + HOUR, places=["Saratov"], claims=["control:saratov"])
    assert claim_keys(repelled) == {"strike:saratov"}
    assert clusters.add(repelled) == strike


def test_boats_destroyed_in_a_repelled_attack_join_the_reports_of_sea_drones():
    clusters = Clusterer()
    first = clusters.add(story("a", "Sea drones attack Russian naval base in Novorossiysk, explosions reported",
                               places=["Novorossiysk"]))
    assert clusters.add(story("b", "В Новороссийске отражена атака безэкипажных катеров",
                              summary="Все пять катеров уничтожены, сообщили в Минобороны.", at=T0 + HOUR,
                              places=["Novorossiysk"], claims=["control:novorossiysk"])) == first


def test_a_capture_claim_that_names_the_attacks_before_it_stays_a_capture_claim():
    capture = story("a", "Russian forces liberate Kupyansk after weeks of drone attacks", places=["Kupiansk"],
                    claims=["control:kupiansk"])
    assert claim_keys(capture) == {"control:kupiansk"}
    clusters = Clusterer()
    strike = clusters.add(story("b", "Russian drones hit Kupiansk, two injured", places=["Kupiansk"],
                                claims=["strike:kupiansk"]))
    assert clusters.add(capture) != strike


def test_an_attack_told_as_beaten_off_or_thwarted_is_the_attack_in_both_languages():
    for title in ("В Туапсе отразили атаку беспилотников на порт", "Coast guard thwarts drone attack on Tuapse port",
                  "Над Туапсе отбили атаку дронов"):
        keys = claim_keys(story("a", title, places=["Tuapse"], claims=["control:tuapse"]))
        assert keys == {"strike:tuapse"}, title
