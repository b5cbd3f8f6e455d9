"""Phrasings drawn from real and hand-written reporting read this release: whose voice a Cyrillic
sentence speaks in, communities as areas, answers to a claim (scorn, myth, "far from"), a capital
struck, a bulletin's tallies, wire leads with asides, attempts stopped or foiled, forecasts, dated
recaps and the edges of each rule.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # Ukrainian past tense in -ували («атакували»; Russian writes «атаковали») and «знову», «зазнав»:
    # the hit side's own headline.
    ("Дрони атакували Херсон", {("claim", "ua", "Kherson")}),
    ("Херсон знову зазнав удару", {("claim", "ua", "Kherson")}),
    # the same headline in Russian is Moscow's side's language
    ("Беспилотники атаковали Белгород", {("claim", "ru", "Belgorod")}),
])
def test_a_headline_without_telling_letters(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's «силы обороны» in lower case, quoted in Russian by a Ukrainian outlet: attacks repelled, Kyiv's claim.
    ("«За сутки подразделения сил обороны Украины отразили атаки противника в районах населенных пунктов "
     "Терны и Невельское», – говорится в сообщении.", {("claim", "ua", "Terny"), ("claim", "ua", "Nevelske")}),
    # Moscow's air defence («силы ПВО») is no such word.
    ("За сутки силы ПВО сбили над Белгородом 12 беспилотников.", {("claim", "ru", "Belgorod")}),
])
def test_kyivs_forces_named_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «та же» is Russian («the same»), not Ukrainian «та» («and»); «сутки», «под», «от» are Russian words.
    ("По итогам суток та же группировка взяла под контроль село Шандриголово.", {("claim", "ru", "Shandryholove")}),
    # and the same sentence in Ukrainian is Kyiv's
    ("Та ж група військ захопила село Шандриголове, визнали в Генштабі.", {("confirmation", "ua", "Shandryholove")}),
])
def test_russian_words_without_russian_letters(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a capture verb introduces a village in Moscow's spelling the gazetteer lacks (Ukrainian «Стариця»)
    ("Подразделения группировки «Север» освободили Старицу, сообщило Минобороны.", {("claim", "ru", "Starytsia")}),
    # and a name after a verb that is no village is left alone
    ("Силовики освободили Ивана после допроса.", set()),
])
def test_a_village_after_a_capture_verb(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The outlet's own "Background:" paragraph recalls what happened before the story.
    ("Background: Russian forces captured Krokhmalne, the ISW said.", set()),
    ("Довідково: у вересні ЗСУ повернули контроль над Куп'янськом.", set()),
    # without the label the same report is news
    ("Analysts reported that Russian units had taken Krokhmalne.", {("confirmation", "other", "Krokhmalne")}),
])
def test_an_outlets_background_paragraph(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Scorn and "far from" answer the other side's claim; they concede nothing.
    ("Kyiv scorned Moscow's claims to have taken Chasiv Yar.", {("claim", "ru", "Chasiv Yar"), ("denial", "ua", "Chasiv Yar")}),
    # "not far from capturing" is no denial
    ("Russian troops are not far from capturing Siversk, the Ukrainian commander said.", {("confirmation", "ua", "Siversk")}),
    ("A Ukrainian brigade spokesman said the Russians were 'still far' from capturing Siversk.", {("denial", "ua", "Siversk")}),
    # «міф», «миф»: a claim called a myth
    ("У бригаді назвали міфом заяви про захоплення Сіверська.", {("denial", "ua", "Siversk")}),
    ("В ВСУ назвали мифом сообщения о взятии Северска.", {("denial", "ua", "Siversk")}),
    # a Ukrainian official conceding the loss is still a concession
    ("Ukraine's army said its troops had withdrawn from Siversk to save lives.", {("confirmation", "ua", "Siversk")}),
])
def test_scorn_and_myth_answer_a_claim(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capital struck is the city, not its government: "hit by", "came under", «подвергся».
    ("Kyiv hit by cruise missiles overnight, three hurt, mayor says", {("claim", "ua", "Kyiv")}),
    ("Kyiv came under a combined missile and drone attack before dawn, the city administration said.",
     {("claim", "ua", "Kyiv")}),
    # "the largest attack of the war on Kyiv" is on the city ("Russia's war on Kyiv" is on the state)
    ("Russia launched the heaviest drone attack of the war on Kyiv overnight, killing two people, city officials said.",
     {("claim", "ua", "Kyiv")}),
    # a headline's plural subject: "bombs kill three"
    ("Russian glide bombs kill two in Kostiantynivka, regional governor says", {("claim", "ua", "Kostiantynivka")}),
    ("Russian troops try to kill the town's morale, Kupiansk officials say", set()),
    # "Kyiv rejected" still speaks
    ("Kyiv rejected Moscow's claim to have captured Kupiansk.", {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
])
def test_a_capital_struck_and_plural_headlines(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "had not established control" denies a capture
    ("A Ukrainian army spokesman said Andriivka was contested and Russian forces had not established control there.",
     {("denial", "ua", "Andriivka")}),
    # holding on "despite constant shelling" is news; the shelling is its circumstance, not its date
    ("Ukraine's army said its troops continued to hold the northern districts of Pokrovsk despite constant drone attacks.",
     {("denial", "ua", "Pokrovsk")}),
])
def test_defenders_who_still_hold(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Evidence of the defender still there or winning ground back is evidence against the capture.
    ("Geolocated video from last week shows Ukrainian infantry moving through the eastern outskirts of Toretsk, "
     "an open-source group said.", {("denial", "other", "Toretsk")}),
    ("Russian bloggers claimed Myrnohrad was encircled, but geolocated footage from Monday shows Ukrainian vehicles "
     "moving into Myrnohrad.", {("claim", "ru", "Myrnohrad"), ("denial", "other", "Myrnohrad")}),
    ("Ukrainian forces have cleared Russian infiltration groups from the centre of Kupiansk, the ISW said.",
     {("denial", "other", "Kupiansk")}),
    # and of the attacker there, for it
    ("Geolocated footage shows Russian infantry raising a flag in the centre of Toretsk, the ISW said.",
     {("confirmation", "other", "Toretsk")}),
])
def test_evidence_of_who_is_there(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a breakthrough into a town denied is a capture denied
    ("Kyiv's army denies a Russian breakthrough into Siversk", {("denial", "ua", "Siversk")}),
    ("A breakthrough in the talks was expected in Geneva, diplomats said.", set()),
    # buildings or blocks taken inside a town are a gain there (Moscow's old name for Myrnohrad)
    ("Russian troops took 30 more buildings in Dimitrov over the day, the defence ministry said.",
     {("claim", "ru", "Myrnohrad")}),
    # Moscow's spelling of a two-word village whose last word alone is a namesake elsewhere
    ("The ministry said its forces had liberated Zelyony Gai in the Zaporozhye region.",
     {("claim", "ru", "Zelenyi Hai")}),
])
def test_breakthroughs_buildings_and_two_word_spellings(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the daily tallies of a side's bulletin: losses, the enemy's dead, settlements under fire
    ("Russian losses over the past day came to 1,020 personnel and 12 artillery systems.", {("claim", "ua", None)}),
    ("Ukrainian losses in the zone of the Tsentr group amounted to up to 480 servicemen.", {("claim", "ru", None)}),
    ("Over the day, the grouping's units eliminated up to 85 Ukrainian servicemen and two pickups.", {("claim", "ru", None)}),
    ("Over the day, the Defence Forces destroyed 210 occupiers and 35 units of equipment, the spokesman said.",
     {("claim", "ua", None)}),
    ("Over the past day, 21 settlements of the region came under enemy fire.", {("claim", "ua", None)}),
    # settlements north of a town under fire: the town only says where they lie
    ("North of the town of Kupiansk, 12 settlements came under Russian fire, the governor said.", set()),
    # a soldier counted as speaking still speaks
    ("A Ukrainian serviceman told reporters that Russian troops had entered Kupiansk.", {("confirmation", "ua", "Kupiansk")}),
])
def test_a_bulletins_tallies(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a reporter who cannot confirm a push, the extent of an advance, or a headline's "no independent confirmation"
    ("The reported push into Huliaipole could not be confirmed, and Kyiv did not comment on it.",
     {("hedge", "other", "Huliaipole")}),
    ("The extent of the Ukrainian counterattack could not be independently confirmed.", {("hedge", "other", None)}),
    ("Russian troops raise flag over Kupiansk; no independent confirmation", {("hedge", "other", "Kupiansk")}),
    # a silence alone is no claim
    ("Moscow did not comment on the strike on Kupiansk.", set()),
])
def test_what_a_reporter_cannot_confirm(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an unnamed ministry telling of assault units pushing into a town is Moscow's (Kyiv's General Staff tells of its own)
    ("The ministry said assault groups had also pushed into the southern districts of Kostiantynivka.",
     {("claim", "ru", "Kostiantynivka")}),
    # debris that has fallen is no town that has fallen
    ("The mayor said drone debris had fallen in three districts and a school in Kyiv's Darnytskyi district was hit.",
     {("claim", "ua", "Kyiv")}),
    ("Siversk has fallen, a Russian war correspondent said.", {("claim", "ru", "Siversk")}),
])
def test_a_ministrys_advance_and_fallen_debris(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an adverb opening a sentence that GeoNames also lists as a town's other name
    ("Частково пошкоджено дах і вікна у Херсоні, повідомили в ОВА.", {("claim", "ua", "Kherson")}),
    ("Звідки запустили дрони, не уточнюється.", set()),
    # forecasts and a capture still to come
    ("Analysts: Ukrainian forces likely to retake Lyman within the next 48 hours", set()),
    ("Пушилин заявил, что армия России приближается к освобождению Северска.", set()),
    # efforts spent on attempts to capture, and no result
    ("Основні зусилля ворог зосереджує на спробах захоплення Сіверська.", set()),
    # attempts foiled are a repulse
    ("Бойцы бригады сорвали попытки противника прорваться в Северск, говорится в сообщении Генштаба ВСУ.",
     {("claim", "ua", "Siversk")}),
])
def test_openings_forecasts_and_attempts(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Russian military officials said on Friday their troops had fully captured Vovchansk.", {("claim", "ru", "Vovchansk")}),
    # a description dating the town or the fighting does not date the capture
    ("Moscow's defence ministry said its units had completed the capture of Siversk, a town that has been on the "
     "front line since 2022.", {("claim", "ru", "Siversk")}),
    ("Russia said its troops had taken Chasiv Yar after fighting that began in the spring of 2024.",
     {("claim", "ru", "Chasiv Yar")}),
    # a withdrawal told beside what the enemy had tried for a year
    ("Ukraine's army acknowledged that its troops had pulled out of Siversk, the town Russia has been trying to take "
     "for over a year.", {("confirmation", "ua", "Siversk")}),
    # shelling as the backdrop of a gain conceded
    ("Ukrainian officers conceded that Russian troops had entered parts of Kostiantynivka, and said roads were under "
     "constant drone fire.", {("confirmation", "ua", "Kostiantynivka")}),
    # the army's general staff speaks, not Moscow named in an aside
    ("Ukrainian troops pushed Russian forces out of Zolotyi Kolodiaz, where Moscow's units had broken through, the "
     "army's general staff said.", {("claim", "ua", "Zolotyi Kolodiaz")}),
])
def test_wire_leads_with_asides(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # attempts stopped or thwarted are repulses, told by the side that stopped them
    ("Ukrainian units stopped an enemy attempt to break through toward Pokrovsk, the brigade said.", {("claim", "ua", "Pokrovsk")}),
    ("The ministry said a Ukrainian attempt to break through near Glushkovo had been thwarted.", {("claim", "ru", "Glushkovo")}),
    ("The Ukrainian military said Russian efforts to attack from the north, near Siversk, had been rebuffed.",
     {("claim", "ua", "Siversk")}),
    # attacking from the south near villages is fighting without a result
    ("Russian forces have also been attacking from the east, near Bilytske and Rodynske, Ukrainian officers said.", set()),
])
def test_attempts_stopped_and_attacks_from_a_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "day", "want"), [
    # a part of a year or of a month, judged against the story's own date
    ("The fall of Siversk in late 2025 opened the road to Sloviansk.", "2026-01-20", set()),
    ("Vuhledar, which Russian forces seized in early October, is now a staging area.", "2024-11-20", set()),
    ("Russia said its forces had seized Vuhledar in early October.", "2024-10-20", {("claim", "ru", "Vuhledar")}),
])
def test_parts_of_a_year_and_a_month(sentence, day, want):
    assert said(sentence, day) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "with X claiming that ...": X speaks
    ("Moscow went further, with Russia's military claiming that its troops had surrounded Ukrainian units in Kupiansk.",
     {("claim", "ru", "Kupiansk")}),
    # footage published on a day is dated evidence, whoever filmed it
    ("Footage published on Tuesday shows Ukrainian troops still operating in Vovchansk, contradicting Moscow's claims.",
     {("denial", "other", "Vovchansk")}),
    ("Video posted on Sunday shows Russian soldiers raising a flag in central Siversk.", {("confirmation", "other", "Siversk")}),
])
def test_claiming_that_and_dated_footage(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's bulletin in English: a misspelt village beside Kyiv's spellings is still Kyiv's spelling
    ("In the Lyman direction, our soldiers repelled 5 attacks in the areas of Terni, Torske and Zarichne settlements "
     "of the Donetsk region.", {("claim", "ua", "Terny"), ("claim", "ua", "Torske"), ("claim", "ua", "Zarichne")}),
    # the bulletin's heading names a direction, not a place
    ("In the direction of Lyman, our defenders repelled 12 attacks near Torske and Zarichne.",
     {("claim", "ua", "Torske"), ("claim", "ua", "Zarichne")}),
])
def test_a_general_staff_bulletin_in_english(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «генерали путінські доповіли»: Moscow's commanders reporting, in Kyiv's words
    ("Путінські генерали доповіли, що вже зачищають центр Сіверська.", {("claim", "ru", "Siversk")}),
    ("Герасимов доложил Путину об освобождении Северска.", {("claim", "ru", "Siversk")}),
    # attempts to establish control, and axes named by their two ends, are no event at a place
    ("Російські війська не припиняють спроб встановити контроль над Сіверськом.", set()),
    ("Ворог намагався покращити тактичне положення в напрямках Сіверськ – Званівка та Торське – Ямпіль.", set()),
])
def test_generals_reporting_attempts_and_axes(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "places"), [
    # Moscow's bulletin lists regions as "the territories of X, Y and Z": no city among them
    ("The ministry said drones were downed over the territories of Belgorod, Kursk and Voronezh overnight.", set()),
    ("The ministry said a drone was downed over the city of Kursk overnight.", {"Kursk"}),
])
def test_territories_of_regions(sentence, places):
    assert {place for _stance, _side, place in said(sentence) if place} == places


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's services by name speak for Kyiv
    ("Ukrainian Ground Forces confirmed their withdrawal from the village of Krokhmalne.",
     {("confirmation", "ua", "Krokhmalne")}),
    ("The Ukrainian Naval Forces said they had struck a Russian landing ship near Sevastopol.",
     {("claim", "ua", "Sevastopol")}),
])
def test_kyivs_services_by_name(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "day", "want"), [
    # an event the sentence dates days before the story's own day is older news recalled
    ("On October 12, Russian drones struck an energy site in Chernihiv, injuring two.", "2025-10-20", set()),
    ("24 августа ВС РФ освободили село Филия в Днепропетровской области.", "2025-08-30", set()),
    # the day before, or the same day, is the story's news
    ("On October 19, Russian drones struck an energy site in Chernihiv, injuring two.", "2025-10-20",
     {("claim", "ua", "Chernihiv")}),
])
def test_an_event_dated_days_before_the_story(sentence, day, want):
    assert said(sentence, day) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a headline's passive that opens with the town
    ("Siversk taken after months of fighting, Moscow says", {("claim", "ru", "Siversk")}),
    ("Kupiansk captured by Russian troops, defence ministry says", {("claim", "ru", "Kupiansk")}),
    # a name opening a sentence about something else taken is no such headline
    ("Zelensky taken aback by the scale of the attack, aides say", set()),
])
def test_a_headlines_passive_capture(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «невдалі спроби», «неудачные атаки»: attempts that failed are a repulse, told by the defender
    ("Окупанти зробили невдалі спроби прорватися в околицях Сіверська, повідомили в бригаді.", {("claim", "ua", "Siversk")}),
])
def test_failed_attempts_in_ukrainian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # ", all close to X" after a list: X only locates the villages
    ("The General Staff said its troops repelled assaults near Torske and Zarichne, both close to Lyman.",
     {("claim", "ua", "Torske"), ("claim", "ua", "Zarichne")}),
])
def test_a_town_that_locates_a_list(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the edges of this release's rules
    ("Avdiivka has fallen into Russian hands, the Russian defence ministry said.", {("claim", "ru", "Avdiivka")}),
    ("Russian forces did not establish control over Andriivka, the Ukrainian army said.", {("denial", "ua", "Andriivka")}),
    ("Russian glide bombs kill 12 in Kostiantynivka, officials say", {("claim", "ua", "Kostiantynivka")}),
    ("Kurakhove taken, Moscow says", {("claim", "ru", "Kurakhove")}),
    ("Soldiers captured by Russian troops near Pokrovsk, Kyiv says", set()),
    ("Near Pokrovsk, Ukrainian commanders said Russian troops had entered the city.", {("confirmation", "ua", "Pokrovsk")}),
    ("Russian drones hit an energy site in Kharkiv overnight and power will be back within the next 24 hours, "
     "the mayor said.", {("claim", "ua", "Kharkiv")}),
    ("Zelensky hailed a breakthrough in drone production in Kharkiv.", set()),
    ("Россия пытается сорвать наступление ВСУ под Купянском.", set()),
])
def test_the_edges_of_this_releases_rules(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «що може говорити про ...» ("which may point to") is no one speaking
    ("Окупанти нарощують удари КАБами по Запоріжжю, що може говорити про підготовку наступу.", {("claim", "ua", "Zaporizhzhia")}),
])
def test_what_may_point_to(sentence, want):
    assert said(sentence) == want


def test_the_distance_to_a_town_names_no_event_there():
    # «скоротивши відстань до Покровська»: how near they came, nothing happened in Pokrovsk
    got = said("Росіяни зайняли Новоолександрівку, скоротивши відстань до Покровська.")
    assert {place for _stance, _side, place in got} == {"Novooleksandrivka"}


@pytest.mark.parametrize(("sentence", "want"), [
    # a capital pounded or hit is the city struck, not the government speaking
    ("Russia pounded Kyiv with missiles before dawn, killing three people, city officials said.", {("claim", "ua", "Kyiv")}),
    ("Kyiv dismissed Moscow's account of the strike.", set()),
])
def test_a_capital_as_what_was_struck(sentence, want):
    assert {t for t in said(sentence) if t[2]} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a headline's "Analysts:" speaks; "reach the outskirts" is a gain; "still in its hands" a defender's denial
    ("Analysts: Russian troops reach outskirts of Siversk", {("confirmation", "other", "Siversk")}),
    ("Ukrainian army says Siversk still in its hands", {("denial", "ua", "Siversk")}),
])
def test_headline_analysts_outskirts_and_hands(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's General Staff bulletin quoted in Russian: «авиационным ударам подверглись населенные пункты ...»
    ("За сутки авиационным ударам подверглись населенные пункты Торское и Серебрянка.",
     {("claim", "ua", "Torske"), ("claim", "ua", "Serebrianka")}),
])
def test_kyivs_bulletin_of_air_strikes_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a repulse told beside fighting that goes on elsewhere: the repulse's place only
    ("Ukrainian defenders repelled an attack near Torske, while fighting continues near Zarichne.", {("claim", "ua", "Torske")}),
    # fighting going on, told alone, is still no result
    ("Fighting continues near Zarichne, the reporter said.", set()),
])
def test_a_repulse_beside_fighting_elsewhere(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's bulletin counts the enemy's losses by its groupings' zones of responsibility
    ("The enemy's losses in the zone of responsibility of the Vostok group amounted to up to 240 servicemen.",
     {("claim", "ru", None)}),
])
def test_losses_by_a_groupings_zone(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a campaign to push a fleet out of a port is a goal, nothing taken
    ("A Ukrainian navy spokesman said the strikes were part of a campaign to push the Black Sea Fleet out of Sevastopol.", set()),
])
def test_a_campaign_to_push_out(sentence, want):
    assert {t for t in said(sentence) if t[2]} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # footage of the defender "in control of" a village is evidence against its capture
    ("The broadcaster geolocated a video showing Ukrainian troops in control of Vovchansk.", {("denial", "other", "Vovchansk")}),
    # a town described as under threat "since the early weeks of the invasion" is background
    ("The villages are 20 km from central Kharkiv, which has been nearly encircled by Russian forces since the early "
     "weeks of the invasion.", set()),
])
def test_in_control_and_early_weeks(sentence, want):
    assert {t for t in said(sentence) if t[2]} == want
