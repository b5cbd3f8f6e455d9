"""English phrasing of a repulse told in the singular, and of a strike's harm told by a local authority.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not (CLAIMS_GUIDE: a strike on a region names no settlement).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # One attack or one attempt beaten back is a repulse as much as several.
    ("The Russian defence ministry said its units had repelled a Ukrainian attack in the Bryansk region.",
     {("claim", "ru", None)}),
    ("Moscow said its border troops thwarted an attempt by Ukrainian sabotage groups to cross the frontier.",
     {("claim", "ru", None)}),
    ("Ukraine's General Staff said its soldiers beat back a Russian assault overnight.",
     {("claim", "ua", None)}),
    ("The Ukrainian brigade said it had repulsed an enemy assault on its positions on Tuesday.",
     {("claim", "ua", None)}),
])
def test_a_single_repulse_is_claimed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A governor or an administration telling of harm from an attack on its region: that side's claim.
    ("A grain terminal in Russia's Kursk region caught fire after a Ukrainian drone attack, the regional governor said.",
     {("claim", "ru", None)}),
    ("Debris from a downed drone damaged a warehouse in Russia's Belgorod region, Governor Ivan Petrov said on Sunday.",
     {("claim", "ru", None)}),
    ("An elderly man was wounded when a Russian drone hit his car in the Sumy region, the regional military administration said.",
     {("claim", "ua", None)}),
])
def test_local_authority_tells_of_harm_to_its_region(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A habit of the authorities, no strike of the day.
    "Russian authorities seldom reveal the damage from Ukrainian drone attacks and almost never confirm hits on airfields.",
    # An aim, a failure or nothing harmed: no repulse told.
    "The governor said the region had been spared this week and nothing was damaged.",
    "Officials said they expected the enemy to attack again and urged residents to stay in shelters.",
    # An attack that was not repelled is no claim of a repulse.
    "The ministry said it had not repelled the attack on time.",
])
def test_no_statement_without_an_event_of_the_day(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A country named inside an aside between the subject and its verb is not the one that advanced.
    ("Russia, which controls roughly a fifth of Ukraine, seized the village of Torske on Monday.",
     {("confirmation", "other", "Torske")}),
    ("Russian forces, which now control most of the district around Ukraine's border, took Torske overnight.",
     {("confirmation", "other", "Torske")}),
    # Without an aside the narrated capture reads the same.
    ("Russian forces took the village of Torske on Monday.", {("confirmation", "other", "Torske")}),
])
def test_party_in_an_aside_is_not_the_gainer(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The town a leader spoke in is where the words were said, not where the event was.
    ("Putin said in Rostov-on-Don that Russian forces had captured Siversk.", {("claim", "ru", "Siversk")}),
    ("Zelensky said in Kharkiv that Ukrainian forces had recaptured Siversk.", {("claim", "ua", "Siversk")}),
    ("Zelensky told reporters in Odesa that Russian missiles had struck the port of Izmail.", {("claim", "ua", "Izmail")}),
    # A place after "said" that is the event's own stays.
    ("A missile struck a school in Kharkiv, the mayor said.", {("claim", "ua", "Kharkiv")}),
])
def test_where_a_speaker_spoke_is_no_place_of_the_event(sentence, want):
    assert said(sentence) == want
