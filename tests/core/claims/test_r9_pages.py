"""Whole stories read as a user reads them (`warfeed claims extract` on a page): what a sentence
means only beside its neighbours, and descriptions that had been read as events."""

import pytest

from tests.core.claims.phrasing import said


def test_a_mapping_project_saying_the_village_is_still_under_kyivs_control_answers_the_claim():
    story = ("Moscow said on Saturday that its troops had seized the village of Novomykolaivka.\n\n"
             "The claim could not be independently checked.\n\n"
             "A Ukrainian battlefield mapping project said the village was still under Kyiv's control.")
    got = said(story, "2025-09-13")
    assert ("denial", "other", "Novomykolaivka") in got
    assert ("denial", "other", None) not in got


def test_the_capital_named_as_a_place_is_still_no_answer_about_the_village():
    story = ("Moscow said on Saturday that its troops had seized the village of Novomykolaivka.\n\n"
             "Missiles struck Kyiv overnight, and the village was quiet, residents said.")
    assert ("denial", "other", "Novomykolaivka") not in said(story, "2025-09-13")


@pytest.mark.parametrize(("sentence", "want"), [
    # the reporter's description of a town in a relative clause is no one's claim about it
    ("Kyiv's forces fought 120 battles over the day, many of them near Pokrovsk, which is besieged by Russian troops, "
     "the General Staff said.", set()),
    ("Russian troops, who had encircled Pokrovsk, captured it after a week, the ministry said.", {("claim", "ru", "Pokrovsk")}),
])
def test_a_siege_described_in_passing(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # ground assaults counted near a town: fighting with no result
    ("The General Staff said that near Pokrovsk the enemy conducted 38 attacks over the day.", set()),
    ("Near Kupiansk, the occupiers launched 12 assaults, the General Staff said.", set()),
    # shelling counted on a town is a strike
    ("The enemy launched 40 shelling attacks on Nikopol over the day, the governor said.", {("claim", "ua", "Nikopol")}),
])
def test_assaults_counted_are_no_strike(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the enemy's flag torn down, the enemy absent: the defender answers a capture
    ("The Russian flag raised in Ryzhivka has been torn down, the brigade said.", {("denial", "ua", "Ryzhivka")}),
    ("Бійці прикордонної застави зірвали російський прапор у Рижівці, повідомили в ДПСУ.", {("denial", "ua", "Ryzhivka")}),
    ("There is no occupant presence in Ryzhivka, the regional governor said.", {("denial", "ua", "Ryzhivka")}),
    # a flag raised is the other side's claim
    ("Russian paratroopers raised a flag over Ryzhivka, the ministry said.", {("claim", "ru", "Ryzhivka")}),
])
def test_a_flag_torn_down(sentence, want):
    assert said(sentence, "2025-06-10") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv holding on the Dnipro's left bank, which Moscow holds, claims a bridgehead; it denies nothing
    ("Ukrainian paratroopers are holding positions in Krynky on the Dnipro's left bank, the Navy said.", {("claim", "ua", "Krynky")}),
    # ... unless it still holds there, against a claim to have cleared it
    ("Ukrainian paratroopers still hold positions in Krynky on the Dnipro's left bank, the Navy said.", {("denial", "ua", "Krynky")}),
    # a defender holding a village on Kyiv's side of the front denies its loss
    ("Ukrainian paratroopers still hold positions in Kupiansk, the General Staff said.", {("denial", "ua", "Kupiansk")}),
])
def test_holding_on_the_left_bank(sentence, want):
    assert said(sentence, "2024-01-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # what was hit names its foe as the teller: a side's army hitting the other's forces
    ("An officer said Russian guns struck a Ukrainian fuel depot in Druzhkivka overnight.", {("claim", "ru", "Druzhkivka")}),
    ("The commander said his drone crews destroyed a Russian infantry fighting vehicle near Stavky.", {("claim", "ua", "Stavky")}),
    ("The ministry said its forces had hit a Ukrainian ammunition depot near Dobropillia.", {("claim", "ru", "Dobropillia")}),
    # a town shelled by the troops opening the sentence is told by the side that was hit
    ("Russian troops also shelled the village of Hremiach, damaging a school, Chaus said.", {("claim", "ua", "Hremiach")}),
    # a raid beaten back names the teller's foe
    ("Border guards said they repelled a Russian raid near Sopych.", {("claim", "ua", "Sopych")}),
])
def test_the_side_hit_names_the_teller(sentence, want):
    assert said(sentence, "2026-02-10") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # where the speaking unit stands, a unit named after a town, a newsroom named after a town: no event there
    ("The commander of a Ukrainian brigade operating near Lyman said his men repelled nine assaults near Drobysheve.",
     {("claim", "ua", "Drobysheve")}),
    ("Guards of the Sumy border detachment repelled a Russian sabotage group near Sopych, the service said.",
     {("claim", "ua", "Sopych")}),
    ("A guided bomb hit a house in Bohuslavka, injuring a man, the district administration told Suspilne Kharkiv.",
     {("claim", "ua", "Bohuslavka")}),
    # a forecast of more attacks is no strike
    ("The enemy is regrouping south of Orikhiv and may increase the intensity of attacks, Voloshyn said.", set()),
])
def test_names_that_only_say_where_or_who(sentence, want):
    assert said(sentence, "2026-02-10") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a governor's "air defence engaged over the town" is a shootdown there
    ("Над Белгородом сработала система ПВО, сообщил губернатор.", {("claim", "ru", "Belgorod")}),
    ("Над Сумами відпрацювала ППО, повідомили в ОВА.", {("claim", "ua", "Sumy")}),
    # footage described by its noun is evidence; Kyiv's troops shown in a part of the town answer a capture
    ("Аналітики зазначили, що кадри від 5 березня показують українських військових у північних кварталах Куп'янська.",
     {("denial", "other", "Kupiansk")}),
    ("Аналітики ISW зазначили, що матеріали від 3 березня свідчать про просування росіян у південній частині Мирнограда.",
     {("confirmation", "other", "Myrnohrad")}),
    # no gain made, told in Kyiv's words
    ("Речник угруповання наголосив, що ворогу не вдається оточити Покровськ.", {("denial", "ua", "Pokrovsk")}),
    ("«Продвижение врага в самом Купянске не зафиксировано», — сказал Трегубов.", {("denial", "ua", "Kupiansk")}),
    # the enemy destroyed there, in the passive
    ("Противник був знищений у забудові на околиці Сіверська, повідомили в бригаді.", {("claim", "ua", "Siversk")}),
])
def test_russian_and_ukrainian_bulletins(sentence, want):
    assert said(sentence, "2026-03-06") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a week ago is this war's news, not its history
    ("Неделю назад подразделения группировки «Центр» заняли Новогродовку, сообщили в Минобороны.",
     {("claim", "ru", "Novohrodivka")}),
    ("Тиждень тому росіяни захопили Новогродівку, визнали в угрупованні.", {("confirmation", "ua", "Novohrodivka")}),
    # the enemy being destroyed in a town, by its noun
    ("У Покровську тривають пошуково-штурмові дії та ліквідація противника в міській забудові, повідомили в Генштабі.",
     {("claim", "ua", "Pokrovsk")}),
    # ... but the aftermath of a strike being dealt with is no loss
    ("У Покровську тривають роботи з ліквідації наслідків удару, повідомили в ОВА.", {("claim", "ua", "Pokrovsk")}),
])
def test_recent_days_and_the_enemy_destroyed(sentence, want):
    assert said(sentence, "2025-11-05") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a front's past in a closing where-clause does not date the news
    ("Ukrainian troops have retaken Zatyshshia, the Southern Defence Forces said, a rare gain on a front where Russia "
     "has pushed forward for months.", {("claim", "ua", "Zatyshshia")}),
    # ... but a strike told as lasting for months is still no strike of the day
    ("Russian guns have shelled Kherson almost daily for months, the governor said.", set()),
    # a mapping group's mark
    ("DeepState has marked Sichneve as occupied on its map.", {("confirmation", "other", "Sichneve")}),
    # a share of the town held, conceded by its defender
    ("A Ukrainian commander admits Russians hold parts of Vovchansk", {("confirmation", "ua", "Vovchansk")}),
    # no control, and a capture named in scorn, deny it
    ('"There is no Russian control over Vovchansk as a whole," Trehubov said.', {("denial", "ua", "Vovchansk")}),
    ("The so-called capture of Vilcha is nothing more than an attempt by the Russians to reach the village, Trehubov said.",
     {("denial", "ua", "Vilcha")}),
    # a side's light vehicles destroyed are its losses, told by its foe
    ("Ukrainian drones destroyed a Russian fuel truck near Stavky, the brigade said.", {("claim", "ua", "Stavky")}),
])
def test_english_bulletins_and_wires(sentence, want):
    assert said(sentence, "2026-03-12") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a governor's tally: whose drones says whose governor, even over a region named by its Ukrainian oblast
    ("Air defence intercepted 11 Ukrainian drones over the Zaporozhye region overnight, the governor's office said.",
     {("claim", "ru", None)}),
    # the target used by the other side's army: the ministry hitting it is the other side's
    ("Missile troops struck fuel depots used by the Ukrainian army in 60 areas, according to the ministry.", {("claim", "ru", None)}),
    # Moscow's bulletin counts by its battlegroups' areas
    ('"The enemy lost up to 300 servicemen in the battlegroup\'s area of responsibility," the commander said.',
     {("claim", "ru", None)}),
    # the side that opens the sentence did the destroying
    ("Ukrainian forces destroyed four enemy boats over the past day.", {("claim", "ua", None)}),
    ("Russian forces lost 300 men over the day.", {("claim", "ua", None)}),
])
def test_tallies_with_no_settlement(sentence, want):
    assert said(sentence, "2026-03-12") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a closing which-clause about the region's lot does not make the tally a lasting state
    ("The ministry said nine drones were downed over Belgorod region, which is subjected to almost daily Ukrainian attacks.",
     {("claim", "ru", None)}),
    # villages shelled by the troops opening the sentence: the side that was hit tells it
    ("He said Ukrainian forces had shelled about 12 villages over the day.", {("claim", "ru", None)}),
])
def test_tallies_told_around_them(sentence, want):
    assert said(sentence, "2026-03-12") == want


