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
    story = ("Moscow says its troops have taken another village in the Kharkiv region.\n"
             "In a statement the Defense Ministry said its units had seized the village of Torske.\n"
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


@pytest.mark.parametrize(("sentence", "want"), [
    # The claim is said in the sentence: it stands beside the footage that speaks against it.
    ("The Russian MoD claimed that its forces seized Zvanivka, but geolocated footage does not yet support this claim.",
     {("claim", "ru", "Zvanivka", "control"), ("denial", "other", "Zvanivka", "control")}),
    # The claim is only named ("Moscow's claim"): the footage's denial alone.
    ("Satellite images show Ukrainian troops still in control of central Zvanivka, contradicting Moscow's claim.",
     {("denial", "other", "Zvanivka", "control")}),
])
def test_footage_against_a_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A foreign ministry is an independent voice, whatever side the troops it speaks of are on.
    ("Britain's defence ministry said Russian forces had probably pushed into the outskirts of Siversk.",
     {("hedge", "other", "Siversk", "control")}),
    ("Western officials said Russian troops had entered Siversk.",
     {("confirmation", "other", "Siversk", "control")}),
])
def test_foreign_governments_speak_for_nobody_at_war(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender's own words for giving ground: a concession (CLAIMS_GUIDE: confirmation).
    ("Ukraine's army said its units moved to more favourable positions near Pishchane.",
     {("confirmation", "ua", "Pishchane", "control")}),
    ("Ukraine's army said the enemy had managed to gain a foothold on the edge of Torske.",
     {("confirmation", "ua", "Torske", "control")}),
    ("Противнику вдалося закріпитися на околиці Торського, повідомили в бригаді.",
     {("confirmation", "ua", "Torske", "control")}),
    # Trying to gain a foothold is no result.
    ("Окупанти намагаються закріпитися на околиці Торського.", set()),
])
def test_the_defender_concedes_in_its_own_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A scare quote inside a denial mocks the claim; it does not hedge it.
    ("Угруповання об'єднаних сил спростувало інформацію про нібито оточення Куп'янська.",
     {("denial", "ua", "Kupiansk", "control")}),
    ("В ВСУ опровергли сообщения о якобы окружении Купянска.", {("denial", "ua", "Kupiansk", "control")}),
    # A party rejecting claims is not the one that made them.
    ("Ukrainian officials rejected claims that Russian troops had captured Kupiansk.",
     {("denial", "ua", "Kupiansk", "control")}),
    ("Ukraine's military dismissed reports that Russian troops had encircled Kupiansk.",
     {("denial", "ua", "Kupiansk", "control")}),
])
def test_denials_of_reported_captures(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukraine pulls troops out of Pishchane near Kupiansk", {("confirmation", "ua", "Pishchane", "control")}),
    # Each place with its own "near" is a place of the event.
    ("Ukraine's army said it repelled attacks near Pishchane and near Kupiansk.",
     {("claim", "ua", "Pishchane", "control"), ("claim", "ua", "Kupiansk", "control")}),
])
def test_a_town_right_after_a_village_with_near_only_locates_it(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Russia steps up attacks around Pokrovsk, Kyiv says", set()),
    ("Russian drones attacked energy facilities around Odesa, killing two, the governor said.",
     {("claim", "ua", "Odesa", "strike")}),
])
def test_attacks_around_a_town_are_fighting_unless_something_happened(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "reportedly" is the reporter's hedge, not a report by the troops named before it.
    ("Russian forces reportedly advanced in northern Kupiansk.", {("hedge", "other", "Kupiansk", "control")}),
    ("Reuters could not verify the Russian report that its troops took Kupiansk.",
     {("hedge", "other", "Kupiansk", "control"), ("claim", "ru", "Kupiansk", "control")}),
])
def test_a_hedge_word_is_not_a_claim_noun(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The General Staff's English: "Defence forces" with a small f is still Ukraine's.
    ("Defence forces have already repelled 33 of these attacks near Rodynske; eight clashes are ongoing.",
     {("claim", "ua", "Rodynske", "control")}),
    ("Russian air defence forces shot down 12 drones over Belgorod, the governor said.",
     {("claim", "ru", "Belgorod", "shootdown")}),
])
def test_defence_forces_in_the_general_staff_english(sentence, want):
    assert _triples(sentence) == want


def test_a_claim_contested_by_the_other_side_is_two_statements():
    got = _triples("Russia's claim that it had taken Siversk was quickly contested by Ukrainian commanders.")
    assert got == {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Our units moved to more favourable positions near Pishchane, the brigade said.",
     {("confirmation", "ua", "Pishchane", "control")}),
    ("The 63rd brigade said the enemy had managed to gain a foothold on the edge of Torske.",
     {("confirmation", "ua", "Torske", "control")}),
    ("The Russian 155th brigade said it had captured Torske.", set()),
])
def test_a_brigade_or_corps_in_english_copy_is_ukraine_s(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    '"The town of Siversk has been completely liberated," the ministry said in a statement.',
    "The ministry said units of the Southern group of forces had taken Siversk.",
])
def test_a_ministry_speaking_moscow_s_words_is_moscow_s(sentence):
    assert _triples(sentence) == {("claim", "ru", "Siversk", "control")}


@pytest.mark.parametrize("sentence", [
    '09:40 — Ukrainian military spokesman calls the Danylivka report "fake".',
    "Ukraine's military: Danylivka claim 'does not correspond to reality'",
])
def test_a_denial_of_the_report_named_after_a_place(sentence):
    assert {(st, side, place) for st, side, place, _ in _triples(sentence)} == {("denial", "ua", "Danylivka")}


