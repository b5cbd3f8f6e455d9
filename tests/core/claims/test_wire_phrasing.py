"""Wire-story phrasing about who holds a place, what locates a place and what is only fighting.

Each case is one rule of CLAIMS_GUIDE.md that a wire story's wording used to get wrong.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender: "its" is the speaker's own side, so still holding denies the capture.
    ("Ukraine's General Staff insisted that Lyman remained under its control.",
     {("denial", "ua", "Lyman", "control")}),
    ("The village of Zarichne remained under its control, Ukraine's eastern command said.",
     {("denial", "ua", "Zarichne", "control")}),
    ("Ukraine's General Staff said the town of Lyman remained under its control and that clashes there were ongoing.",
     {("denial", "ua", "Lyman", "control")}),
    # A party saying places are now under its control claims each of them.
    ("Russia's defence ministry said two hamlets – Zarichne and Torske – were now under Moscow's control.",
     {("claim", "ru", "Zarichne", "control"), ("claim", "ru", "Torske", "control")}),
    ("The Russian ministry said the village of Torske was under Russian control.",
     {("claim", "ru", "Torske", "control")}),
    ("Ukraine's army said the eastern part of Kupiansk came under Kyiv's control on Monday.",
     {("claim", "ua", "Kupiansk", "control")}),
    ("Russia's defence ministry said on Sunday that Siversk is under Russian control.",
     {("claim", "ru", "Siversk", "control")}),
])
def test_who_holds_a_place(sentence, want):
    assert _triples(sentence) == want


def test_a_town_that_only_locates_the_place_taken_is_not_claimed():
    got = _triples("Russia's defence ministry said its troops had taken Torske, east of the Ukrainian-held town of Lyman.")
    assert got == {("claim", "ru", "Torske", "control")}


def test_the_ukrainian_held_town_taken_itself_is_still_the_place():
    got = _triples("Russia's defence ministry said its troops had taken the Ukrainian-held town of Lyman.")
    assert got == {("claim", "ru", "Lyman", "control")}


@pytest.mark.parametrize("sentence", [
    "Ukraine's General Staff said nothing about territorial losses around Lyman.",
    "The Kyiv statement made no mention of losses near Siversk.",
    "Ukraine's General Staff said Russian units launched nine attacks on Lyman over the past day.",
    "Russian forces mounted 23 assaults against Kupiansk and nearby villages, the General Staff said.",
    "Since the summer, the battle has centred on Moscow's efforts to push into Kostiantynivka.",
    "Ukraine's General Staff said Russian troops attacked Lyman eight times over the past day.",
])
def test_silence_counted_attacks_and_attempts_are_no_statements(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("A Russian glide bomb hit a school in Lyman on Tuesday, the regional governor said.",
     {("claim", "ua", "Lyman", "strike")}),
    ("Russian troops attacked Nikopol with drones 25 times over the past day, the regional governor said.",
     {("claim", "ua", "Nikopol", "strike")}),
    ("Ukraine's General Staff said its troops repelled 14 attacks on Kupiansk over the past day.",
     {("claim", "ua", "Kupiansk", "control")}),
    ("Ukraine's General Staff said its forces thwarted Russian attempts to break into Siversk.",
     {("claim", "ua", "Siversk", "control")}),
])
def test_strikes_and_repulses_still_count(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An outlet citing a source relays the source's claim: the side is the source's, not a wire's
    # own confirmation, and an unqualified ministry belongs to the outlet that relays it.
    ("Russian troops have seized the village of Zarichne in Ukraine's Donetsk region, the RIA agency "
     "cited the defence ministry as saying on Monday.", {("claim", "ru", "Zarichne", "control")}),
    ("Russian units took the village of Torske, Western wire services reported, citing Russia's defence ministry.",
     {("claim", "ru", "Torske", "control")}),
])
def test_a_cited_source_is_the_speaker(sentence, want):
    assert _triples(sentence) == want


def _doc(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(text)}


@pytest.mark.parametrize(("sentence", "want"), [
    # A locator with its distance written out and a unit in brackets still only says where.
    ("Moscow said its troops had taken Zarichne, a hamlet some six kilometres (four miles) north of Lyman city.",
     {("claim", "ru", "Zarichne", "control")}),
    # "Declared" reports a party's claim; it is not a wire's own narration.
    ("Russia on Tuesday declared that its forces had seized the town of Siversk.", {("claim", "ru", "Siversk", "control")}),
    # Advancing toward a town (written "the city of X") is no event at the town.
    ("Moscow claimed another unnamed hamlet as its forces advanced towards the city of Kostiantynivka.", set()),
    # Near a town described by who holds it: a locator, not a second captured place.
    ("The ministry said Russian units had taken Torske, near the Russian-occupied small town of Lyman.",
     {("claim", "ru", "Torske", "control")}),
    # Prosecutors and the military administration are local officials, whatever hit them.
    ("A man was wounded by Russian shelling of Bilozerka, prosecutors said.", {("claim", "ua", "Bilozerka", "strike")}),
    ("Russian shelling of Antonivka wounded two people, the military administration said.",
     {("claim", "ua", "Antonivka", "strike")}),
    # Encircled troops lost: "its forces ... Ukrainian units are also surrounded" is the ministry's claim.
    ("Russia's defence ministry said its forces were advancing in Kupiansk, where Ukrainian units are also surrounded.",
     {("claim", "ru", "Kupiansk", "control")}),
])
def test_wire_locators_verbs_and_local_voices(sentence, want):
    assert _triples(sentence) == want


def test_an_unqualified_ministry_belongs_to_the_party_the_lead_quotes():
    story = ("MOSCOW (Agency) - Russia said on Sunday its forces had pressed on near Pokrovsk.\n"
             "The Defence Ministry said on Telegram that its forces had taken Torske.")
    assert ("claim", "ru", "Torske", "control") in _doc(story)
    story = ("KYIV (Agency) - Ukraine said on Sunday its forces had repelled assaults near Pokrovsk.\n"
             "The Defence Ministry said that its forces had retaken Torske.")
    assert ("claim", "ua", "Torske", "control") in _doc(story)


@pytest.mark.parametrize(("sentence", "want"), [
    # A village "near the city of X" or "in Donetsk" is located by X, which saw no event of its own.
    ("Moscow said its units took Torske near the city of Lyman, a focus of heavy fighting.",
     {("claim", "ru", "Torske", "control")}),
    ("Kyiv said its marines raised the flag over what it said was the village of Zarichne in Donetsk.",
     {("claim", "ua", "Zarichne", "control")}),
    # "Ukraine's northern Kharkiv region" names a land, not a speaker: the ministry is the capturer's.
    ("Russian forces took the village of Zarichne in Ukraine's eastern Donetsk region, the defence ministry said.",
     {("claim", "ru", "Zarichne", "control")}),
    # An agency citing an unnamed official relays the claim of its own side.
    ("Russia's state agency RIA cited an official as saying Russian troops had entered Siversk.",
     {("claim", "ru", "Siversk", "control")}),
])
def test_locators_lands_and_unnamed_sources(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # "liberated" as an adjective and deaths found from the occupation: background, no event.
    "Bodies of civilians killed during the occupation were found in liberated Lyman, the governor said.",
    "Volunteers delivered generators to recently liberated Torske.",
])
def test_background_of_an_occupation_is_no_statement(sentence):
    assert _triples(sentence) == set()


def test_the_liberation_of_a_town_is_still_a_claim():
    assert _triples("Units of the Tsentr group completed the liberation of Torske, the Russian Defense Ministry said.") \
        == {("claim", "ru", "Torske", "control")}


def test_an_unqualified_ministry_follows_the_lead_even_when_kyivs_staff_is_named():
    story = ("Russia claimed on Sunday that it took control of a village in Kharkiv region.\n"
             "The Defense Ministry said in a statement that its forces captured the village of Torske.\n"
             "Earlier, Ukraine's General Staff said Russian forces launched 14 assaults near Lyman.")
    assert ("claim", "ru", "Torske", "control") in _doc(story)


@pytest.mark.parametrize(("sentence", "want"), [
    # History in a relative clause leaves the sentence's own claim standing.
    ("Russia's defence ministry claimed its troops had captured Torske, north of Lyman, which they took in 2022.",
     {("claim", "ru", "Torske", "control")}),
    # "the border region of Kharkiv" is the region, not the city.
    ("Ukraine pulled its troops back from several villages in the border region of Kharkiv.", set()),
    # Avoiding losses is a reason, not a tally.
    ("A spokesman for the Ukrainian military said troops were moved from Torske to avoid losses.", set()),
])
def test_relative_history_regions_and_reasons(sentence, want):
    assert _triples(sentence) == want


def test_britains_defence_ministry_is_a_foreign_government():
    from tui.core.claims.actors import find_actors

    names = {a.actor.name for a in find_actors("The UK's Ministry of Defence said on Friday that ...")}
    assert names == {"foreign government"}