def test_the_other_sides_army_struck_is_no_claim_of_the_side_hit():
    got = said("Over the day, Ukraine's Air Force struck seven areas where Russian personnel were concentrated.", "2026-03-12")
    assert ("claim", "ru", None) not in got


@pytest.mark.parametrize(("sentence", "want"), [
    # a part of a town names it even when its name is also a common word
    ("Footage shows Ukrainian troops still operating in central Stepove, contrary to Russian milblogger claims that "
     "Russian forces had cleared the village.", {("claim", "ru", "Stepove"), ("denial", "other", "Stepove")}),
    # a hit told with "hit", a count of reports that is no speaker
    ("Russian troops hit residential areas of two villages in the region, damaging nine houses.", {("claim", "ua", None)}),
    ("Over the day Russian troops carried out 400 strikes on 12 settlements, and 25 reports of damage were received, "
     "Ivan Fedorov reported.", {("claim", "ua", None)}),
])
def test_parts_of_towns_hits_and_counted_reports(sentence, want):
    assert said(sentence, "2026-02-02") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a side's service opening the sentence tells its own hit, wherever it landed
    ("Units of the Unmanned Systems Forces also hit the Saratov refinery, according to the statement.", {("claim", "ua", "Saratov")}),
    # ... while a governor tells the hit his region took
    ("Ukrainian drones hit the Saratov refinery, the governor said.", {("claim", "ru", "Saratov")}),
    # a boat of the other side sunk: the sinker's claim
    ("The Navy said its sea drones had sunk a Russian landing boat off Chornomorske.", {("claim", "ua", "Chornomorske")}),
    # the accuser speaks, not the accused
    ("Russian-installed officials accuse Ukrainian forces of shelling Oleshky, where they say two civilians were killed.",
     {("claim", "ru", "Oleshky")}),
])
def test_who_tells_a_strike(sentence, want):
    assert said(sentence, "2026-02-02") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's English -oye spellings of villages the gazetteer holds as -oe, and the other way round
    ("Ukrainian artillery shelled Dneprorudnoye, damaging a school, Balitsky said.", {("claim", "ru", "Dniprorudne")}),
    # «Отрадное» with its oblast named is that oblast's village
    ("Подразделения группировки «Запад» освободили населенный пункт Отрадное Харьковской области.", {("claim", "ru", "Odradne")}),
    ("Бойцы «Востока» освободили Отрадное Днепропетровской области.", {("claim", "ru", "Vidradne")}),
    # a spelling the press uses for a Russian border town
    ("Two injured as drone hits car in Russia's Graivoron, governor says", {("claim", "ru", "Grayvoron")}),
])
def test_moscows_and_the_presss_spellings(sentence, want):
    assert said(sentence, "2025-11-20") == want


