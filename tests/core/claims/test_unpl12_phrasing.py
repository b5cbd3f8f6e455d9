"""Statements with no settlement: a reporter's hedge of footage or of a side's claim, a capture of a place
left unnamed, a defender holding out in "the town", an account called untrue in a sentence of its own.

Each case is one sentence read alone, as `warfeed claims extract -` reads it (CLAIMS_GUIDE: a statement
needs no place; it is then listed as unplaced).
"""

import pytest

from tests.core.claims.phrasing import said


HEDGE = ("hedge", "other", None)


@pytest.mark.parametrize(("sentence", "want"), [
    # Footage is an account too: its date or place unverified is the reporter's hedge.
    ("The location of the clip could not be verified, and the footage could not be independently confirmed.", {HEDGE}),
    ("The agency was unable to verify the date of the video or where it was recorded.", {HEDGE}),
    ("We have not been able to independently confirm the location of the videos.", {HEDGE}),
    # Verification "of claims of both sides", "of Moscow's latest claims".
    ("Independent verification of the reports from both sides remains difficult amid the fighting.", {HEDGE}),
    ("Independent confirmation of Moscow's claims is hard because reporters cannot reach the front.", {HEDGE}),
    ("Independent verification of Kyiv's latest report is difficult, and the ministry gave no details.", {HEDGE}),
    # Both capitals named together as the warring states name no place.
    ("The claims could not be independently verified amid the Kyiv-Moscow conflict.", {HEDGE}),
    ("Neither claim could be verified amid the war between Moscow and Kyiv.", {HEDGE}),
])
def test_placeless_hedges(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "claims control of another village", "taken three more of the region's settlements": the place unnamed.
    ("Moscow claims control over one more village in the east", {("claim", "ru", None)}),
    ("Russia says it has taken 3 more Ukraine's villages", {("claim", "ru", None)}),
    ("The Russian defence ministry says its troops have liberated both villages.", {("claim", "ru", None)}),
])
def test_unnamed_captures(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A defender holding out inside a place named before: a denial of Kyiv's, with no place.
    ("Our units still hold several blocks in the town, the brigade said.", {("denial", "ua", None)}),
    ("Ukrainian troops are holding some positions within the village, closer to its southern edge.",
     {("denial", "ua", None)}),
    ("Українські захисники досі утримують східну частину селища.", {("denial", "ua", None)}),
    ("Наші бійці тримають оборону в районі елеватора.", {("denial", "ua", None)}),
    ("Украинские подразделения удерживают южную часть поселка, сообщил представитель бригады.", {("denial", "ua", None)}),
])
def test_defenders_holding_out(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Holding along a direction or a front is the course of the fighting, not a place held.
    "Ukrainian forces are holding positions along the whole southern front.",
    "Українські підрозділи тримають оборону на Лиманському напрямку.",
    # The whole town said held, with no name: which town stays open (the story names it).
    "Наші підрозділи утримують селище, зв'язок працює.",
    # Trying to hold, or not holding, is no denial.
    "Українські військові намагаються утримати частину міста.",
    "Наші війська не контролюють цей район.",
    # A foe saying Kyiv's troops hold a district concedes nothing of its own.
    "Russia's defence ministry said Ukrainian troops still hold positions in the city.",
])
def test_holding_that_is_no_denial(sentence):
    assert not any(s[0] == "denial" and s[2] is None for s in said(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    # An account called untrue in a sentence of its own, told in Ukrainian: Kyiv's answer.
    ("Ця інформація абсолютно не відповідає дійсності.", {("denial", "ua", None)}),
    ("Речник бригади додав: такі заяви не мають нічого спільного з дійсністю.", {("denial", "ua", None)}),
    ("Повідомлення про оточення селища не відповідають дійсності.", {("denial", "ua", None)}),
])
def test_bare_untrue_accounts(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Untrue, but about no account of the war: a price, a rumour of a resignation.
    "Чутки про відставку міністра не відповідають дійсності.",
    # Russian with no one named: whose answer it is stays open.
    "Эта информация не соответствует действительности.",
])
def test_untrue_that_is_no_denial(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Villages or oblasts attacked with drones, active or passive: a strike, no settlement named.
    ("Губернатор Курской области сообщил, что ВСУ атаковали два села в области с помощью дронов.", {("claim", "ru", None)}),
    ("Губернатор Брянской области: четыре села атакованы беспилотниками ВСУ", {("claim", "ru", None)}),
    ("Увечері російські війська атакували Сумську, Полтавську та Чернігівську області.", {("claim", "ua", None)}),
    # Kyiv's words for an attack that hit something: «ворожа атака на», «внаслідок ворожої атаки».
    ("Внаслідок ворожої атаки на околиці спалахнула пожежа.", {("claim", "ua", None)}),
    ("Гучні вибухи у місті — це атака ворога на енергетичну інфраструктуру.", {("claim", "ua", None)}),
    # A strike carried out on a kind of target: the side that says so.
    ("Министерство обороны России сообщило, что ВС РФ нанесли удар по аэродрому в Полтавской области.", {("claim", "ru", None)}),
])
def test_cyrillic_strikes_with_no_settlement(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Attacks along directions are ground fighting, not strikes.
    "На Лиманському напрямку сьогодні відбулася одна ворожа атака.",
    # Strikes in general, as a pattern of the war, are no strike that happened.
    "Кремль відповідає лише новими ударами по українських містах.",
])
def test_cyrillic_attacks_that_are_no_strike(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A side admitting the foe's gain where the sentence names no settlement: its concession.
    ("Ukraine's army conceded that Russian units had entered the outskirts.", {("confirmation", "ua", None)}),
    ("Kyiv concedes Russian assault groups have advanced in the north", {("confirmation", "ua", None)}),
    ("Moscow's defence ministry admitted that Ukrainian units had broken through near the border.",
     {("confirmation", "ru", None)}),
    # A capture told in a participle before the push's aim: the capture stands.
    ("Russia's defence ministry said its troops pushed on, taking three villages in a drive aimed at seizing the whole district.",
     {("claim", "ru", None)}),
])
def test_conceded_and_participle_captures(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A concession told as background is no concession now.
    "In the spring, Kyiv had acknowledged that Russian troops had entered the district.",
    # An aim to capture counted villages is no capture.
    "Moscow said its forces were aiming to capture three more villages before the winter.",
    "Russia's defence ministry said its units were close to taking two more settlements.",
])
def test_no_concession_and_no_capture(sentence):
    assert said(sentence) == set()


