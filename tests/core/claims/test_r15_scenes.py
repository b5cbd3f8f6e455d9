"""Where it happened and what happened there: a gloss after a dash names the place, not a speaker;
refuting reports of the foe still holding a place claims it; drones setting off fires strike; a
regional centre listed among regions is its region; where a place lies is geography; a place only
fought over in a clause of its own takes no capture; a town losing its people is no army's losses;
an aside closing a rebuttal names whose claim is answered."""

import pytest

from tests.core.claims.phrasing import said


def places(text: str) -> set[str | None]:
    return {place for _stance, _side, place in said(text)}


@pytest.mark.parametrize(("text", "want"), [
    # a headline's gloss of Moscow's name for the town: no Ukrainian voice after the dash
    ('Russian MoD hails "liberation of Krasnoarmeysk" — Ukraine\'s Pokrovsk', {("claim", "ru", "Pokrovsk")}),
    # refuting the foe's hold claims the place
    ("A source told TASS that reports of Ukrainian troops remaining in Siversk were fabricated.",
     {("claim", "ru", "Siversk")}),
    # ground won west of a town is an advance there
    ("Russia's army said it had taken new ground southwest of Siversk.", {("claim", "ru", "Siversk")}),
    # drones that set off a fire struck
    ("Ukrainian drones set off a fire at an oil depot in Tambov overnight, the regional governor said.",
     {("claim", "ru", "Tambov")}),
    # a regional centre named among regions is the region: the tally names no settlement
    ("The defence ministry said air defences downed 60 Ukrainian drones over several Russian regions, including Bryansk and Kursk.",
     {("claim", "ru", None)}),
])
def test_the_place_and_the_voice(text, want):
    assert said(text) == want


@pytest.mark.parametrize("text", [
    # where Hrodivka lies; Pokrovsk's news is the clause's background
    "Hrodivka lies about eight kilometres north of Pokrovsk, which Russian forces entered last week.",
    "Hrodivka is a few miles north of Pokrovsk, which Ukrainian forces retook.",
    # the repulse is in the region; the town is only fought near
    "Kyiv said its troops repelled three assaults in the Sumy region, and fighting went on near the town of Yunakivka.",
    # a town's people gone is no army's losses
    "Місто Вовчанськ втратило майже всіх своїх жителів за час війни.",
])
def test_no_event_at_the_place(text):
    assert not {p for p in places(text) if p is not None}


def test_a_place_fought_for_in_its_own_clause_takes_no_capture():
    got = said("Окупанти захопили ще два села на Лиманському напрямку, тривають бої за селище Ямпіль.")
    assert not [s for s in got if s[2] == "Yampil"]


def test_an_aside_closing_a_rebuttal_names_the_claim_answered():
    assert said("У Силах оборони наголосили, що Ямпіль під контролем ЗСУ, а оточити 15 батальйонів там фізично "
                "не можна, як заявляють росіяни.") == {("denial", "ua", "Yampil"), ("claim", "ru", "Yampil")}


@pytest.mark.parametrize(("text", "want"), [
    # «будто бы» hedges an allegation; it is no conditional mood
    ("Минобороны РФ утверждает, что Торецк будто бы полностью под их контролем, пишут журналисты.",
     {("claim", "ru", "Toretsk"), ("hedge", "other", "Toretsk")}),
    # the southern defence forces by their Russian acronym concede part of a town
    ("В СОЮ уточнили, что часть Степногорска находится под контролем российских войск.",
     {("confirmation", "ua", "Stepnohirsk")}),
    # a strike on a house is one that hit, told in Moscow's language
    ("Инцидент произошел в селе Новая Таволжанка при ударе по частному дому.", {("claim", "ru", "Novaya Tavolzhanka")}),
])
def test_russian_copy(text, want):
    assert said(text) == want