def test_a_condition_claims_nothing():
    sentence = ("Russian war bloggers suggest that if Ukrainian defences around Kurakhove are breached, Russian forces "
                "could advance towards Zaporizhzhia.")
    assert said(sentence, "2024-11-28") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a bearing that places a road or a tree line places the event near the one town named
    ("Ukrainian drones destroyed a Russian fuel truck on the road west of Dachenske, the brigade said.",
     {("claim", "ua", "Dachenske")}),
    ("Geolocated footage indicates that Russian forces recently advanced along a tree line west of Derylove.",
     {("confirmation", "other", "Derylove")}),
    # ... but with a village named first, the town after the bearing only says where that village is
    ("Russian forces seized Yehorivka, southeast of Huliaipole, the ministry said.", {("claim", "ru", "Yehorivka")}),
    # ... and a distance makes it only a reference point
    ("Drones destroyed a Russian truck on the road 20 km west of Dachenske, the brigade said.", set()),
])
def test_bearings_from_the_one_town_named(sentence, want):
    assert said(sentence, "2025-09-12") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("BBC Verify: video does show Russian soldiers in Zolotyi Kolodiaz", {("confirmation", "other", "Zolotyi Kolodiaz")}),
    ("Pushilin: Russian units on the outskirts of Raigorodok", {("claim", "ru", "Raihorodok")}),
])
def test_headline_shapes(sentence, want):
    assert said(sentence, "2025-10-02") == want