def test_a_side_admitting_its_own_advance_concedes_nothing():
    assert ("confirmation", "ua", None) not in said("Kyiv acknowledged that Ukrainian troops had advanced slowly.")


@pytest.mark.parametrize(("sentence", "want"), [
    # Repulses counted after a foiled push: the negation belongs to the push, not to the repulse.
    ("Сили оборони не дали ворогу закріпитися та відбили 14 штурмів на півдні.", {("claim", "ua", None)}),
    ("Українські бійці відбили протягом доби 9 атак окупантів.", {("claim", "ua", None)}),
    # Prisoners taken: a side's gain with no settlement.
    ("Під час зачистки наші бійці взяли в полон ще сімох окупантів.", {("claim", "ua", None)}),
    ("За неделю в плен взяты 15 военнослужащих противника, сообщили в Минобороны России.", {("claim", "ru", None)}),
])
def test_repulses_and_prisoners(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Захисники не відбили 5 атак, і ворог просунувся.",
    # A prisoner taking named as a noun in someone's account is no capture told.
    "Пропаганда видала взяття в полон свого бійця за успіх.",
])
def test_no_repulse_and_no_prisoners(sentence):
    assert not any(s[0] == "claim" and s[2] is None for s in said(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    # The denier is the subject of its own clause, not a party named in the clause before.
    ("Moscow's ministry gave no comment, and a Ukrainian brigade spokesman denied the reports.", {("denial", "ua", None)}),
    ("Kyiv's army did not respond; a Russian-installed official rejected the claims.", {("denial", "ru", None)}),
    # One clause: the first party named speaks.
    ("Ukraine's General Staff denied the reports and called them fake.", {("denial", "ua", None)}),
])
def test_the_denier_of_the_last_clause(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A side saying it hit a kind of target, no settlement named: its strike claim.
    ("Kyiv said its drones hit a fuel depot overnight.", {("claim", "ua", None)}),
    ("The Russian defence ministry said its forces struck a Ukrainian command post.", {("claim", "ru", None)}),
    ("Ukraine's navy said it had destroyed two radars.", {("claim", "ua", None)}),
])
def test_strikes_on_a_kind_of_target(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Plans and a habit of striking are no strike.
    "Kyiv plans to strike Russian airfields with longer-range drones.",
    "Ukraine has struck Russian refineries repeatedly since the start of the war.",
    # Told by nobody: whose claim it is stays open.
    "Drones hit an oil depot overnight.",
])
def test_no_strike_on_a_kind_of_target(sentence):
    assert said(sentence) == set()