def test_moving_back_from_a_village_is_a_withdrawal():
    got = _triples("Ukraine's 3rd Army Corps said its units had moved back from Shandryholove to new positions.")
    assert got == {("confirmation", "ua", "Shandryholove", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Geolocated footage shows Ukrainian forces operating in central Serebrianka, indicating that Russian forces "
     "do not control the settlement.", {("denial", "other", "Serebrianka", "control")}),
    # Without evidence words an analyst's negation only hedges.
    ("Analysts said Russia does not control Serebrianka.", {("hedge", "other", "Serebrianka", "control")}),
])
def test_footage_that_russia_does_not_control_a_place_denies_the_capture(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Украинская сторона утверждает, что контролирует Купянск.",
    "Генштаб ЗСУ заявив, що Сили оборони контролюють Куп'янськ.",
])
def test_the_defender_saying_it_controls_a_place_denies_its_capture(sentence):
    assert _triples(sentence) == {("denial", "ua", "Kupiansk", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukrainian drone strike cuts power in Belgorod, governor says", {("claim", "ru", "Belgorod", "strike")}),
    ("A Ukrainian drone set fire to a fuel depot in Bryansk, the governor said.", {("claim", "ru", "Bryansk", "strike")}),
    ("Power was cut in Belgorod after a storm, the governor said.", set()),
])
def test_a_strike_that_cut_power_or_set_a_fire_has_a_result(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("A Russian commander said his troops had captured Siversk.", {("claim", "ru", "Siversk", "control")}),
    ("Russian commanders have declared Siversk captured.", {("claim", "ru", "Siversk", "control")}),
    # Officers taken prisoner are people captured, not a place.
    ("Two Russian officers were captured near Siversk, the brigade said.", set()),
])
def test_russian_commanders_speak_for_moscow(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Quotation marks round the verb: the reporter repeats the claimant's word, not a fact of their own.
    ('Russian units "liberated" the hamlet of Torske, near the town of Lyman.', {("claim", "ru", "Torske", "control")}),
    ("Ukrainian troops had 'recaptured' Zarichne by Tuesday.", {("claim", "ua", "Zarichne", "control")}),
    # Without the quotes a capture narrated vouches for it, and the town after ", near" only locates it.
    ("Russian units captured the hamlet of Torske, near the town of Lyman.", {("confirmation", "other", "Torske", "control")}),
    # "Liberate" unquoted for Moscow's troops is Moscow's own media speaking (a headline of its agencies).
    ("Russian forces liberate Torske in Donetsk Region", {("claim", "ru", "Torske", "control")}),
])
def test_a_capture_in_quotation_marks_is_the_claimants_word(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender holding firm, or the attacker said to lack control, denies the capture.
    ("Moscow said its units had pushed deeper into Lyman, but Kyiv insisted its troops were holding firm there.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    ("Ukraine's army says Russian units do not have full control of any street in the city of Siversk.",
     {("denial", "ua", "Siversk", "control")}),
    ("The Ukrainian command said Russian troops were not in complete control of Torske.",
     {("denial", "ua", "Torske", "control")}),
    # No progress despite attacks is the defender's account of repelled assaults, not a strike.
    ('Russian units made "no progress" around Siversk and Lyman despite daily assaults, the Ukrainian general said.',
     {("claim", "ua", "Siversk", "control"), ("claim", "ua", "Lyman", "control")}),
    # Preparing an advance is a threat, not an event.
    ("He warned that Russian units were preparing a fresh push on Lyman.", set()),
])
def test_holding_firm_lacking_control_and_preparing(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An unnamed ministry announcing that its forces took a village, with nothing else to say whose: Moscow's.
    ("The defence ministry said on Friday that its forces had captured the hamlet of Torske.",
     {("claim", "ru", "Torske", "control")}),
    # Repelling is no such announcement: the default stays.
    ("The defence ministry said its forces repelled an assault near Torske.", {("claim", "ua", "Torske", "control")}),
    # "the capital of the region ... annexed in 2022" describes the locator; it does not date the claim.
    ('The ministry said its troops "liberated the village of Torske", 20 km east of Sloviansk, the capital of a '
     'district Moscow claimed to have annexed in 2022.', {("claim", "ru", "Torske", "control")}),
])
def test_an_unnamed_ministry_and_an_appositive_history(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A title that names the side it serves speaks for it, with the title's commas inside its clause.
    ('Moscow said it had "liberated" Torske, but Ivan Petrenko, head of communications for Ukraine\'s '
     'eastern forces, said: "That is not true."',
     {("claim", "ru", "Torske", "control"), ("denial", "ua", "Torske", "control")}),
    # "Kyiv's exhausted brigades" are troops, not the capital.
    ("Russian units advanced near Lyman, pressing Kyiv's thinly stretched, tired brigades.",
     {("confirmation", "other", "Lyman", "control")}),
])
def test_a_titled_answer_and_kyivs_troops(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Nested reported speech through a title: the ministry's denial, and the claim of the staff whose chief spoke.
    ("Ukraine's military rejected statements by the chief of Russia's general staff that Moscow's troops had seized Lyman.",
     {("denial", "ua", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}),
    # A headline dismissing a statement "on" a place denies what was said about it.
    ("Kyiv's army dismisses Russian statement on situation in Siversk",
     {("denial", "ua", "Siversk", "other"), ("claim", "ru", "Siversk", "other")}),
    # The defender still defending, "countering Russia's claims": a denial and the claim it answers.
    ("Ukrainian units continue to defend Lyman, countering Moscow's claims that the town has fallen.",
     {("denial", "ua", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}),
    # The attacker's capture "contradicting" someone is not the defender holding anything.
    ("Russian units captured Torske, contradicting Kyiv's statements.", {("confirmation", "other", "Torske", "control")}),
    # Who follows "told" listens: "X, a spokesman, told Reuters" is the spokesman's voice.
    ('A spokesman for Ukraine\'s eastern forces, Ivan Petrenko, told Reuters the Russian report about Siversk "is not true".',
     {("denial", "ua", "Siversk", "other"), ("claim", "ru", "Siversk", "other")}),
])
def test_nested_titles_countering_and_told(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the Belgorod border region" is a region, not the city (the shootdown stands, over no settlement).
    ("A drone was downed over the Belgorod border region, the Russian Defense Ministry said.", {("claim", "ru", None, "shootdown")}),
    # Drones destroyed in words, with a hyphenated make, are shot down, not a strike.
    ("Air defences destroyed eleven Iran-made attack drones over Odesa, the governor said.",
     {("claim", "ua", "Odesa", "shootdown")}),
])
def test_border_regions_and_drones_destroyed_in_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's military intelligence speaks for Kyiv, even unqualified; Moscow's does not become Kyiv's.
    ("Military intelligence said its special forces had retaken the hamlet of Torske.", {("claim", "ua", "Torske", "control")}),
    # Trying to seize villages is a goal; thwarted attempts are the defender's repelled assaults.
    ("Russian troops try to seize small villages round Lyman to cut its supply roads.", set()),
    ("Ukrainian forces thwarted Russian attempts to capture Lyman, the command said.", {("claim", "ua", "Lyman", "control")}),
    # Denying "the blocking of" a town denies its encirclement.
    ("Ukraine's General Staff denied the blocking of Lyman by Russian troops, calling it propaganda.",
     {("denial", "ua", "Lyman", "control")}),
])
def test_intelligence_attempts_and_blocking(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Headline grammar: a bare participle, "still inside", "push into", "now hold", a "provocation".
    ("Moscow says Lyman taken; Kyiv calls it a provocation",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    ("Kyiv says troops still inside Siversk", {("denial", "ua", "Siversk", "control")}),
    ("Russian units push into Siversk rail depot, say milbloggers", {("claim", "ru", "Siversk", "control")}),
    ("OSINT project: Russian troops now hold Lyman's northern districts", {("confirmation", "other", "Lyman", "control")}),
    # "taken" inside a clause is no headline participle.
    ("Russia says the decision was taken in Moscow after talks about Lyman", set()),
])
def test_headline_grammar(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Russian channels "spreading fakes that ..." made the claim the defender then denies.
    ("Russian Telegram channels are spreading fakes that Russian troops took Lyman; the town remains under the "
     "control of the Defence Forces, the Centre said.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    # "..., but a Ukrainian spokesman called the statement a fantasy": the answer is Kyiv's denial.
    ('"The capture of Lyman is complete," the Russian general said, but a Ukrainian military spokesman called '
     'the statement "a fantasy".', {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    # Completed captures in reported speech: "had been fully taken", "completely cleared", "are inside".
    ("Russia's chief of general staff told Putin that Lyman had been fully taken.", {("claim", "ru", "Lyman", "control")}),
    ('Russia\'s defence ministry said its forces had "completely cleared" Siversk.', {("claim", "ru", "Siversk", "control")}),
    ("Russian commanders now say they are inside Siversk.", {("claim", "ru", "Siversk", "control")}),
    # "still in the northern part of" a town is the defender still holding it.
    ("Ukraine's General Staff said its units were still in the northern part of Siversk.", {("denial", "ua", "Siversk", "control")}),
])
def test_channels_fantasies_and_completed_captures(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The Sea of Azov is water, not the town of Azov (the shootdown stands, over no settlement).
    ("Russia's defence ministry said drones were shot down over the Black Sea and one over the Sea of Azov.",
     {("claim", "ru", None, "shootdown")}),
    # An unnamed voice's shootdown over a town is the claim of the side whose land it is, like a strike.
    ('"Several air targets were shot down on approach to Belgorod," he said.', {("claim", "ru", "Belgorod", "shootdown")}),
])
def test_seas_and_unattributed_shootdowns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Advances that bring troops "closer to capturing" a town do not claim the town.
    ("Russian forces advanced in two villages, bringing them closer to capturing Siversk, bloggers said.", set()),
    # A unit's flag hoisted over a building in a town claims the town.
    ("Pushilin said Russian troops had hoisted their unit's flag over a school in the town of Torske.",
     {("claim", "ru", "Torske", "control")}),
    # A repulse stays the defender's claim while other battles go on.
    ("Ukraine's General Staff said its forces had repelled 30 attacks near Lyman, while several battles were still ongoing.",
     {("claim", "ua", "Lyman", "control")}),
    # "a village in Zaporizhzhia" names the region the village lies in, not the city.
    ("The Ukrainian military said its units had advanced near Torske, a village in Zaporizhzhia that Kyiv holds.",
     {("claim", "ua", "Torske", "control")}),
])
def test_goals_flags_repulses_and_region_appositions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The claim noun and its maker apart: the hedge and the claim it hedges.
    ("The report about Lyman, issued by the Russian Defence Ministry, could not be verified.",
     {("hedge", "other", "Lyman", "other"), ("claim", "ru", "Lyman", "other")}),
    # A hedged account of the defender still holding a town is its denial, hedged.
    ("Kyiv says its soldiers still hold positions near Siversk, though this could not be independently verified.",
     {("denial", "ua", "Siversk", "control"), ("hedge", "other", "Siversk", "control")}),
    ("Syrskyi said Ukrainian forces control most of Lyman.", {("denial", "ua", "Lyman", "control")}),
    # Hospitals treating the wounded report no strike.
    ("Hospitals in Dnipro treated 120 wounded soldiers last week, the ministry said.", set()),
])
def test_hedged_accounts_and_hospitals(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A missile "destroyed over" a city was shot down there.
    ("A Ukrainian missile has been destroyed over Belgorod, the Russian defence ministry said.",
     {("claim", "ru", "Belgorod", "shootdown")}),
    # ", further north near Y" only locates the place before it.
    ("RIA cited an official as saying Russian troops had entered Torske, further north near Lyman.",
     {("claim", "ru", "Torske", "control")}),
])
def test_destroyed_over_and_bearings_before_near(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Local officials of a town hit by one side's weapons speak for the side that was hit,
    # occupied towns included; a plain "city administration" is such a local body.
    ("Ukrainian drones attacked Horlivka, wounding two civilians, the city's mayor said.",
     {("claim", "ru", "Horlivka", "strike")}),
    ("Ukrainian artillery shelled Nova Kakhovka twice, the city administration said.", {("claim", "ru", "Nova Kakhovka", "strike")}),
    ("Russian shelling damaged homes in Kherson, the city administration said.", {("claim", "ua", "Kherson", "strike")}),
    # Kyiv's military administrations remain Kyiv's.
    ("A drone hit Kupiansk, wounding two people, the Kharkiv Regional Military Administration said.",
     {("claim", "ua", "Kupiansk", "strike")}),
])
def test_local_officials_speak_for_the_side_that_was_hit(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Forcing the other side out is the forcer's gain, not the other side's concession.
    ('"Russian airborne forces forced Ukrainian units and Ukrainian troops to withdraw from Torske," a statement said.',
     {("claim", "ru", "Torske", "control")}),
    # Inside an opening quotation, the troops named are what is said, not who says it.
    ('"Russian troops captured Torske," Ukraine\'s General Staff said.', {("confirmation", "ua", "Torske", "control")}),
    # A plain withdrawal told by the side that withdrew is still its concession.
    ("Ukrainian troops withdrew from Torske, the General Staff said.", {("confirmation", "ua", "Torske", "control")}),
])
def test_forced_out_and_quoted_subjects(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An oil tank destroyed at a depot is a strike's damage, not the enemy's losses in tanks.
    ("A drone destroyed an oil tank at a depot in Belgorod, the governor said.", {("claim", "ru", "Belgorod", "strike")}),
    ("Russian forces destroyed two Ukrainian tanks near Siversk, the ministry said.", {("claim", "ru", "Siversk", "losses")}),
])
def test_oil_tanks_are_not_armour(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Officials in X said": the town they report from, where the strike fell, not a speaker named after it.
    ("Officials in Kharkiv said a drone hit an apartment block, wounding five people.", {("claim", "ua", "Kharkiv", "strike")}),
    ("The authorities in Belgorod said Ukrainian drones had hit a substation.", {("claim", "ru", "Belgorod", "strike")}),
    # The capital named as the speaker is still no place.
    ("Kyiv said a drone hit an apartment block.", set()),
])
def test_officials_in_a_town(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Not commenting is a silence, not a claim; a claim named beside it still stands.
    ("Ukraine did not comment on the attack on Belgorod, but says its strikes target military sites.", set()),
    ("Ukraine has not commented on Russia's claim that its forces took Torske.", {("claim", "ru", "Torske", "control")}),
])
def test_no_comment(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukraine says it is holding Lyman.", {("denial", "ua", "Lyman", "control")}),
    ("Russia says it is besieging Siversk and Lyman.", {("claim", "ru", "Siversk", "control"), ("claim", "ru", "Lyman", "control")}),
    ("Ukraine confirms Torske is occupied by Russian soldiers.", {("confirmation", "ua", "Torske", "control")}),
    # "its mayor" is the town's own official, who speaks for the side that was hit.
    ("Russian forces shelled Kherson for hours, its mayor says.", {("claim", "ua", "Kherson", "strike")}),
])
def test_summary_bullets(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the key town of X" is no "key to" goal.
    ("Shoigu said his troops have seized the key town of Torske.", {("claim", "ru", "Torske", "control")}),
    # A claim and its rebuttal after a dash.
    ("Shoigu said his troops have seized Torske – a claim immediately denied by Kyiv.",
     {("claim", "ru", "Torske", "control"), ("denial", "ua", "Torske", "control")}),
    # Two voices joined by "while" without a comma; holding the front line denies the advance.
    ("Russia said its forces had advanced in Lyman while a Ukrainian commander said his troops were holding the front line.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    # A town's own officials conceding it is occupied; the side follows who gained.
    ("The mayor of Lyman said Russian forces had fully occupied the city.", {("confirmation", "ua", "Lyman", "control")}),
    ("Ukrainian troops entered Sudzha, the regional governor said.", {("confirmation", "ru", "Sudzha", "control")}),
    ("Moscow said its troops had taken over most of Siversk.", {("claim", "ru", "Siversk", "control")}),
])
def test_dashes_while_and_town_officials(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's second party after a comma answers the first.
    ("Moscow claims Siversk, Kyiv says troops still inside",
     {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}),
    ("Kremlin claims Russian troops in Lyman", {("claim", "ru", "Lyman", "control")}),
    # ", the Kremlin said, but Kyiv insists ..." is the inversion of the first voice, then the answer.
    ("Gerasimov told Putin that Russian forces had captured Lyman, the Kremlin said, but Ukraine's military "
     "insists the city remains in Ukrainian hands.", {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    ("Zelensky: Russia's claims about Lyman are 'fairy tales'",
     {("claim", "ru", "Lyman", "other"), ("denial", "ua", "Lyman", "other")}),
])
def test_headline_second_voices(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "a statement by the Ukrainian military said: ..." is the military speaking, not a claim it answers.
    ('A statement by the Ukrainian military said: "Lyman is under the control of Ukraine\'s defence forces."',
     {("denial", "ua", "Lyman", "control")}),
    # "eastern Ukraine" names where; the unnamed ministry is the capturing side's.
    ("Russian troops have captured the village of Torske in the Donetsk region of eastern Ukraine, the defence ministry said.",
     {("claim", "ru", "Torske", "control")}),
    # ", to the north of Ukraine," between a governor and his verb is no speaker.
    ("The governor of Russia's Belgorod region, to the north of Ukraine, says shelling wounded two people in Shebekino.",
     {("claim", "ru", "Shebekino", "strike")}),
])
def test_statements_by_and_countries_as_places(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Donbas city" is a nickname GeoNames gives Donetsk; in news it describes another town.
    ("Russian troops are moving deeper into the besieged Donbas city of Siversk.", {("confirmation", "other", "Siversk", "control")}),
    # "in eastern Ukraine" names where, so it is not the side advancing.
    ("Russian forces in eastern Ukraine made advances near Siversk.", {("confirmation", "other", "Siversk", "control")}),
])
def test_donbas_city_and_country_as_place(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Forecasts, vows and drives toward a town are not events.
    ("Syrskyi said Russia was concentrating troops on a drive to capture Lyman.", set()),
    ("Russian troops are closing in on the town of Siversk, a key hub.", set()),
    ("Ukraine's military vowed not to give up Siversk.", set()),
    ("Moscow says the capture of Lyman will give its forces a springboard toward Sloviansk.", set()),
    # Headline present tense and "secured gains".
    ("Russian forces take the city of Lyman", {("confirmation", "other", "Lyman", "control")}),
    ("Russian forces secured limited gains northwest of Siversk, the institute said.", {("confirmation", "other", "Siversk", "control")}),
    # The defender "in control of" a city still holds it.
    ('"Our servicemen are in control of Lyman," the Ukrainian commander said.', {("denial", "ua", "Lyman", "control")}),
])
def test_forecasts_present_tense_and_control(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A quotation ending in "!" keeps its attribution in the same sentence.
    ("“Russian troops are shelling Kherson!” Prokudin wrote.", {("claim", "ua", "Kherson", "strike")}),
    # Moscow's battlegroups in English bulletins speak for Moscow, even in a quotation.
    ('"Battlegroup Yug liberated the settlement of Torske," the statement said.', {("claim", "ru", "Torske", "control")}),
    ("Units of the Battlegroup North inflicted losses on Ukrainian brigades near Yunakivka and Sadky.",
     {("claim", "ru", "Yunakivka", "losses"), ("claim", "ru", "Sadky", "losses")}),
])
def test_quoted_exclamations_and_battlegroups(sentence, want):
    assert _triples(sentence) == want


