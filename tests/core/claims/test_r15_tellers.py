"""Who tells it: an official named in apposition or heading a city's administration, a ministry named
by no country but speaking Moscow's words, a foreign government or the UN, a commander conceding the
foe's unnamed gains; and what was done: a part of the capital struck, a result told before an aim,
an attempt beaten by destroying those who tried it, a concession that fighting goes on does not undo."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("text", "want"), [
    # a part of the capital is where the strike hit, not the capital speaking
    ("Officials said a Russian missile damaged an office block in central Kyiv.", {("claim", "ua", "Kyiv")}),
    # the title, then the name in apposition: the governor tells it, not "Russians" after the verb
    ("The governor of the Sumy region, Oleh Hryhorov, said Russians hit Bilopillia with glide bombs.",
     {("claim", "ua", "Bilopillia")}),
    # the head of a city's administration tells of his own city
    ("Ihor Terekhov, head of the Kharkiv City Military Administration, said a Russian drone attack left two people dead.",
     {("claim", "ua", "Kharkiv")}),
    # a surname closing the sentence as its teller is no village of that name
    ("In Semenivka, Russian drones damaged a shop and a car, Chaus adds.", {("claim", "ua", "Semenivka")}),
])
def test_the_official_who_tells_a_strike(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Moscow's words for its strikes: mercenaries, its missiles
    ("A Kalibr missile struck a deployment point of foreign mercenaries in Sloviansk, the ministry said.",
     {("claim", "ru", "Sloviansk")}),
    # its own troops taking a village, named by no country
    ("The troops took control of the village of Hrodivka, the ministry said.", {("claim", "ru", "Hrodivka")}),
    # drones destroyed over regions, counted by the side that downed them
    ("Overnight 112 drones were destroyed over nine regions, the Defence Ministry said.", {("claim", "ru", None)}),
])
def test_a_ministry_named_by_no_country_speaking_moscows_words(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The State Department said Russian forces had seized Vuhledar.", {("confirmation", "other", "Vuhledar")}),
    ("The White House said Ukrainian troops had pulled out of Avdiivka.", {("confirmation", "other", "Avdiivka")}),
    ("The UN monitoring mission said the Russian strike on Kharkiv killed five civilians.",
     {("confirmation", "other", "Kharkiv")}),
])
def test_foreign_governments_and_the_un_are_independent_voices(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Russian troops managed to take two villages, Syrskyi said.", {("confirmation", "ua", None)}),
    # the teller after a time, and the villages left unnamed
    ("Російським військам вдалося захопити два села, повідомив у неділю ввечері головнокомандувач ЗСУ "
     "Олександр Сирський, не уточнивши їхні назви.", {("confirmation", "ua", None)}),
    # the speaker's own side taking them stays a claim
    ("Russia's defence ministry said its forces had captured two more villages.", {("claim", "ru", None)}),
])
def test_a_commander_conceding_unnamed_villages(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an advance told before the foe's attempt: the aim is the foe's, the advance stands
    ("The ministry said its forces had advanced in Dimitrov and destroyed Ukrainian groups trying to break through to the town.",
     {("claim", "ru", "Myrnohrad")}),
    # those who tried to break in were destroyed: a repulse there
    ("Ukraine's General Staff said its forces destroyed a Russian assault group that attempted to break into Kostiantynivka.",
     {("claim", "ua", "Kostiantynivka")}),
    # an attempt alone is still nothing
    ("Russian assault groups are trying to break into Kostiantynivka from the south.", set()),
])
def test_a_result_told_before_an_aim(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv's military acknowledged that Russian units had entered Siversk but said fighting was still going on.",
     {("confirmation", "ua", "Siversk")}),
    # without the concession, fighting going on answers Moscow's claim
    ("Moscow said it had taken Siversk, but Kyiv's military said fighting was still going on.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
])
def test_a_concession_that_fighting_goes_on_does_not_undo(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a general staff's bulletin line, told by nobody, is the striking side's
    ("Ukrainian aviation struck three areas where Russian personnel and equipment were concentrated.", {("claim", "ua", None)}),
    ("Сили оборони уразили чотири райони зосередження техніки противника.", {("claim", "ua", None)}),
    # a day's or a week's tally is the news, not the war's running total
    ("Всего за прошедшие сутки российские войска освободили два населенных пункта.", {("claim", "ru", None)}),
    # one liberates only for one's own side, whoever's namesake tells it
    ("«За год российские вооруженные силы освободили более 150 населенных пунктов», — заявил Волошин.", {("claim", "ru", None)}),
])
def test_a_sides_own_tally_with_no_place(text, want):
    assert said(text) == want


def test_sabotage_groups_destroyed_are_the_foes_losses_told_by_the_side_that_destroyed_them():
    assert said("Ukrainian drone operators destroyed two Russian sabotage groups in Kupiansk over the weekend.") \
        == {("claim", "ua", "Kupiansk")}


@pytest.mark.parametrize(("text", "want"), [
    # Kyiv's word for Moscow's troops, as claimants in their own verb, answered after the semicolon
    ('The occupiers claim they have "liberated" Novopavlivka; this is a lie, the spokesman of the Khortytsia group says.',
     {("claim", "ru", "Novopavlivka"), ("denial", "ua", "Novopavlivka")}),
    # the fight going on, told by the other side after the semicolon, answers the capture
    ("Russia claims full control of Chasiv Yar; Ukraine says fighting goes on",
     {("claim", "ru", "Chasiv Yar"), ("denial", "ua", "Chasiv Yar")}),
    # a ministry counting Ukrainian losses is Moscow's
    ("The ministry put Ukrainian losses near Vovchansk at up to 150 troops.", {("claim", "ru", "Vovchansk")}),
    # Russian nationals fighting on Kyiv's side speak for Kyiv's side
    ("The Russian Volunteer Corps says its fighters hold positions in Tetkino.", {("claim", "ua", "Tetkino")}),
])
def test_who_claims_and_who_answers(text, want):
    assert said(text) == want


@pytest.mark.parametrize("text", [
    # power back after the attacks is the repair's news, not a strike
    "Ukraine's energy ministry says power has been restored to most homes in Sumy after the weekend's attacks.",
    # an attempt, with its means named between, is no gain
    "Russian troops are attempting to use the fog to infiltrate Siversk in small groups, the brigade said.",
])
def test_no_statement(text):
    assert said(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # a river reached near a village, tactical success conceded near one: ground there
    ("DeepState says Russian troops have reached the Oskil river near Kucherivka.", {("confirmation", "other", "Kucherivka")}),
    ("Syrskyi conceded that Russian forces had achieved tactical success near Yunakivka.", {("confirmation", "ua", "Yunakivka")}),
    # a wire's or a correspondent's own report of what they saw and heard
    ("Explosions shook Odesa as Russia launched a drone attack, Reuters witnesses reported.", {("confirmation", "other", "Odesa")}),
    ("Our correspondent in Kharkiv reports that a school building has collapsed after the strike.",
     {("confirmation", "other", "Kharkiv")}),
    # a ministry's target named, and a strike it denies
    ("The Russian Defence Ministry said it had targeted a meeting of Ukrainian officers in Kramatorsk.", {("claim", "ru", "Kramatorsk")}),
    ("Russia's defence ministry denied striking the maternity ward in Zaporizhzhia.", {("denial", "ru", "Zaporizhzhia")}),
    # an agency condemning a strike states it happened
    ("UNICEF condemned the attack on Sumy that killed two children.", {("confirmation", "other", "Sumy")}),
])
def test_what_independent_voices_and_ministries_state(text, want):
    assert said(text) == want


def test_attacks_repelled_counted_as_of_them_are_the_defenders_repulse():
    assert said("Defence forces repelled 20 of them, the General Staff said.") == {("claim", "ua", None)}