@pytest.mark.parametrize("text", [
    # the towns a road links are its ends, not where it was taken
    "Ранее сообщалось, что армия взяла под контроль трассу, связывающую Константиновку и Дружковку.",
    # shelling resumed is a trend, no strike told
    "Губернатор заявил, что ВСУ возобновили массированные обстрелы приграничных сел.",
])
def test_russian_copy_with_no_event(text):
    assert said(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # a wire's own eyes are independent evidence of a strike
    ("AFP reporters heard several explosions in Zaporizhzhia overnight.", {("confirmation", "other", "Zaporizhzhia")}),
    ("Reuters journalists saw black smoke rising over an industrial area of Dnipro.", {("confirmation", "other", "Dnipro")}),
    # the holder's word on its hold
    ("Ukraine's army denied losing Kurakhove.", {("denial", "ua", "Kurakhove")}),
    ("Defence Forces remain in Siversk, the General Staff said.", {("denial", "ua", "Siversk")}),
    # at a town's edge is an advance there
    ("Russia says its troops reached Huliaipole outskirts", {("claim", "ru", "Huliaipole")}),
])
def test_witnesses_holds_and_edges(text, want):
    assert said(text) == want


def test_towns_surrounded_in_a_later_clause_do_not_make_the_army_before_them_the_loser():
    got = said("According to Putin, Russian forces have approached Huliaipole, Krasnoarmeysk and Dimitrov are fully "
               "surrounded, and in Seversk his troops hold most buildings.")
    assert ("claim", "ru", "Siversk") in got
    assert not [s for s in got if s[0] == "confirmation"]


@pytest.mark.parametrize(("text", "want"), [
    # the capital as the government a gain matters to, not a place taken
    ("The village, Stepova Novoselivka, is one that Ukraine retook this summer, a gain that matters deeply to Kyiv.",
     {("claim", "ua", "Stepova Novoselivka")}),
    # a regional centre behind the front, named with an advance and not called a city, is its region
    ("Russian forces advanced in Zaporizhzhia, capturing two settlements, the ministry said.", {("claim", "ru", None)}),
])
def test_capitals_and_regional_centres_in_news_of_ground(text, want):
    assert said(text) == want


def test_the_villages_of_a_region_are_no_strike_on_its_centre():
    assert "Kharkiv" not in places("The villages in Kharkiv were hit by 40 drones overnight, the governor said.")


@pytest.mark.parametrize(("text", "want"), [
    # an ordinal before «корпус» names a unit, and villages «біля» a town are not the town
    ("У Третьому армійському корпусі спростували твердження окупантів про захоплення двох селищ біля Лиману.", set()),
    # a distance from a city, with «города» before its name, only places the town taken
    ("Российские войска взяли под контроль Орехов, расположенный в 50 километрах от города Запорожье, сообщило Минобороны.",
     {("claim", "ru", "Orikhiv")}),
    # a glide bomb on a city's district, told in Russian by nobody, is the hit side's report
    ("КАБ ударил по Киевскому району Харькова.", {("claim", "ua", "Kharkiv")}),
    # the enemy's units between the official and the verb are the ones that withdrew
    ("Пушилин сообщил, что подразделения противника оставили окраины Северска.", {("claim", "ru", "Siversk")}),
])
def test_russian_and_ukrainian_places_and_sides(text, want):
    assert said(text) == want


@pytest.mark.parametrize("text", [
    "Kharkiv itself has not been hit in the past day, the mayor said.",
    # an earlier strike as background
    "The Novoshakhtinsk refinery was previously hit in 2024 and supplies diesel to the army.",
    # a boast about a weapon is no shootdown
    "The new missile cannot be intercepted by any air defence, the ministry said.",
    # what is to come is no capture
    "Demining teams would enter Vovchansk as soon as the fighting stops, the governor said.",
])
def test_events_that_did_not_happen_or_have_not_yet(text):
    assert said(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # the foe stopped from advancing is the speaker's repulse, not the foe's gain conceded
    ("Russia's Defence Ministry said its forces were fighting Ukrainian units near Tetkino and had stopped them from advancing further.",
     {("claim", "ru", "Tetkino")}),
    # "the Belgorod area" is the region, not the city
    ("Russian forces lost up to 300 servicemen in the Belgorod area over the past day, the General Staff said.",
     {("claim", "ua", None)}),
])
def test_repulses_and_areas(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "bad"), [
    # a tally over a regional centre, then a count over a region: both are regions
    ("The ministry said air defences downed seven Ukrainian fixed-wing drones over Bryansk and 11 over the Kursk region.", "Bryansk"),
    # settlements counted in a regional centre's name are its region's
    ("Russia shelled six Ukrainian settlements 140 times in Zaporizhzhia over the day, the governor reported.", "Zaporizhzhia"),
])
def test_tallies_by_region_name_no_city(text, bad):
    assert bad not in places(text)
