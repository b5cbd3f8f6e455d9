"""Clusters: what a report only recalls (the last big attack, fighting near other towns) is not
its event."""

from __future__ import annotations

from tui.core.clusters import Clusterer, features

from tests.core.test_clusters import HOUR, T0, story


def test_reports_of_two_events_that_both_recall_yesterdays_strike_on_kyiv_stay_apart():
    clusters = Clusterer()
    port = clusters.add(story(
        "a", "Russian drones damage Odesa port overnight, three hurt", at=T0 + 20 * HOUR,
        places=["Odesa", "Kyiv"], claims=["strike:odesa", "strike:kyiv"],
        summary="The attack came the morning after the heaviest strike on Kyiv in a month."))
    talks = clusters.add(story(
        "b", "Kremlin sees no date for new talks, blames Kyiv", at=T0 + 22 * HOUR,
        places=["Kyiv"], claims=["strike:kyiv"],
        summary="The spokesman spoke a day after Russian missiles hit Kyiv."))
    assert talks != port


def test_the_kyiv_strike_told_in_the_locative_still_joins_the_kyiv_strike():
    clusters = Clusterer()
    first = clusters.add(story("a", "Russian missiles kill four in Kyiv overnight", places=["Kyiv"],
                               claims=["strike:kyiv"]))
    # «у Києві» shares no five-letter beginning with the place's own name.
    assert clusters.add(story("b", "У Києві після нічної атаки загинули четверо людей", at=T0 + 2 * HOUR,
                              places=["Kyiv", "Darnytske"], claims=["strike:kyiv"])) == first


def test_a_capture_claim_whose_text_recalls_fighting_near_other_towns_is_not_filed_under_them():
    keys = features(story("a", "Moscow says its troops took Siversk", places=["Siversk", "Lyman", "Druzhkivka"],
                          claims=["control:siversk", "losses:lyman", "losses:druzhkivka"],
                          summary="The ministry also said Ukraine lost troops near Lyman and Druzhkivka.")).keys
    assert keys == ["control:siversk"]


def test_a_statement_whose_text_names_towns_is_not_a_report_of_fighting_there():
    # The headline names no town and tells no capture: the towns are the speaker's examples.
    assert features(story("a", "Putin says the US plan could be a basis for a settlement",
                          places=["Kupiansk", "Huliaipole"], claims=["control:kupiansk", "control:huliaipole"],
                          summary="He said his troops had taken Kupiansk and Huliaipole.")).keys == []