def test_a_quotation_ending_in_an_exclamation_without_attribution_still_ends():
    from tui.core.claims.sentences import split_sentences
    sentences = split_sentences('"We will hold Lyman!" The crowd cheered.')
    assert len(sentences) == 2 and sentences[1] == "The crowd cheered."


@pytest.mark.parametrize(("sentence", "want"), [
    # A Western minister denying a capture is an independent denial beside the claim he answers.
    ("RIA reported that Russian forces captured Lyman, but Britain's armed forces minister denied that was the case.",
     {("claim", "ru", "Lyman", "control"), ("denial", "other", "Lyman", "control")}),
    ("Russian forces have not captured Lyman, the British armed forces minister said.", {("denial", "other", "Lyman", "control")}),
])
def test_western_ministers(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Belgorod's Governor" is who speaks, not a place struck.
    ("Belgorod's Governor Vyacheslav Gladkov said Ukrainian forces had shelled Shebekino.", {("claim", "ru", "Shebekino", "strike")}),
    # The first part of a hyphenated name is not a town of its own; a hyphenated name the gazetteer holds still is.
    ("Drone debris sparked a blaze at the refinery in Slavyansk-na-Kubani, the governor said.", set()),
    ("Russian troops captured Kupiansk-Vuzlovyi, the ministry said.", {("claim", "ru", "Kupiansk-Vuzlovyi", "control")}),
])
def test_possessive_governors_and_hyphenated_names(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A drone or boat attack repelled is a shootdown; a ground assault repelled stays a fight for the town.
    ("Атака безэкипажных катеров на Новороссийск отражена, сообщил губернатор.", {("claim", "ru", "Novorossiysk", "shootdown")}),
    ("Russian forces repelled a sea drone attack on Novorossiysk, the ministry said.", {("claim", "ru", "Novorossiysk", "shootdown")}),
    ("Ukrainian forces repelled an assault near Lyman, the General Staff said.", {("claim", "ua", "Lyman", "control")}),
    # Words that are also villages: a fire, "the sides".
    ("Пожежа в Одесі після атаки дронів, повідомила ОВА.", {("claim", "ua", "Odesa", "strike")}),
    ("Сторони домовилися про обмін полоненими.", set()),
])
def test_repelled_drone_attacks_and_words_that_are_villages(sentence, want):
    got = {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}
    assert got == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Title Case headlines of Moscow's agencies, with the village before "Settlement in <region>".
    ("Russian Forces Liberate Kotlyarovka Settlement in DPR - MoD", {("claim", "ru", "Kotliarivka", "control")}),
    ("Russian Forces Liberate Novosadovoye Settlement in Donetsk Region", {("claim", "ru", "Novosadove", "control")}),
    # A headline's dash names local officials, who speak for the place's side.
    ("Russian army shelling central part of Kherson – region's head", {("claim", "ua", "Kherson", "strike")}),
    # "spreading false information about" a town is a denial about it.
    ("Syrskyi said Russian propaganda is spreading false information about Ukraine's forces in Lyman.",
     {("denial", "ua", "Lyman", "other")}),
])
def test_title_case_headlines_and_dash_officials(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "forces within X to withdraw" is no "forced to withdraw": the commander's order concedes the town.
    ("Syrskyi said he ordered Ukrainian forces within Lyman to withdraw to more favourable positions.",
     {("confirmation", "ua", "Lyman", "control")}),
    ("Ukraine's military vowed on Tuesday not to give up the city of Siversk.", set()),
    ("Russian troops are making efforts to infiltrate Lyman.", set()),
    ("Russian forces secured limited gains northwest of Siversk, the institute said.", {("confirmation", "other", "Siversk", "control")}),
])
def test_orders_vows_and_efforts(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("A Russian milblogger claimed that Russian forces control between 45 and 52 percent of Siversk.", {("claim", "ru", "Siversk", "control")}),
    # The defender counting the enemy inside a town concedes they got in.
    ("The Ukrainian military said about 300 Russian soldiers were in Lyman.", {("confirmation", "ua", "Lyman", "control")}),
    ("Russian bloggers posted a video showing Russian troops entering Lyman.", {("claim", "ru", "Lyman", "control")}),
    ("The Russian tricolour now flies over the village of Torske, footage from Russia's Ministry of Defence shows.",
     {("claim", "ru", "Torske", "control")}),
    # Moscow's bulletins "defeated formations" of brigades near villages: losses claimed there.
    ("Units of the Battlegroup Dnepr defeated formations of a Ukrainian brigade near Kozatske.", {("claim", "ru", "Kozatske", "losses")}),
])
def test_percentages_presence_flags_and_defeats(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "event"), [
    # People "inside" a house and photos "taken" are a strike's details, not control of the town.
    ("Two civilians were inside the house in Kherson when it was hit, the governor said.", "strike"),
    ("Photos taken, the governor said, show damage in Kharkiv after the drone hit.", "strike"),
])
def test_inside_and_taken_stay_with_strikes(sentence, event):
    assert {s.event for s in extract_statements(sentence)} == {event}


