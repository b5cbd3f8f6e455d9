"""Clusters: what a report only recalls (the last big attack, a digest's list of the day's news)
is not its event."""

from __future__ import annotations

from tests.core.test_clusters import HOUR, T0, story
from tui.core.cluster_features import Recent, features
from tui.core.clusters import Clusterer, ClusterIndex


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


def test_a_daily_digest_joins_none_of_the_events_it_lists():
    clusters = Clusterer()
    claim = clusters.add(story("a", "Russia says it captured Siversk", places=["Siversk"],
                               claims=["control:siversk"]))
    digest = clusters.add(story("b", "Ukraine war latest: Moscow claims Siversk, EU agrees new sanctions",
                                at=T0 + 6 * HOUR, places=["Siversk"], claims=["control:siversk"]))
    assessment = clusters.add(story("c", "Russian Offensive Campaign Assessment, March 3, 2026", at=T0 + 12 * HOUR,
                                    places=["Siversk", "Pokrovsk"], claims=["control:siversk"]))
    next_day = clusters.add(story("d", "Russian Offensive Campaign Assessment, March 4, 2026", at=T0 + 36 * HOUR,
                                  places=["Siversk", "Pokrovsk"], claims=["control:siversk"]))
    assert len({claim, digest, assessment, next_day}) == 4
    # An analyst's note or an explainer on one claim is no digest: it joins the claim.
    assert clusters.add(story("f", "Siversk: what we know about Moscow's capture claim", at=T0 + 2 * HOUR,
                              places=["Siversk"], claims=["control:siversk"])) == claim
    assert clusters.add(story("e", "Russian Offensive Campaign Assessment: Siversk direction", at=T0 + 13 * HOUR,
                              places=["Siversk"], claims=["control:siversk"])) == claim


def test_a_digest_reprinted_by_another_outlet_is_its_copy():
    clusters = Clusterer()
    text = ("Key developments of the day: Moscow claims a village near Pokrovsk; a drone strike on Odesa "
            "injures three; Kyiv and Washington discuss the peace framework in Miami.")
    first = clusters.add(story("a", "Ukraine war latest: claims near Pokrovsk", summary=text))
    assert clusters.add(story("b", "Ukraine war latest: claims near Pokrovsk", summary=text,
                              at=T0 + HOUR)) == first


def test_a_digest_is_remembered_as_one_through_a_restart(tmp_path):
    index = ClusterIndex.open(tmp_path)
    index.add([story("a", "LIVE: key events of the war on day 1,000")])
    index.save(T0)
    index.close()
    index = ClusterIndex.open(tmp_path)
    assert [entry.roundup for entry in index.clusterer.recent] == [True]
    assert Recent.from_doc({"story": "x", "cluster": "x", "at": 0}).roundup is False


def test_the_mornings_tally_across_the_country_is_not_the_nights_strike_on_one_of_its_towns():
    clusters = Clusterer()
    kherson = clusters.add(story("a", "Russian drones hit Kherson overnight, two injured", places=["Kherson"],
                                 claims=["strike:kherson"]))
    assert clusters.add(story("b", "Дрони атакували Херсон: двоє поранених", at=T0 + HOUR, places=["Kherson"],
                              claims=["strike:kherson"])) == kherson
    tally = clusters.add(story(
        "c", "Russian attacks kill 5, injure 30 across Ukraine over past day", at=T0 + 8 * HOUR,
        places=["Kherson", "Kostiantynivka", "Kharkiv"], claims=["strike:kherson", "strike:kostiantynivka"],
        summary="Two people were hurt in Kherson overnight and one was killed in Kostiantynivka."))
    assert tally != kherson
    # The same tally told without a town joins it by its figure.
    assert clusters.add(story("d", "Через атаки РФ за добу загинули п'ятеро цивільних, 30 поранені",
                              at=T0 + 8.5 * HOUR)) == tally
