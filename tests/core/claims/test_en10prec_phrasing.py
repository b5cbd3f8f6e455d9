"""Precision on English real reporting: statements a sentence does not make, and the stance or side
of the one it does.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # One list of false words serves both "said the account was X" and "called the account X".
    ("The Ukrainian General Staff called the enemy's reports pure fiction.", {("denial", "ua", None)}),
    ("Kyiv's military command called these claims entirely staged.", {("denial", "ua", None)}),
    ("The Ukrainian army's spokesman said the Russian reports were absurd.", {("denial", "ua", None)}),
    ("Ukraine's General Staff called the reports not true.", {("denial", "ua", None)}),
    # calling an account something that is not a false word stays a view
    ("Ukraine's General Staff called the reports a sign of nerves in Moscow.", set()),
])
def test_called_false_words_are_one_list(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A speaker who "emphasized" or "stressed" after the words is as much the speaker as one who "said".
    ("Like the false reports about Lyman, these claims have nothing to do with reality,\" the CCD emphasized.",
     {("denial", "ua", "Lyman")}),
    ("The reports about Siversk are fake, the General Staff stressed.", {("denial", "ua", "Siversk")}),
    ("\"Reports of a breakthrough at Kurakhove are fake,\" the Russian Defence Ministry underlined.",
     {("denial", "ru", "Kurakhove")}),
])
def test_emphasis_verbs_name_the_speaker(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A settlement's ruin after the fighting is its state, not a strike anyone claims ...
    ("Kurakhove, a former mining town, has been almost completely destroyed.", set()),
    ("Two years of fighting have destroyed most of Chasiv Yar's houses, volunteers said.", set()),
    ("A soldier said the village was completely destroyed and that \"Klishchiivka no longer exists.\"", set()),
    # ... but a strike, a weapon or destroyed enemy units still make the claim
    ("A Russian drone strike completely destroyed a shop in Nikopol, the governor said.", {("claim", "ua", "Nikopol")}),
    ("Syrskyi said the outskirts of Sudzha had been almost entirely destroyed by Russian airstrikes.",
     {("claim", "ua", "Sudzha")}),
    ("Kurakhove has been almost completely destroyed by Russian glide bombs, the governor said.",
     {("claim", "ua", "Kurakhove")}),
])
def test_a_ruined_settlement_is_no_strike_claim(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A regional centre's name joined to another region's at a border names two regions, not the city.
    ("Russian forces have advanced to the border of Luhansk and Kharkiv region.", set()),
    ("The ministry said its troops had advanced to the border between Donetsk and Zaporizhzhia region.", set()),
    ("Russian troops advanced in Kharkiv and Sumy region, the ministry said.", set()),
    # a strike on the city named beside a region still hits the city
    ("Russian missiles struck Kharkiv and Sumy region overnight, the governor said.", {("claim", "ua", "Kharkiv")}),
])
def test_a_border_of_two_regions_is_no_city(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # What unnamed others spread about a place is neither a claim nor yet a denial ...
    ("Meanwhile, certain channels are spreading claims that Ukrainian troops have been encircled in Myrnohrad.", set()),
    ("\"Some sources are disseminating information suggesting that our units are encircled in Lyman,\" the brigade said.",
     set()),
    ("Various media outlets are circulating reports that Russian troops have entered Kostiantynivka.", set()),
    # ... the answer that follows denies it for the place just named
    ("Some accounts are spreading reports that Ukrainian units have been surrounded in Siversk. "
     "\"This information is false,\" the General Staff said.", {("denial", "ua", "Siversk")}),
    # a party's own channels spreading a capture are still its claim, and "fakes" are still denied
    ("Russian Telegram channels are spreading fakes that Russian troops have occupied Lyman; in reality, the town "
     "remains under the control of the Defence Forces, the Center said.", {("claim", "ru", "Lyman"), ("denial", "ua", "Lyman")}),
])
def test_what_unnamed_others_spread_is_no_statement(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A withdrawal denied is the speaker's side still there: a denial, not a concession.
    ("Moscow said on Monday that its units had not been pushed out of Robotyne.", {("denial", "ru", "Robotyne")}),
    ("The Ukrainian army said its troops have not retreated from Siversk.", {("denial", "ua", "Siversk")}),
    ("Russian forces have not been driven out of Sudzha, the ministry said.", {("denial", "ru", "Sudzha")}),
    # the withdrawal itself is still conceded
    ("The Ukrainian army said its troops have withdrawn from Siversk.", {("confirmation", "ua", "Siversk")}),
])
def test_a_denied_withdrawal_is_a_denial(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Who held a place until the speaker's side took it describes the place; it concedes nothing.
    ("The Russian Defense Ministry said its troops had taken Kamianske, one of the last villages in the area "
     "still under Ukrainian control.", {("claim", "ru", "Kamianske")}),
    ("Moscow said its forces had liberated Stupochky, among the few settlements nearby under Ukrainian control.",
     {("claim", "ru", "Stupochky")}),
    # a party saying the enemy now holds part of a town still concedes it
    ("Part of Siversk is under the control of Russian forces, Ukraine's military said.", {("confirmation", "ua", "Siversk")}),
])
def test_who_held_a_place_before_its_capture_concedes_nothing(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Fire on the front line's positions counted is activity, not a strike on anyone ...
    ("The enemy shelled our positions 340 times over the past day.", set()),
    ("However, Russian troops fired at Ukrainian positions 95 times, the General Staff said.", set()),
    # ... but settlements fired on, or people harmed, are the strike claim
    ("Russian troops shelled Ukrainian positions and settlements 40 times, the General Staff said.", {("claim", "ua", None)}),
    ("The enemy shelled our positions 60 times, wounding two civilians, the General Staff said.", {("claim", "ua", None)}),
])
def test_fire_on_positions_counted_is_activity(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Attacks launched to take a place back are a goal, not a result; "took place" is no capture that
    # would make the goal an achievement.
    ("Moscow launched dozens of assaults to retake Krynky, the General Staff said.", set()),
    ("Some 80 clashes took place along the front, the General Staff said, after Russia mounted 50 attacks "
     "to regain its lost positions near Novoprokopivka.", set()),
    # a repulse of such attempts is still the repelling side's claim
    ("Russia's Defense Ministry said Ukraine's attempts to retake Kupiansk had failed.", {("claim", "ru", "Kupiansk")}),
])
def test_attacks_to_take_back_a_place_are_a_goal(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A mapping group's map that "marks" or "depicts" a place is evidence, as one that "shows" it.
    ("A map published by DeepState still marks parts of northern Toretsk as not under Russian control.",
     {("denial", "other", "Toretsk")}),
    ("The DeepState map marks the eastern part of Siversk as captured by Russian forces.",
     {("confirmation", "other", "Siversk")}),
    # a party's own maps are no independent evidence
    ("Russian maps depict Siversk as under their control.", set()),
])
def test_map_verbs_are_evidence(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A nuclear plant named after a city it does not stand in is in the town that has it.
    ("Moscow accused Kyiv of a drone attack on the Kursk nuclear power plant, the governor said.", {("claim", "ru", "Kurchatov")}),
    ("A Russian drone struck near the Rivne NPP, the governor said.", {("claim", "ua", "Varash")}),
    ("A Russian drone hit the Khmelnytskyi nuclear plant's grounds, the governor said.", {("claim", "ua", "Netishyn")}),
    # any other plant in the city is the city's
    ("A Ukrainian drone struck a power plant in Kursk, the governor said.", {("claim", "ru", "Kursk")}),
])
def test_a_nuclear_plant_is_in_its_own_town(sentence, want):
    assert said(sentence) == want