def test_hyphenated_pairs_of_towns_keep_both():
    from tui.core.claims.places import find_places
    names = [m.place.name for m in find_places("The Pokrovsk-Myrnohrad agglomeration is under pressure.") if m.place]
    assert names == ["Pokrovsk", "Myrnohrad"]


def test_a_possessive_place_before_a_comma_is_still_a_place():
    assert _triples("Drones hit Kupiansk's outskirts, where troops fight, the governor said.") == {
        ("claim", "ua", "Kupiansk", "strike")}


def test_russias_main_intelligence_directorate_is_moscows():
    from tui.core.claims.actors import find_actors
    text = "Russia's Main Intelligence Directorate said the drones were Ukrainian."
    assert {a.actor.side for a in find_actors(text)} == {"ru"}


@pytest.mark.parametrize(("sentence", "want"), [
    # An analyst's "falsely claimed": Moscow's claim and the narrator's own verdict on it.
    ("Russian forces falsely claimed to have captured Lyman, the institute said.",
     {("claim", "ru", "Lyman", "control"), ("denial", "other", "Lyman", "control")}),
    # A party saying so keeps its own denial.
    ("Ukraine's Center for Countering Disinformation said Russia falsely claimed the capture of Lyman.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    # Regional centres listed beside names that are only regions are the regions.
    ("Russia controls Crimea, most of Luhansk, over 70% of Donetsk, Zaporizhzhia and Kherson, and parts of Kharkiv and Sumy.", set()),
    ("Russian missiles hit Kharkiv, Sumy and Zaporizhzhia overnight, officials said.",
     {("claim", "ua", "Kharkiv", "strike"), ("claim", "ua", "Sumy", "strike"), ("claim", "ua", "Zaporizhzhia", "strike")}),
])
def test_falsely_claimed_and_region_lists(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Fighting going on "days after Moscow announced its capture": the reporter's hedge and Moscow's claim.
    ("Fighting continues in Lyman days after Moscow announced its capture, Reuters reported.",
     {("hedge", "other", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}),
])
def test_fighting_after_an_announced_capture(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The reporter's own telling of an advance into a town is an independent confirmation.
    ("Low cloud let Russian units move further into the embattled town of Siversk this week.",
     {("confirmation", "other", "Siversk", "control")}),
    ("Russian troops broke into Kupiansk from the north.",
     {("confirmation", "other", "Kupiansk", "control")}),
    # Said by the party itself, the same words stay its claim.
    ("Moscow's defence ministry said its units pushed further into Siversk.",
     {("claim", "ru", "Siversk", "control")}),
])
def test_an_advance_further_into_a_town_told_by_the_reporter(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Troops trapped inside a town: the side that traps them claims its encirclement.
    ("Some 400 Ukrainian soldiers remain trapped in Siversk, Moscow's defence ministry said.",
     {("claim", "ru", "Siversk", "control")}),
    ("Kyiv's army said its brigades had bottled up the last Russian units inside Lyman.",
     {("claim", "ua", "Lyman", "control")}),
    # Clearing the enemy out of a town is the clearer's gain, not the cleared side's.
    ("Ukraine's military said its soldiers had cleared Russian troops from much of Lyman.",
     {("claim", "ua", "Lyman", "control")}),
    # A town vital to the enemy's hold is geography and purpose, not a stand.
    ("Supply lines run through Lyman, which has become vital for Ukrainian forces to hold the river line.", set()),
    ("Traffic was blocked in Kharkiv after a burst water main.", set()),
])
def test_trapped_troops_and_cleared_towns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Missiles at "the Ukrainian capital Kyiv": the capital is the place hit, not a speaker.
    ("Russian missiles slammed into the Ukrainian capital Kyiv before dawn, wounding five, city officials said.",
     {("claim", "ua", "Kyiv", "strike")}),
    # Bare "officials said" after a strike's toll are those of the place hit.
    ("Russian forces launched drones at Odesa overnight, injuring two people, officials said.",
     {("claim", "ua", "Odesa", "strike")}),
    # A party "confirming" a strike on its own city, or its own troops' gain, announces it.
    ("A drone strike damaged a school in Kharkiv on Monday, the mayor confirmed.",
     {("claim", "ua", "Kharkiv", "strike")}),
    ("Moscow's defence ministry confirmed that its units had seized Torske.",
     {("claim", "ru", "Torske", "control")}),
    # Conceding the other side's gain stays a confirmation.
    ("Kyiv's army confirmed that Russian troops had entered Torske.",
     {("confirmation", "ua", "Torske", "control")}),
])
def test_strikes_on_capitals_and_confirmed_own_results(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Missiles "aimed at" a city and destroyed are a shootdown over it, not a goal.
    ("An air force spokesman said all three missiles aimed at Dnipro were destroyed.",
     {("claim", "ua", "Dnipro", "shootdown")}),
    ("Moscow aimed at encircling Kupiansk before the winter.", set()),
])
def test_missiles_aimed_at_a_city_and_destroyed(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "which lies west of X" says where a place is; it is not "lies" as in falsehoods.
    ('Russian troops "liberated" the hamlet of Zarichne, near Lyman, which lies north of Siversk.',
     {("claim", "ru", "Zarichne", "control")}),
    # An attempt to advance gains nothing.
    ("Ukrainian units attempted to advance on several villages near Robotyne but were met with heavy fire.", set()),
    # A party that has not answered a claim: the claim is the other party's.
    ("Kyiv did not immediately respond to Moscow's claim that its troops had taken Torske.",
     {("claim", "ru", "Torske", "control")}),
    # "a Kyiv television tower", "the Zaporizhzhia plant": the city hit and the nuclear plant's town.
    ("Three people died when a Russian missile struck a Kharkiv printing house, the mayor said.",
     {("claim", "ua", "Kharkiv", "strike")}),
    ("Drones hit the Zaporizhzhia plant overnight, Ukraine's energy ministry said.",
     {("claim", "ua", "Enerhodar", "strike")}),
    # An independent voice stating a strike as fact confirms it.
    ("Reuters reported that Ukrainian drones struck a fuel depot in Bryansk.",
     {("confirmation", "other", "Bryansk", "strike")}),
])
def test_location_lies_attempts_silence_and_independent_strikes(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Headline shorthand names its speaker without the possessive.
    ("Russia hits Odesa port with drones, Ukraine military says",
     {("claim", "ua", "Odesa", "strike")}),
    # Chechnya's leader speaks for Moscow's side.
    ("Ramzan Kadyrov said his Akhmat fighters had taken the village of Torske.",
     {("claim", "ru", "Torske", "control")}),
    # An air raid on a city is a strike on it.
    ("Russian air raid on Kharkiv, two dead", {("claim", "ua", "Kharkiv", "strike")}),
    ("Air raid sirens sounded in Kharkiv for three hours.", set()),
])
def test_headline_speakers_chechen_claims_and_air_raids(sentence, want):
    assert _triples(sentence) == want


