"""Sentences nobody attributes: whose voice the narration is, by the words it uses.

CLAIMS_GUIDE.md: a side's own media speaking in its own voice is that side's claim; an outsider
narrating an event as established confirms it.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # "liberated" is the liberator's own word: Kyiv's media telling its success claims it.
    ("The Ukrainian army liberated the village of Kozacha Lopan in the Kharkiv region.",
     {("claim", "ua", "Kozacha Lopan", "control")}),
    ("Over the weekend the Armed Forces of Ukraine liberated two more settlements, Terny and Torske.",
     {("claim", "ua", "Terny", "control"), ("claim", "ua", "Torske", "control")}),
    ("Russian forces liberated Nelipivka, the assault detachment's commander wrote.",
     {("claim", "ru", "Nelipivka", "control")}),
])
def test_a_sides_own_word_for_its_gain_is_its_claim(sentence, want):
    assert _triples(sentence) == want


def test_a_liberation_years_ago_is_background():
    assert _triples("The Ukrainian army liberated Izium in September 2022, months after it fell.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's officials tell a strike by what the enemy fired or dropped: the side that was hit reports it.
    ("According to the regional administration, the enemy fired 40 shells at the town of Nikopol.",
     {("claim", "ua", "Nikopol", "strike")}),
    ("By noon the Russians had dropped a dozen guided bombs on Kostiantynivka.",
     {("claim", "ua", "Kostiantynivka", "strike")}),
    ("The occupiers launched a drone attack on the city of Kherson before dawn.",
     {("claim", "ua", "Kherson", "strike")}),
    ("Firefighters worked through the night after a missile strike in Dnipro.",
     {("claim", "ua", "Dnipro", "strike")}),
    # "as it was reported earlier" points back to the news, it does not doubt it
    ("Earlier it was reported that Sumy was attacked by enemy drones.",
     {("claim", "ua", "Sumy", "strike")}),
    ("It was reported that Russian units had entered Kupiansk.",
     {("hedge", "other", "Kupiansk", "control")}),
])
def test_a_strike_told_by_what_was_fired_at_a_town(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Moscow has stepped up drone attacks on Kharkiv over recent weeks.",
    "Ukraine has launched drone attacks on Russian refineries for months.",
])
def test_a_habit_of_strikes_is_no_particular_strike(sentence):
    assert _triples(sentence) == set()


def test_a_month_on_the_speech_verb_dates_the_claim_not_a_past_event():
    got = _triples("Moscow's defence ministry said in October that its troops had taken Torske.")
    assert got == {("claim", "ru", "Torske", "control")}
    assert _triples("Russian troops took Torske in October.") == set()  # a month alone, no story date: background


@pytest.mark.parametrize("sentence", [
    "Russian units might try to use the morning fog to finish clearing Myrnohrad.",
    "Moscow seizing Siversk would give its artillery a view over the whole valley.",
])
def test_what_may_be_tried_or_would_follow_is_no_claim(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a claim quoted first, then the answer to it: the claimant's claim and its foe's denial
    ('"Russia says it has taken Terny. This is not true," a brigade spokeswoman told reporters.',
     {("claim", "ru", "Terny", "control"), ("denial", "ua", "Terny", "control")}),
    # in English only Kyiv's officials call Russia's forces "the enemy"
    ('"The enemy claims it has entered Siversk. That is a lie," the battalion commander said.',
     {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}),
    # reports that "suggest" are passed on, not vouched for
    ("Earlier media reports suggested that Torske had fallen to Russian troops.",
     {("hedge", "other", "Torske", "control")}),
])
def test_who_answers_a_quoted_claim_and_who_only_passes_it_on(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an unqualified ministry announcing its forces took a village is Moscow's: Kyiv's staff, not its
    # ministry, tells its gains, and calls them liberations
    ("The Defence Ministry said on Telegram that its forces had taken Torske.",
     {("claim", "ru", "Torske", "control")}),
    ("The ministry said its troops were making progress in Siversk, where Ukrainian units are cut off.",
     {("claim", "ru", "Siversk", "control")}),
])
def test_an_unnamed_ministry_announcing_its_forces_gains(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the army that lost men is not who tallies them
    ("According to reports, near Kupiansk the Russian army has already lost more than 200 soldiers this week.",
     {("claim", "ua", "Kupiansk", "losses")}),
    # a party's word for a false report of Russian troops, with nobody named: Kyiv's answer
    ("The reports about Russian units on the outskirts of Siversk are not true.",
     {("denial", "ua", "Siversk")}),
])
def test_who_speaks_when_the_party_named_is_the_one_spoken_of(sentence, want):
    got = {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}
    assert {t[: len(next(iter(want)))] for t in got} == want


def test_a_headline_quote_before_the_dash_is_not_a_second_voice():
    got = _triples("'Lies' — Syrskyi says Ukraine still holds Siversk, rejects Moscow claims of its capture")
    assert {(stance, side) for stance, side, _p, _e in got} == {("denial", "ua"), ("claim", "ru")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's English bulletins: "freed", and villages spelt the Russian way
    ("The Russian Defense Ministry said its units freed Novoselovka in the DPR.",
     {("claim", "ru", "Novoselivka", "control")}),
    ("The assault troops liberated the village of Torskoye, west of Kremennaya.",
     {("claim", "ru", "Torske", "control")}),
])
def test_moscows_words_and_spellings_for_a_liberation(sentence, want):
    assert _triples(sentence) == want


def test_a_liberation_told_by_nobody_in_kyivs_spelling_names_no_side():
    assert _triples("The soldiers liberated the village of Torske.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a national flag raised over a place, and positions set up inside it, are claims of control
    ("Assault units raised the flag of the Russian Federation over the village of Torskoye.",
     {("claim", "ru", "Torske", "control")}),
    ("Ukrainian troops raised the national flag over the school in Krynky.",
     {("claim", "ua", "Krynky", "control")}),
    ("The mayor of Siversk said Russian troops were establishing positions inside the town.",
     {("confirmation", "ua", "Siversk", "control")}),
    ("The town's mayor said Russian troops were establishing positions inside Siversk.",
     {("confirmation", "ua", "Siversk", "control")}),
    ('"Our men have established positions in the southern part of Vugledar," the commander said.',
     {("claim", "ru", "Vuhledar", "control")}),
])
def test_flags_and_positions_inside_a_place(sentence, want):
    assert _triples(sentence) == want


def test_a_flag_at_a_rally_is_no_claim():
    assert _triples("Protesters waved and raised flags in Kyiv on Sunday.") == set()


def _doc(text: str) -> set[tuple[str, str, str | None]]:
    from tui.core.claims.pipeline import extract_document
    return {(s["stance"], s["side"], s["place"]) for s in extract_document(text)["statements"]}


@pytest.mark.parametrize(("text", "want"), [
    # a state agency's dateline gives its story its state's voice
    ("DONETSK, March 2. /TASS/. The assault detachments have liberated the village of Torskoye.",
     {("claim", "ru", "Torske")}),
    ("KYIV, March 2 (Ukrinform) - The defense forces liberated the village of Torske.",
     {("claim", "ua", "Torske")}),
    # with no dateline nobody is named: nobody's claim
    ("The assault detachments have taken the village of Torske.", set()),
])
def test_an_agency_dateline_is_the_storys_voice(text, want):
    assert _doc(text) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ukrainian armed forces have retaken the village of Torske in the Donetsk region.",
     {("claim", "ua", "Torske", "control")}),
    ("Ukrainian Armed Forces take back control of most of Kupiansk",
     {("claim", "ua", "Kupiansk", "control")}),
    # the party named as an owner is not the one who acted (and nobody else is named)
    ("The assault troops liberated Torske, where a stronghold of the Ukrainian armed forces had stood.", set()),
    ('"The enemy lost up to 90 servicemen in the Gulyaipole area," the statement said.',
     {("claim", "ru", "Huliaipole", "losses")}),
    ("According to the General Staff's chief, eight Ukrainian battalions were blocked east of the river near Kupyansk.",
     {("claim", "ru", "Kupiansk", "control")}),
])
def test_kyivs_gains_in_its_own_words_and_moscows_spellings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("text", "want"), [
    # the agency's dash glued to the first word is still the dateline, and its cities are no places
    ("LONDON/KYIV (Reuters) -Russia said its forces had captured Torske, but Kyiv's military denied it.",
     {("claim", "ru", "Torske"), ("denial", "ua", "Torske")}),
    # "strategically important town" describes the town, it is not a goal
    ("Kyiv insisted its soldiers were still defending Siversk after Putin's private army claimed to have seized the strategically important town.",
     {("denial", "ua", "Siversk"), ("claim", "ru", "Siversk")}),
    # land measured in square kilometres lies in the region, not in the city of the same name
    ("Kyiv says its forces have recaptured 300 square kilometres in Kharkiv since the counteroffensive began.", set()),
])
def test_datelines_descriptions_and_measured_land(text, want):
    assert _doc(text) == want


@pytest.mark.parametrize("sentence", [
    "A woman walking past a shop window shattered by a Russian drone in the town of Kupiansk, Kharkiv region.",
    "A still frame from video released by the defence ministry shows soldiers with flags after the capture of Torske.",
    "Rescuers carrying a wounded man out of a house hit by a glide bomb in Kostiantynivka on Tuesday.",
])
def test_photo_captions_are_not_statements(sentence):
    assert _triples(sentence) == set()


def test_what_may_delay_a_capture_claims_none():
    assert _triples("Ukrainian counterattacks could further delay Russia's seizure of Myrnohrad.") == set()


def test_a_place_only_fought_near_beside_an_advance_elsewhere():
    assert _triples("Ukrainian troops pressed on in the Kursk region, with heavy fighting reported east of Korenevo.") == set()
    # fighting that goes on after a claimed capture still hedges the claim
    assert ("hedge", "other", "Pokrovsk", "control") in _triples(
        "Fighting continues in Pokrovsk days after Moscow announced its capture, Reuters reported.")


@pytest.mark.parametrize(("text", "places"), [
    # a declined village name where one man speaks is a surname («Пески» -> «Песков»)
    ("Песков заявил, что переговоры продолжаются.", []),
    ("Дмитрий Песков назвал эти сообщения ложью.", []),
    ("Песков: Кремль не комментирует", []),
    # the same forms as places
    ("Жители Песков рассказали об обстрелах.", ["Песков"]),
    ("Обстріл Ізюма: поранено двох людей.", ["Ізюма"]),
    ("По Херсону ударил дрон.", ["Херсону"]),
])
def test_a_surname_spelt_like_a_declined_village(text, places):
    from tui.core.claims.places import find_places
    assert [m.text for m in find_places(text) if m.kind == "settlement"] == places


@pytest.mark.parametrize(("sentence", "want"), [
    # "our troops" in English with Kyiv's spellings: Kyiv's bulletin; a withdrawal in it is its concession
    ("In the Kostiantynivka direction, our troops stopped 12 enemy assaults near Ivanopillia and Pleshchiivka.",
     {("claim", "ua", "Ivanopillia", "control"), ("claim", "ua", "Pleshchiivka", "control")}),
    ("In Siversk, our units have withdrawn from the eastern districts and hold a line along the river.",
     {("confirmation", "ua", "Siversk", "control")}),
    # Moscow's names for the towns are not Kyiv's bulletin
    ("Our troops repelled attacks near Krasnoarmeysk and Dimitrov.", set()),
])
def test_our_troops_in_an_english_bulletin(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's officials call their own gains liberations: a capture they report with nobody named is the enemy's
    ("Kharkiv Governor Oleh Syniehubov said the villages captured are Kamianka, Ambarne and Dvorichna, all near the border.",
     {("confirmation", "ua", p, "control") for p in ("Kamianka", "Ambarne", "Dvorichna")}),
    ("Ukrainian officials said their forces had recaptured Torske, a village Russia seized in the spring.",
     {("claim", "ua", "Torske", "control")}),
])
def test_a_capture_kyiv_reports_with_nobody_named(sentence, want):
    assert _triples(sentence) == want


def test_chechnya_is_the_republic_not_the_donetsk_village():
    assert _triples("Chechnya's leader said his Akhmat fighters had taken Torske.") == {("claim", "ru", "Torske", "control")}


def test_a_village_named_like_a_word_is_read_only_as_a_village():
    got = _triples("Russia said its forces had taken Pobeda, a small village west of Donetsk city.")
    assert ("claim", "ru", "Pobieda", "control") in got  # Побєда, in the national romanisation
    assert _triples("Russia's defence ministry said the Pobeda parade rehearsal was held in Moscow.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("The Russian Federation declared that its troops had established full control over Torske, in Ukraine's Donetsk region.",
     {("claim", "ru", "Torske", "control")}),
    ("Ukraine's army has reaffirmed its control over the town of Siversk.",
     {("denial", "ua", "Siversk", "control")}),
    # who names a town in brackets says nothing about it
    ("Russia's advance in Chasov Yar goes together with its successes in Dzerzhinsk (called Toretsk by Kyiv), the adviser said.",
     {("claim", "ru", "Chasiv Yar", "control"), ("claim", "ru", "Toretsk", "control")}),
    # a pull-out still to come is no withdrawal
    ("The Wagner chief said his fighters had taken Soledar and would pull out next week.",
     {("claim", "ru", "Soledar", "control")}),
])
def test_whose_voice_after_the_last_measure(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a national flag raised or returned over a village is its capture
    ("Десантники здійняли український прапор над Торським.", {("claim", "ua", "Torske", "control")}),
    # debris and a downed drone falling in a district of the city are a strike on the city
    ("У Святошинському районі Києва уламки дрона впали на дах гаража.", {("claim", "ua", "Kyiv", "strike")}),
    # the troops whose presence is denied claim nothing; the denial is Kyiv's
    ("Повідомлення про присутність російських військ у Сіверську не відповідають дійсності.",
     {("denial", "ua", "Siversk", "control")}),
    # Moscow's propaganda speaks for Moscow; a suburb of a city only locates the village
    ("Російська пропаганда заявила про захоплення Торського.", {("claim", "ru", "Torske", "control")}),
    ("Сили оборони звільнили Циркуни у близькому передмісті Харкова.", {("claim", "ua", "Tsyrkuny", "control")}),
])
def test_ukrainian_flags_debris_presence_and_suburbs(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("В Оболонском районе Киева обломки дрона упали на крышу школы.", {("claim", "ua", "Kyiv", "strike")}),
    ("Бойцы ВС РФ заходят на окраины Торского, сообщил глава ДНР.", {("claim", "ru", "Torske", "control")}),
    ("Российские войска охватывают Сиверск с двух сторон.", {("claim", "ru", "Siversk", "control")}),
    # what a capture «даст возможность» to reach is a forecast
    ("Взятие города даст возможность наступать на Славянск и Краматорск.", set()),
])
def test_russian_debris_entering_enveloping_and_what_a_capture_allows(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Kyiv pulled its troops out of Vuhledar, the army said, handing Moscow its biggest gain since March.",
     {("confirmation", "ua", "Vuhledar", "control")}),
    ("Toretsk, located near the front line, has seen heavy fighting, but Ukrainian officials say their troops are still holding it.",
     {("denial", "ua", "Toretsk", "control")}),
    ('"Siversk is and will be Ukrainian," the brigade\'s spokesman said.', {("denial", "ua", "Siversk", "control")}),
    ("Moscow said its troops withdrew from Kherson city due to the threat of encirclement.",
     {("confirmation", "ru", "Kherson", "control")}),
    ("Russian units now pose a threat of encirclement to Myrnohrad.", set()),
])
def test_yardsticks_geography_and_threats(sentence, want):
    assert _triples(sentence) == want


def test_lastochkyne_west_of_avdiivka_is_known():
    assert _triples("Ukraine's army confirmed its retreat from the village of Lastochkyne.") == {
        ("confirmation", "ua", "Lastochkyne", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # attacks that gained nothing, told in Russian: nobody's claim or denial
    ("Российские подразделения продолжали атаки у Торского и Сиверска, не захватив ни одной позиции.", set()),
    ("Войска РФ атаковали в районе Покровска, но продвижения не достигли.", set()),
    # analysts and experts are independent voices
    ("Military analysts said Russian forces had taken Torske.", {("confirmation", "other", "Torske", "control")}),
    ("Эксперты пишут, что российские войска вошли в Торское.", {("confirmation", "other", "Torske", "control")}),
    ("Analysts say the loss of Siversk would expose Sloviansk to Russian artillery.", set()),
])
def test_nothing_gained_and_analysts(sentence, want):
    assert _triples(sentence) == want


def test_an_analysts_likely_encirclement_is_its_assessment():
    assert _triples("Russian forces have likely encircled Myrnohrad, the think tank said.") == {
        ("confirmation", "other", "Myrnohrad", "control")}
    # with what the think tank could not confirm beside it, a hedge
    assert _triples("Russian forces have likely encircled Myrnohrad, though the think tank could not confirm it.") == {
        ("hedge", "other", "Myrnohrad", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # how long a place has been held or used, said in a comma aside after its name, dates the
    # place, not the event the sentence reports
    ("Moscow's defence ministry said its troops had recaptured Sudzha, the largest town of the area "
     "held by Kyiv's forces for the past seven months.", {("claim", "ru", "Sudzha", "control")}),
    ("The ministry in Moscow said on Friday its units took Kurakhove, which had served for months as a "
     "supply hub for the defenders.", {("claim", "ru", "Kurakhove", "control")}),
    # the same words about the event itself are still history
    ("Russian forces have shelled Kherson, a city on the Dnipro, for months.", set()),
    ("The town, which lies 40 kilometres south of Kramatorsk, has been attacked for weeks.", set()),
    ("Kupiansk, the ministry said last year, was taken in the first week of the invasion.", set()),
])
def test_a_dated_aside_about_a_place_is_not_the_events_date(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # troops that "progressed" near places advanced there; an independent map's word for it confirms
    ("An open-source mapping group said Moscow's troops progressed near Ivanivka and Stupochky.",
     {("confirmation", "other", "Ivanivka", "control"), ("confirmation", "other", "Stupochky", "control")}),
    ("Russian forces have not progressed near Siversk, the General Staff said.", set()),
])
def test_troops_that_progressed_near_a_place(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # troops heading toward a town that then reach its edge got there
    ("За даними аналітиків, російські війська просунулися в напрямку Костянтинівки й досягли її північних околиць.",
     {("confirmation", "other", "Kostiantynivka", "control")}),
    ("Russian forces are advancing toward Kostiantynivka, the General Staff said.", set()),
])
def test_heading_toward_a_town_and_reaching_its_edge(sentence, want):
    assert _triples(sentence) == want


def test_a_regional_report_of_several_clauses_speaks_in_one_voice():
    # nobody is named in either clause: the Ukrainian narrator reports both strikes
    assert _triples("У селі Безруки поранено чоловіка; у селі Гути пошкоджено два будинки.") == {
        ("claim", "ua", "Bezruky", "strike"), ("claim", "ua", "Huty", "strike")}


@pytest.mark.parametrize(("sentence", "want"), [
    # a headline's "... as Kyiv denies" answers the claim before it, about the same place
    ("Moscow says its troops took Dobropillia as Kyiv denies the claim",
     {("claim", "ru", "Dobropillia", "control"), ("denial", "ua", "Dobropillia", "control")}),
    ("Russia claims capture of most of Siversk as Ukraine denies advance",
     {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}),
    # a second report about another, unnamed place is not an answer
    ("Fighting for Kostiantynivka goes on as Russia claims advance on a village to the south", set()),
])
def test_an_answer_after_as_is_about_the_claims_place(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a mapping group's map "showed that" places fell: the group's own confirmation
    ("Deep State showed that Kalynove and Pishchane had come under Russian control.",
     {("confirmation", "other", "Kalynove", "control"), ("confirmation", "other", "Pishchane", "control")}),
    # Kyiv's words for still holding a town: denials
    ("Костянтинівка контролюється Силами оборони України, наголосили в угрупованні.",
     {("denial", "ua", "Kostiantynivka", "control")}),
    ("Речник підкреслив, що окупанти зараз не перебувають у Сіверську.",
     {("denial", "ua", "Siversk", "control")}),
    # a town "under strikes" (one man's verb form too) was struck
    ("Вночі під ударом опинився Кременчук.", {("claim", "ua", "Kremenchuk", "strike")}),
    ("Під ударами були Нікополь і Марганець.",
     {("claim", "ua", "Nikopol", "strike"), ("claim", "ua", "Marhanets", "strike")}),
])
def test_less_common_words_for_a_map_a_hold_and_a_strike(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a party calling the other's claim unreal or unsupported by any fact denies it
    ("Не відповідають реальності твердження про контроль окупантів над Сіверськом.",
     {("denial", "ua", "Siversk", "control")}),
    ("У Генштабі наголосили, що заяви Кремля про захоплення Куп'янська не підтверджуються жодними фактами.",
     {("denial", "ua", "Kupiansk", "control"), ("claim", "ru", "Kupiansk", "control")}),
    # a plain "not confirmed" stays a hedge
    ("Інформація про захоплення Куп'янська поки не підтверджена.", {("hedge", "other", "Kupiansk", "control")}),
    # a force abandoning control of a place near a town concedes it
    ("Ukraine's army abandoned control of the airfield near Kramatorsk on Sunday, the defence ministry said.",
     {("confirmation", "ua", "Kramatorsk", "control")}),
])
def test_unreal_claims_and_abandoned_control(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A quoted official (a pronoun or a title, no party named) calling a capture untrue is Kyiv answering
    # Moscow: outsiders say "no evidence", not "untrue".
    ('"Talk that half of Huliaipole has been taken is simply untrue," she added.',
     {("denial", "ua", "Huliaipole", "control")}),
    ('The commander said on television: "Thereby the general staff denied the fall of Siversk."',
     {("denial", "ua", "Siversk", "control")}),
    # ... while an outsider's "no evidence" stays a hedge, not a party's denial.
    ("Analysts said there was no evidence that Huliaipole had fallen.",
     set()),
])
def test_an_unnamed_official_rejecting_a_capture_speaks_for_kyiv(sentence, want):
    assert {t for t in _triples(sentence) if t[0] != "hedge"} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a side "confirming" its own gain announces it: a claim, in Ukrainian and Russian too
    ("Командування підтвердило звільнення села Кліщіївка.", {("claim", "ua", "Klishchiivka", "control")}),
    ("Министерство обороны России подтвердило освобождение Тарасовки.", {("claim", "ru", "Tarasivka", "control")}),
    # a side confirming the other's capture concedes it ("confirmed Russian forces had ...", not "confirmed Russian advances")
    ("Kyiv confirmed Russian forces had entered Kurakhove.", {("confirmation", "ua", "Kurakhove", "control")}),
    # the other side's troops that left or abandoned a town: the speaker's claim of the gain
    ("Moscow's defence ministry said Ukrainian units had abandoned Siversk.", {("claim", "ru", "Siversk", "control")}),
    ("The Russian-installed governor said Ukrainian forces had effectively left Huliaipole.",
     {("claim", "ru", "Huliaipole", "control")}),
    # abandoned equipment is no withdrawal
    ("Russian troops have abandoned tanks near Lyman, Kyiv said.", set()),
])
def test_confirming_a_gain_and_troops_that_left(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a side's own media telling of drones or missiles sent at a town report a strike on it ...
    ("Уночі окупанти атакували Суми ударними безпілотниками.", {("claim", "ua", "Sumy", "strike")}),
    ("Украинские беспилотники атаковали Курск ночью.", {("claim", "ru", "Kursk", "strike")}),
    # ... while a ground attack near a town with no result is still only fighting
    ("Ворог атакував позиції наших підрозділів біля Куп'янська.", set()),
    # a hyphenated village the gazetteer lacks, placed by its Russian district
    ("Село Коровино-Слободка Грайворонского округа атаковали дроны.",
     {("claim", "ru", "Korovino-Slobodka", "strike")}),
])
def test_air_attacks_told_in_a_sides_own_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a flag raised, shown or returned over a place is its capture as the side tells it
    ("Бійці бригади встановили прапор України в центрі Кліщіївки.", {("claim", "ua", "Klishchiivka", "control")}),
    ("У Терни та Торське повернулися українські прапори.",
     {("claim", "ua", "Terny", "control"), ("claim", "ua", "Torske", "control")}),
    ("A video released by the defence ministry showed Russian flags in Yampil.", {("claim", "ru", "Yampil", "control")}),
    # Kyiv's brigades by their own names, the territorial defence too
    ("Soldiers of the 103rd separate brigade of the Territorial Defense liberated the village of Ivanivka in the Kherson region.",
     {("claim", "ua", "Ivanivka", "control")}),
])
def test_flags_and_brigades(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a unit saying it is already in a town claims to have entered it
    ('"We are already in Vovchansk, but there are battles," a spokesman for Ukraine\'s northern forces said.',
     {("claim", "ua", "Vovchansk", "control")}),
    ('"We are now in the centre of Siversk," the Russian commander said.', {("claim", "ru", "Siversk", "control")}),
    # ... not in talks about it
    ("We are already in talks with Kyiv about Zaporizhzhia, Peskov said.", set()),
])
def test_a_unit_already_in_a_town(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "occupied" and "took" told by nobody are the reporter's narration, like "captured".
    ("After days of assaults Russian units crossed the stream and occupied Kalynove and Yablunivka.",
     {("confirmation", "other", "Kalynove"), ("confirmation", "other", "Yablunivka")}),
    ("Russian troops occupied Dachne overnight.", {("confirmation", "other", "Dachne")}),
    # A mapping group's "now under Russian occupation" is its finding of a capture.
    ("DeepState's Sunday update says Novopil is now under Russian occupation.",
     {("confirmation", "other", "Novopil")}),
    # ... while land described as occupied is no event.
    ("Families fled the liberated and occupied territories near Kherson.", set()),
])
def test_occupied_told_by_nobody_and_by_a_map(sentence, want):
    assert {t[:3] for t in _triples(sentence)} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the X settlement of the Donetsk People's Republic": the region follows the village, which is the place.
    ("'The Novopil settlement of the Donetsk People's Republic has been liberated by the Tsentr group,' "
     "the military said.", {("claim", "ru", "Novopil")}),
    # ... while "the Donetsk town of Toretsk" still names only Toretsk.
    ("Russia's ministry said its troops captured the Donetsk town of Toretsk.", {("claim", "ru", "Toretsk")}),
    # Troops forced out of a village lost it; the speaker's side gained it.
    ("Kyiv's units have been forced out of Robotyne, a Moscow-installed official said.", {("claim", "ru", "Robotyne")}),
])
def test_a_settlement_of_a_republic_and_passive_losers(sentence, want):
    assert {t[:3] for t in _triples(sentence)} == want


def test_a_town_in_the_hands_of_an_army():
    # "in the hands of the Russian army" says who holds the town, like "in Russian hands"
    assert {t[:3] for t in _triples("Ganchev said Vovchansk is now fully in the hands of the Russian army.")} == {
        ("claim", "ru", "Vovchansk")}
