"""Who tells it when the sentence names nobody or names a relay: the ousted side is no teller of its
ousting; Kyiv's state agency and public broadcaster named in English copy speak in Kyiv's voice;
geolocators are independent; an attack told with its weapons after a comma is still a strike."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("text", "want"), [
    # the ousted troops are what the sentence is about, not who tells it: their foe's account
    ("Ukrainian units were driven out of Novenke by paratroopers.", {("claim", "ru", "Novenke")}),
    # Kyiv's state agency and public broadcaster in English copy
    ("Russian artillery shelled the village of Bilozerka overnight, Suspilne reported.", {("claim", "ua", "Bilozerka")}),
    ("A guided bomb hit a shop in Kupiansk, Ukrinform said.", {("claim", "ua", "Kupiansk")}),
    # geolocators are an independent voice whatever they are called
    ("Independent geolocators say Russian troops have reached the centre of Pokrovsk.",
     {("confirmation", "other", "Pokrovsk")}),
    # the weapons named after a comma still make the attack a strike on the town
    ("Last night the enemy attacked Belgorod, using drones.", {("claim", "ru", "Belgorod")}),
])
def test_tellers_named_by_no_verb_of_their_own(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the reporter's own statement of who holds a town it opens the sentence with
    ("Vovchansk itself is now almost entirely under Russian control.", {("confirmation", "other", "Vovchansk")}),
    ("The town of Kupiansk remains under Ukrainian control.", {("denial", "other", "Kupiansk")}),
    # a hold dated from its start is background
    ("Enerhodar has been under Russian control since March 2022.", set()),
])
def test_a_hold_narrated_by_the_reporter(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the closing description dates the push or the siege, not the capture
    ("Moscow said on Tuesday its troops had taken Novopavlivka in eastern Ukraine, a village they had tried to encircle for months.",
     {("claim", "ru", "Novopavlivka")}),
    ("Russia's defence ministry said its forces had captured Ivanivka and Zelenyi Hai in the south, part of an offensive that "
     "has gathered pace since the summer.", {("claim", "ru", "Ivanivka"), ("claim", "ru", "Zelenyi Hai")}),
    # an aim inside the description of the place taken is the place's, and the place it points to is no capture
    ("Moscow said its troops had broken into Mala Tokmachka, a village 8 km from Orikhiv, which analysts call a key stepping "
     "stone toward Zaporizhzhia.", {("claim", "ru", "Mala Tokmachka")}),
    # the aim of the sentence itself still rules
    ("Russian troops are trying to capture Stepnohirsk, which is a key stepping stone toward Zaporizhzhia.", set()),
    # a unit's press service tells of its own withdrawal
    ("To avoid encirclement, units of the Corps pulled back from Kotliarivka, the Corps press service said.",
     {("confirmation", "ua", "Kotliarivka")}),
])
def test_what_a_closing_description_does_not_change(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the side's army shelling a town across the border with no one named: the side that was hit tells it
    ("The Armed Forces of Ukraine shelled Tetkino, damaging a power line.", {("claim", "ru", "Tetkino")}),
    # a closing description with a number in it ("1,500") still ends where the sentence does
    ("Russia's defence ministry said its troops had taken Ostrivske, a village south of Huliaipole that had around "
     "1,500 residents before the 2022 invasion.", {("claim", "ru", "Ostrivske")}),
    # the defender's quoted words of holding
    ('Kyiv said its troops "fully control" the town of Kostiantynivka.', {("denial", "ua", "Kostiantynivka")}),
])
def test_who_was_hit_and_who_holds(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Kyiv's words for a capture that did not happen: no capture at all, an unreliable report, a fantasy
    ("Жодного захоплення Лимана немає, – заявив речник угруповання.", {("denial", "ua", "Lyman")}),
    ("Повідомлення про оточення Мирнограда – недостовірні, наголосили в корпусі.", {("denial", "ua", "Myrnohrad")}),
    ("Окупанти нафантазували взяття Сіверська.", {("denial", "ua", "Siversk")}),
    # no enemy troops in the town, the troops named after the word of absence
    ("У Костянтинівці немає російських підрозділів, заявив речник.", {("denial", "ua", "Kostiantynivka")}),
    # an intent set off by a dash is still only an intent
    ("Намір ворога простий – оточити Костянтинівку з півночі.", set()),
    # the foe's hold of part of a town, told in Kyiv's language by nobody: conceded
    ("Ситуація складна: частина Сіверська перебуває під контролем російських військ.", {("confirmation", "ua", "Siversk")}),
])
def test_kyivs_words_in_ukrainian_for_a_capture_denied_or_conceded(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Kyiv's English word for its foe, whose gain it tells: a concession
    ("Russian occupiers are advancing in Vovchansk, though almost no buildings are left standing there.",
     {("confirmation", "ua", "Vovchansk")}),
    ("The invaders managed to enter Toretsk.", {("confirmation", "ua", "Toretsk")}),
    # attempts are no gain
    ("The invaders made 19 attempts to advance toward Karpivka.", set()),
    # a headline's present, and a long list of districts before the weapons
    ("Russians attack Zaporizhzhia with drones overnight", {("claim", "ua", "Zaporizhzhia")}),
    ("In the afternoon, the Russians attacked the Kyivskyi and Slobidskyi districts in Kharkiv with two glide bombs.",
     {("claim", "ua", "Kharkiv")}),
])
def test_kyivs_english_for_its_foes_gains_and_strikes(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a building or a vehicle attacked is a strike that reached it
    ("ВСУ атаковали многоэтажку в Горловке, сообщил Приходько.", {("claim", "ru", "Horlivka")}),
    ("Дрон атакував багатоповерхівку в Сумах.", {("claim", "ua", "Sumy")}),
    # troops attacking positions is fighting, not a strike
    ("Российские войска атаковали позиции ВСУ у Покровска.", set()),
    # «хутор» in Russian spelling is a Russian village: no Ukrainian namesake for a name the gazetteer lacks
    ("В хуторе Лукашовка атакован автомобиль.", {("claim", "ru", None)}),
    # a withdrawal told by its Russian noun «отвод»
    ("ВСУ сообщили об отводе подразделений у Купянска.", {("confirmation", "ua", "Kupiansk")}),
])
def test_strikes_on_buildings_and_withdrawals_by_their_nouns(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the defender holding a named town, in plain words or quoted, is its denial
    ("Ukrainian troops continue to hold positions in Myrnohrad and are clearing the northern streets, the corps said.",
     {("denial", "ua", "Myrnohrad")}),
    ('A spokesman for the operational command said Ukrainian troops "firmly hold" Kurakhove.', {("denial", "ua", "Kurakhove")}),
    # the foe holding part of it, told by the defender, is conceded
    ("Russian troops hold the northern part of Kupiansk, the brigade said.", {("confirmation", "ua", "Kupiansk")}),
    # who is pushed out is no agent; a headline's "brigade says" is Kyiv's unit
    ("Defenders push Russians out of Stepnohirsk, brigade says", {("claim", "ua", "Stepnohirsk")}),
    ("Assault units retake Kucheriv Yar - Azov Corps", {("claim", "ua", "Kucheriv Yar")}),
    # attempts beaten back, however long the words between
    ("Russian attempts to cross the river near Antonivka and Dniprovske by boat were repelled.",
     {("claim", "ua", "Antonivka"), ("claim", "ua", "Dniprovske")}),
    # a strike named before what it left without power
    ("In Konotop, a drone strike left several streets without power.", {("claim", "ua", "Konotop")}),
])
def test_holds_repulses_and_harm_in_english_copy(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a Russian border district named by its adjective is Russia's, not a Ukrainian village's district
    ("В Шебекинском округе дроны повредили два дома, а в Валуйском районе пострадал мужчина.", {("claim", "ru", None)}),
    # the routes a gain commands lead to places that were not taken
    ("Освобождение Северска даёт армии контроль над логистикой в районе Краматорска и Славянска.", {("claim", "ru", "Siversk")}),
    ("Russian forces captured Siversk, gaining control of the supply routes to Sloviansk and Kramatorsk.",
     {("confirmation", "other", "Siversk")}),
    # an announcement awaited is not made
    ("Military bloggers are awaiting an official announcement that Siversk has fallen.", set()),
    # the governor's name a few words after his title tells whose governor he is
    ("Двое жителей Херсонской области ранены при атаках со стороны Вооруженных сил Украины, сообщил губернатор региона "
     "Владимир Сальдо.", {("claim", "ru", None)}),
])
def test_districts_routes_and_governors(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the capture word held in quotation marks by Kyiv's voice: Moscow's claim, denied
    ('Russians have "captured" Kupiansk once again, the Ukrainian spokesman said.',
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
    ('Окупанти вже вкотре "захопили" Лиман, - заявив речник угруповання.', {("claim", "ru", "Lyman"), ("denial", "ua", "Lyman")}),
    # the claimant's own term quoted in a report of its claim stays its claim
    ("Росія заявила про «звільнення» Ямполя, у ЗСУ це заперечують", {("claim", "ru", "Yampil"), ("denial", "ua", "Yampil")}),
    # a neighbouring village named by the one taken is not taken
    ("Сили оборони відбили Андріївку — сусіднє з Кіндратівкою село.", {("claim", "ua", "Andriivka")}),
])
def test_scare_quotes_and_neighbours(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Kyiv's troops holding Russian land have no one to answer: its claim
    ("Syrskyi said Ukrainian forces now control about 1,000 square kilometres of Russian territory.", {("claim", "ua", None)}),
    ("Ukraine's army said its units still hold their positions.", {("denial", "ua", None)}),
    # a headline closed by its source after a spaced dash
    ("Drones hit oil pumping station in Russia's Almetyevsk - SBU source", {("claim", "ua", "Almetyevsk")}),
    # a gloss after the dash is no source
    ('Russian MoD announces "liberation of Dimitrov" — Ukraine’s Myrnohrad', {("claim", "ru", "Myrnohrad")}),
])
def test_holding_russian_land_and_headline_sources(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # got to the edge, then beaten back: the defender's repulse, not the attacker's gain
    ("Russian assault groups had reached the edge of Ivanopillia but were pushed back, he said.", {("claim", "ua", "Ivanopillia")}),
    # the foe's soldiers inside the town, told by the defender: conceded, beside its denial of the ring
    ("Ukraine's 3rd Army Corps says about 150 Russian soldiers are inside Myrnohrad, but denies that the town is encircled.",
     {("confirmation", "ua", "Myrnohrad"), ("denial", "ua", "Myrnohrad")}),
])
def test_beaten_back_and_inside(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # "the settlement of X" names the settlement, even when X is also an oblast's name
    ("Russian troops have captured the small settlement of Zaporizhzhia in Ukraine's eastern Donetsk region, TASS reported.",
     {("claim", "ru", "Zaporizhzhia")}),
    # the oblast after a village still only says where it lies
    ("Russian troops captured the village of Stepove in Zaporizhzhia, the ministry said.", {("claim", "ru", "Stepove")}),
])
def test_a_village_named_like_an_oblast(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the foe's attempts that came to nothing: the defender's repulse, with or without a teller
    ("Attempts by Russian forces to occupy Huliaipole have failed, the Center for Countering Disinformation said.",
     {("claim", "ua", "Huliaipole")}),
    ("Спроби росіян захопити Степногірськ провалилися.", {("claim", "ua", "Stepnohirsk")}),
    ("Окупанти намагались окупувати Лиман, але всі спроби ворога провалились.", {("claim", "ua", "Lyman")}),
    # the defender still inside the town while fighting goes on, and no danger of losing it
    ("У Покровську тривають бої, підрозділи Сил оборони залишаються в місті.", {("denial", "ua", "Pokrovsk")}),
    ("Загрози втрати Костянтинівки наразі немає, заявив речник.", {("denial", "ua", "Kostiantynivka")}),
])
def test_attempts_that_failed_and_defenders_who_stay(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an advance listed on to a bearing of a second village: both are where it went
    ("Russian milbloggers claimed that Russian forces advanced in central Siversk and north of Fedorivka.",
     {("claim", "ru", "Siversk"), ("claim", "ru", "Fedorivka")}),
    # a mapping group's map showing a village as taken
    ("The updated map also shows the village of Filiia as occupied.", {("confirmation", "other", "Filiia")}),
    ("The map shows Kupiansk as contested.", set()),
])
def test_lists_of_advances_and_maps(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a generic ministry claiming a capture is Moscow's
    ("Reuters could not independently verify the Defence Ministry's claim on the capture of Stepove.",
     {("claim", "ru", "Stepove"), ("hedge", "other", "Stepove")}),
    # forecasts in Russian: «спрогнозировал скорое взятие», «могут в скором времени взять»
    ("Пушилин спрогнозировал скорое взятие Красного Лимана", set()),
    ("ВС РФ могут в скором времени взять под контроль Северск, заявил Пушилин.", set()),
    # Kyiv's noun of a hit on a refinery
    ("У Генштабі підтвердили ураження Афіпського НПЗ.", {("claim", "ua", "Afipsky")}),
    # a reminder of the story's own news is news; one dated by a season is background
    ("Напомним, накануне Путину доложили о захвате Северска.", {("claim", "ru", "Siversk")}),
    ("Напомним, Часов Яр был освобожден еще летом.", set()),
])
def test_ministries_forecasts_hits_and_reminders(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # "Russian fakes about the capture": the claim answered, named by its scorner's word
    ('The Center for Countering Disinformation refutes Russian fakes about the "capture" of Kostiantynivka.',
     {("claim", "ru", "Kostiantynivka"), ("denial", "ua", "Kostiantynivka")}),
    # what a capture would do is a forecast
    ("According to Pushilin, the liberation of Konstantinovka would significantly improve security for Gorlovka.", set()),
    # troops ordered out of a town: the side's own withdrawal
    ("Ukraine ordered its troops out of Vuhledar to avoid being encircled.", {("confirmation", "ua", "Vuhledar")}),
    # losses inflicted on the foe's brigades: the foe is no teller
    ("They inflicted losses on the manpower of two brigades of the AFU near Kupyansk-Uzlovoy and Borovaya.",
     {("claim", "ru", "Kupiansk-Vuzlovyi"), ("claim", "ru", "Borova")}),
])
def test_fakes_forecasts_orders_and_losses(text, want):
    assert said(text) == want


def test_a_hold_in_quotation_marks_is_still_a_hold():
    assert said('Gerasimov told Putin that Kupiansk was "under the control" of Russian forces.') == {("claim", "ru", "Kupiansk")}


@pytest.mark.parametrize(("text", "want"), [
    # where the wounded come from is not where they were hurt
    ("A Russian strike on Kharkiv wounded a woman from Kupiansk, the governor said.", {("claim", "ua", "Kharkiv")}),
    ("Two volunteers from Rivne, aged 25 and 23, were also wounded, the governor said.", set()),
    # a town pressed is not entered
    ("Russian forces are advancing in the Kharkiv region and pressuring the civilian hub of Kupiansk.", set()),
    # residents told to stay home are no troops leaving
    ("Жителей попросили не покидать свои дома, пока ситуация в Каменке-Днепровской не стабилизируется.", set()),
])
def test_people_from_a_town_and_a_town_pressed(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a city opening the sentence is where the strike hit, even when its own administration tells it
    ("In Kyiv, debris damaged the upper floors of a government building, Kyiv City Military Administration head "
     "Tymur Tkachenko said.", {("claim", "ua", "Kyiv")}),
    # a ministry recalling, and a running total for the year, are background
    ("Krasnoarmeysk itself was liberated at the beginning of December, the ministry recalled.", set()),
    ("More than 100 civilians have been killed in Gorlovka since the beginning of the year, the JCCC said.", set()),
])
def test_a_city_opening_the_sentence_and_what_was_recalled(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the foe's loss of a town, told by Moscow's media: its own gain
    ("Командование ВСУ смирилось с потерей Гуляйполя", {("claim", "ru", "Huliaipole")}),
    # the loss denied, and conceded, by the side that would have lost it
    ("В ВСУ отрицают потерю Купянска.", {("denial", "ua", "Kupiansk")}),
    ("У ЗСУ визнали втрату Покровська.", {("confirmation", "ua", "Pokrovsk")}),
    # Moscow's word for its advance, as a noun
    ("Там тоже улучшение позиций в районе Красного Лимана.", {("claim", "ru", "Lyman")}),
])
def test_a_town_lost_and_positions_improved(text, want):
    assert said(text) == want


def test_kyivs_air_force_bulletin_counts_its_own_kills():
    # "shot down or suppressed", "in the north, south and east of the country": only Kyiv's bulletin speaks so
    assert said("As of 08:30, air defence shot down or suppressed 312 drones and two cruise missiles in the north, "
                "south and east of the country.") == {("claim", "ua", None)}