def test_a_town_freed_from_an_army_was_not_taken_by_it():
    assert not any(s.side == "ru" for s in extract_statements(
        'The village of Staromaiorske "was liberated" from the Russian forces that had held it since spring.'))
    assert _triples("Staromaiorske was liberated from Russian troops, Kyiv's army said.") == {
        ("claim", "ua", "Staromaiorske", "control")}


def test_a_governor_in_russian_transliteration_is_still_kyivs():
    assert _triples('"Drones hit the power grid of Kharkiv overnight," Sinegubov said.') == {
        ("claim", "ua", "Kharkiv", "strike")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's groupings by their transliterated Russian adjectives speak for Moscow.
    ("Units of the Zapadnaya group of forces liberated the settlement of Petropavlovka in the Kharkov Region.",
     {("claim", "ru", "Petropavlivka", "control")}),
    ("Over the past day, Vostochnaya units defeated formations of two Ukrainian brigades near Uspenovka.",
     {("claim", "ru", "Uspenivka", "losses")}),
    # Movement "in the direction of" a town is where troops head, not what they took.
    ("Tsentr units have been advancing in the direction of Kostiantynivka for weeks.", set()),
])
def test_groupings_by_russian_adjective_and_directions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "taken the front-line village of X": an adjective before the settlement word still names it.
    ("Moscow says its troops have taken the strategic town of Siversk.", {("claim", "ru", "Siversk", "control")}),
    # "the defense forces" in lower case, as Kyiv's English releases write it, are Kyiv's.
    ("The defense forces withdrew from the village of Zarichne to prepared positions, the brigade said.",
     {("confirmation", "ua", "Zarichne", "control")}),
])
def test_adjectives_before_the_settlement_word_and_kyivs_defense_forces(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's forces named in full, or a headline's bare "still under control": the defender still holds.
    ("The town of Lyman remains under the control of the Armed Forces of Ukraine, the eastern command said.",
     {("denial", "ua", "Lyman", "control")}),
    ("Ukraine's Firm Line: Zarichne Still Under Control", {("denial", "ua", "Zarichne", "control")}),
])
def test_a_defender_still_holding_in_other_words(sentence, want):
    assert _triples(sentence) == want


def test_claims_some_sources_are_spreading_are_denied_not_made():
    got = _triples('Some channels are spreading reports that Ukrainian units have been surrounded in Lyman. '
                   '"This information is completely false," the General Staff said.')
    assert ("denial", "ua", "Lyman", "control") in got
    assert not any(stance == "claim" for stance, *_rest in got)


@pytest.mark.parametrize(("sentence", "want"), [
    # A compass word or "areas of" before a regional centre's name: the region, which names no settlement.
    ("Moscow says its troops captured a hamlet in southern Zaporizhzhia.", {("claim", "ru", None, "control")}),
    ("Western officials said Russian units had advanced in some areas of Donetsk this week.", set()),
    # The city itself keeps its name: "central Kharkiv" is the city's centre.
    ("A glide bomb hit central Kharkiv, wounding four, the mayor said.", {("claim", "ua", "Kharkiv", "strike")}),
])
def test_compass_words_before_a_regional_centre(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # One drone over a region, with no count: the region still says it was a shootdown with no settlement.
    ("One Ukrainian drone was downed over the Kursk region before dawn, the ministry said.",
     {("claim", "ru", None, "shootdown")}),
    ("At night air defence crews destroyed a Ukrainian unmanned aerial vehicle over the Bryansk region, the ministry said.",
     {("claim", "ru", None, "shootdown")}),
    # A side's own air defence told by nobody reports its own kills.
    ("Overnight Russian air defence downed 95 drones launched from Ukrainian territory.",
     {("claim", "ru", None, "shootdown")}),
    # Losses counted in "military personnel".
    ("The Russian Defence Ministry said its troops killed 240 Ukrainian military personnel in the Kupiansk direction.",
     {("claim", "ru", None, "losses")}),
    # ... while shelling along a region's border is no shootdown and names no claim.
    ("Along the border in the Sumy region the enemy keeps up mortar fire.", set()),
])
def test_counts_without_a_settlement(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "assert" is a party's speech verb like "claim": the party's own claim, not the reporter's narration.
    ("Russian commanders assert their units have advanced into the east of Myrnohrad.", {("claim", "ru", "Myrnohrad", "control")}),
    ("Kyiv asserts its troops repelled every assault on Huliaipole overnight.", {("claim", "ua", "Huliaipole", "control")}),
])
def test_assert_is_a_claim_verb(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture whose settlement goes unnamed is a party's claim with no place (kept apart as unplaced).
    ("Moscow said on Friday that its troops had captured another village in the Donetsk region.",
     {("claim", "ru", None, "control")}),
    ("Russia's army aims to seize several villages before winter, the analysts wrote.", set()),
    # A reporter unable to verify an account whose place the text has not named hedges it, with no place.
    ("The agency was unable to independently verify claims from either side.", {("hedge", "other", None, "control")}),
    # ... but not when what it cannot verify is some other fact.
    ("The agency could not verify when the footage was filmed.", set()),
])
def test_captures_and_hedges_that_name_no_settlement(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture of unnamed villages counted: the claim stands with no settlement to place it.
    ("Moscow said its army had captured three more villages in the Zaporizhzhia region in a week.",
     {("claim", "ru", None, "control")}),
    ("DeepState says Moscow's troops occupied two more villages in the Dnipropetrovsk region this week.",
     {("confirmation", "other", None, "control")}),
    # ... but villages shelled, or not taken, are no capture.
    ("Russian guns shelled four villages in the Sumy region, the regional governor said.", set()),
    ("Moscow's forces failed to take two villages in the Kharkiv region, Kyiv said.", set()),
])
def test_counted_villages_taken(sentence, want):
    assert {t for t in _triples(sentence) if t[3] == "control"} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A death toll "claimed a life" is no one claiming anything: the governor speaking still does.
    ("Lyman was shelled by Russian troops at dawn, which claimed a life, the head of the regional military administration said.",
     {("claim", "ua", "Lyman", "strike")}),
    ("A Russian glide bomb attack on Kupiansk claimed the lives of two residents, the head of the regional military administration said.",
     {("claim", "ua", "Kupiansk", "strike")}),
    # A caption's soldiers firing at the other side's positions near a town strike nothing there.
    ("Ukrainian gunners fire a mortar at Russian positions near Lyman on Oct. 3.", set()),
    # A headline's narrated entry is the reporter's, not the advancing side's claim.
    ("Russian troops infiltrate key Donbas town of Siversk", {("confirmation", "other", "Siversk", "control")}),
    ("Russian forces are inside Siversk.", {("confirmation", "other", "Siversk", "control")}),
    # Groups "of infiltration" the defender hunts do not turn its hold into an outsider's word.
    ("Siversk remains under the control of the Defence Forces of Ukraine, which continue operations against enemy "
     "infiltration groups, the eastern command said.", {("denial", "ua", "Siversk", "control")}),
])
def test_tolls_captions_and_narrated_entries(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capital alone in a sentence about ground stands for its government, not for a place fought over.
    ("With little news coming out of Kyiv, it was impossible to assess the battlefield, the agency said.", set()),
    ("Ukraine's army has struggled to stop Russian advances as Moscow raises pressure on Kyiv to cede ground.", set()),
    # Strikes on the capital stay strikes there.
    ("Russian drones hit Kyiv overnight, wounding three, Mayor Vitali Klitschko said.", {("claim", "ua", "Kyiv", "strike")}),
])
def test_a_capital_alone_in_a_sentence_about_ground(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A regional centre's name that an apposition calls a region, or that follows a region in a list of
    # where villages lie, is the region.
    ("Kyiv said its troops pushed Russian units back in Kherson – the only region Moscow fully held at the time.",
     set()),
    # (the repelled attacks are Moscow's claim, at no settlement)
    ("Moscow says its forces repelled attacks on villages in Donetsk, Zaporizhzhia and Kharkiv",
     {("claim", "ru", None, "control")}),
    # A possessive "the Russian region's governor" after the name says who speaks, not what the name is.
    ("A drone attack set a fuel tank on fire at an airfield in Kursk, the Russian region's governor said.",
     {("claim", "ru", "Kursk", "strike")}),
])
def test_regional_centres_named_as_regions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's "claims gains in X", and its answer after " as ": the defenders holding firm deny it.
    ("Moscow claims gains in Lyman as Ukraine says defenders hold firm",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    # "in the hands of the Russian Armed Forces": who holds the place, as "in Russian hands" says.
    ('Putin said: "Most of Siversk is in the hands of the Russian Armed Forces."', {("claim", "ru", "Siversk", "control")}),
    # Troops that "have penetrated" a town got into it: the defender's commanders concede the entry.
    ("Ukrainian commanders told reporters that Russian forces have penetrated Lyman.",
     {("confirmation", "ua", "Lyman", "control")}),
])
def test_headline_gains_hands_and_penetration(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the Kiev regime" is Moscow's name for Kyiv's government, not the city; the tally still counts.
    ("The Russian Defence Ministry said the Kiev regime had lost about 900 soldiers in a day of fighting.",
     {("claim", "ru", None, "losses")}),
    # Open-source researchers of any nationality are independent voices.
    ("Ukrainian open-source researchers say Moscow's army has taken two villages in the Zaporizhzhia region.",
     {("confirmation", "other", None, "control")}),
])
def test_the_kiev_regime_and_open_source_researchers(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "incorrect to say" a town is under the enemy's control rejects the claim.
    ("A Ukrainian military spokesman said it is incorrect to say that Lyman is under the control of Russian forces.",
     {("denial", "ua", "Lyman", "control")}),
    # The defender's forces "holding" a town, in a headline or a quote, still hold it.
    ("Ukraine's Defense Forces Holding Siversk, Repelling Russian Attempts To Break In",
     {("denial", "ua", "Siversk", "control")}),
    # "claims of who controls X" asks who holds it; nobody claims it.
    ("Both armies have been publishing conflicting videos of who controls the town of Lyman.", set()),
    # "according to Ukrainian reports": Kyiv's word, conceding the entry.
    ("Russian troops entered Siversk, according to Ukrainian reports.", {("confirmation", "ua", "Siversk", "control")}),
    # A police official of a region speaks; his region's centre is no place of the event.
    ("A Luhansk police official cited by Russian media said Siversk was surrounded.", {("claim", "ru", "Siversk", "control")}),
    # A Title Case headline's capitalised word before "in X Region" is no unlisted village.
    ("Drone Attack Injures Three Women in Kursk Region, Governor Says", set()),
    # ", saying it had captured X": the party before it speaks.
    ("Russia pressed its offensive in the east on Sunday, saying it had captured Torske.", {("claim", "ru", "Torske", "control")}),
])
def test_incorrect_holding_questions_and_sayings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # ", which is under Kyiv's control" describes the town hit; the strike is the event.
    ("The governor said Russian shelling killed two people in the town of Lyman, which is under Kyiv's control.",
     {("claim", "ua", "Lyman", "strike")}),
    # "have no control over" a town is the defender denying the enemy holds it.
    ('Kyiv\'s disinformation centre said: "Russian forces have no control over Siversk, fighting goes on."',
     {("denial", "ua", "Siversk", "control")}),
])
def test_descriptions_of_control_and_no_control(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "debunks Russian claims of the capture of A and B": Moscow's claims named, and Kyiv's denial of each.
    ("Kyiv's disinformation centre debunks Russian claims of the capture of Siversk and Lyman",
     {("claim", "ru", "Siversk", "control"), ("claim", "ru", "Lyman", "control"),
      ("denial", "ua", "Siversk", "control"), ("denial", "ua", "Lyman", "control")}),
    # "not confirmed by facts" is a party's rejection, not an outsider's hedge.
    ("Kyiv's General Staff said reports from the Kremlin about the capture of Siversk are not confirmed by facts.",
     {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}),
    # "the biggest advance for weeks" measures the event against others; it does not make it background.
    ("Russian forces captured the centre of Lyman, Ukrainian officials acknowledged, in Moscow's biggest advance for weeks.",
     {("confirmation", "ua", "Lyman", "control")}),
])
def test_debunked_claims_and_yardsticks(sentence, want):
    assert _triples(sentence) == want
