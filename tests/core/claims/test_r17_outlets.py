"""An outlet's own voice in Russian and Ukrainian: a party's claim it calls "alleged" is hedged by
the other side (the guide's outlets of a state speaking in their own voice), while English copy's
"allegedly" stays the reporter's; where the wounded were taken is not where the bomb fell; names
that are no place of the event (a famous city abroad, «Джерело», a bracket's second bearing); who
gained and what is only planned; Moscow's spellings and words as its own voice; withdrawals beside
fighting; who tells a hit in a town Moscow holds, and a repulse closed by an unnamed spokesman; edges,
forecasts, clearings and rings denied; a named service's hit told in the passive and successes won; plain
bulletin lines that had said nothing; adjective twins and approaches; better positions and attacks answered
by a hold; withdrawals after assaults and towns pounded; captures still to come and Moscow's lawmakers;
Kyiv's General Staff reports and a krai."""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("text", "want"), [
    # Moscow's claim called "alleged" in Ukrainian or Russian: told and hedged by a Ukrainian outlet
    ("Міноборони РФ заявило про нібито взяття Ямполя.", {("claim", "ru", "Yampil"), ("hedge", "ua", "Yampil")}),
    ("Минобороны России распространило сообщение о якобы захвате Степногорска.",
     {("claim", "ru", "Stepnohirsk"), ("hedge", "ua", "Stepnohirsk")}),
    # Kyiv's claim called "alleged" in Russian: the outlet is Moscow's side
    ("Украинские военные якобы отбили атаки у Ямполя, утверждает Генштаб ВСУ.",
     {("claim", "ua", "Yampil"), ("hedge", "ru", "Yampil")}),
    # control: English copy's "allegedly" is the wire reporter's, an independent voice
    ("Russia's defence ministry said its forces had allegedly captured Siversk.",
     {("claim", "ru", "Siversk"), ("hedge", "other", "Siversk")}),
])
def test_an_outlets_alleged_is_hedged_in_its_own_voice(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the people hurt in a village were driven to the city: the village was hit
    ("Поранених мешканців села Ківшарівка після удару КАБом вивезли до Харкова, повідомив Синєгубов.",
     {("claim", "ua", "Kivsharivka")}),
    ("Раненых жителей Петропавловки после удара КАБа смогли вывезти в Харьков, сообщил Синегубов.",
     {("claim", "ua", "Petropavlivka")}),
    ("A Russian glide bomb hit a house in Kivsharivka, and two wounded were taken to a hospital in Kharkiv, the governor said.",
     {("claim", "ua", "Kivsharivka")}),
])
def test_where_the_wounded_were_taken_is_not_where_it_hit(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a famous city beyond Ukraine the gazetteer lacks is never guessed as a village spelled alike
    ("Ukraine's General Staff said its drones hit a refinery serving the city of Moscow.", {("claim", "ua", None)}),
    ("Talks were held in the city of Minsk on Monday.", set()),
    # «Джерело» opening a sentence is "a source", not the village of Dzherelo
    ("Джерело в СБУ розповіло, що дрони уразили нафтобазу.", {("claim", "ua", None)}),
    ("Російський дрон атакував село Джерело на Житомирщині, повідомили в ОВА.", {("claim", "ua", "Dzherelo")}),
    # the second bearing of a bracket after a direction locates it as the first does
    ("Russian forces made tactical gains on the Toretsk direction (southwest of Chasiv Yar and northeast of "
     "Avdiivka), ISW said.", set()),
])
def test_names_that_are_not_the_events_place(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Russian soldiers, named so, are who gained: told in Ukrainian by nobody it is no Kyiv claim
    ("Російські солдати зайшли в Гуляйполе.", {("confirmation", "other", "Huliaipole")}),
    # a task, a plan for a possible outcome, room for an offensive: nothing has happened yet
    ("За словами речника, завдання росіян на зиму просте — захопити Костянтинівку.", set()),
    ("Задача российских войск на зиму — взять Константиновку.", set()),
    ("The Ukrainian military has dug new trenches near Toretsk for a possible withdrawal.", set()),
    ("Освобождение нескольких сел расширяет возможности для наступления армии России на Гуляйполе.", set()),
    # control: a task done and told as done
    ("Задача выполнена — российские войска взяли Константиновку, заявили в Минобороны.",
     {("claim", "ru", "Kostiantynivka")}),
])
def test_who_gained_and_what_is_only_planned(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a Russian capture told by nobody in Moscow's spellings is Moscow's media in its own voice
    ("Russian troops take control of Selidovo in Donbass", {("claim", "ru", "Selydove")}),
    ("Город Торецк полностью освобожден, а боевики беспорядочно отступают на запад.", {("claim", "ru", "Toretsk")}),
    # control: the same news in Kyiv's spelling is the reporter's narration of a fact
    ("Russian troops took control of Selydove.", {("confirmation", "other", "Selydove")}),
])
def test_moscows_spellings_are_its_own_voice(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a withdrawal done beside fighting that goes on, and a withdrawal headline's teaser
    ("Українські підрозділи відійшли від Часового Яру, де тривають запеклі бої.", {("confirmation", "ua", "Chasiv Yar")}),
    ("ЗСУ відійшли з Курахового: що відомо", {("confirmation", "ua", "Kurakhove")}),
    # Kyiv's troops pulling back inside a town, told in Moscow's words by nobody: Moscow's claim
    ("ВСУ оттягивают подразделения к северной окраине Часова Яра.", {("claim", "ru", "Chasiv Yar")}),
    # the same told by Kyiv's own command: its concession
    ("ЗСУ відтягують сили від Часового Яру, визнали в угрупованні.", {("confirmation", "ua", "Chasiv Yar")}),
])
def test_withdrawals_beside_fighting_and_pulling_back(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a town Moscow has held for years: its local officials telling of a hit, attacker unnamed, are Moscow's
    ("In Yenakiieve, a drone struck a bus depot, wounding two drivers, the city administration said.",
     {("claim", "ru", "Yenakiieve")}),
    # control: the same town with the side that fired named
    ("Russian shelling of Yenakiieve killed a man, Ukraine's police said.", {("claim", "ua", "Yenakiieve")}),
    # "Defenders" opening a sentence are Kyiv's; the soldiers they killed and an unnamed spokesman tell nothing
    ("Defenders repelled assaults near Stepnohirsk, killing 20 Russian soldiers, the spokesperson says.",
     {("claim", "ua", "Stepnohirsk")}),
    ("Russian troops shelled Nikopol overnight, a spokesman said.", {("claim", "ua", "Nikopol")}),
])
def test_who_tells_a_hit_or_a_repulse(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # ground fighting at a town's edge has no result
    ("Russian forces are attacking the approaches to Novoselivka, the installed official said.", set()),
    # a capture some days off is a forecast
    ("До повного захоплення Гуляйполя, за оцінками аналітиків, залишаються лічені дні.", set()),
    # a counterattack that cleared a village, in Russian, is Kyiv's gain as Kyiv tells it
    ("ВСУ провели контратаку и зачистили Владимировку.", {("claim", "ua", "Volodymyrivka")}),
    # Moscow's grouping in quotes, its chief unqualified in Russian copy, and its man named late after the verb
    ("«Подразделения „Южной“ группировки продвигаются в Северске», — заявил глава Генштаба.", {("claim", "ru", "Siversk")}),
    ("Армия России продвигается в Торецке, освобождая город от подразделений ВСУ, сообщил вечером в своем "
     "Telegram-канале глава Донецкой народной республики Денис Пушилин.", {("claim", "ru", "Toretsk")}),
    # the ring said not to exist is denied
    ("Оточення чи блокування міст агломерації, зокрема Мирнограда, не відбувається.", {("denial", "ua", "Myrnohrad")}),
])
def test_edges_forecasts_clearings_and_rings_denied(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a strike a side's named service made, told in the passive: its own hit
    ("Overnight the Novokuibyshevsk refinery was attacked by the Unmanned Systems Forces of the Armed Forces of Ukraine.",
     {("claim", "ua", "Novokuibyshevsk")}),
    # gains told as successes won near the places named
    ("According to the General Staff, Ukrainian forces achieved successes near Robotyne, ISW said.", {("claim", "ua", "Robotyne")}),
])
def test_a_named_services_hit_and_successes_won(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # drones shot down on their way to a town fell where its air defence guards
    ("Air defence forces intercepted three drones approaching Kurchatov, the governor said.", {("claim", "ru", "Kurchatov")}),
    # one night's repeated shelling is news, not a record of months
    ("Nikopol was shelled several times overnight; a man was wounded, the governor said.", {("claim", "ua", "Nikopol")}),
    # drones or missiles that "targeted" a place, and what a hit cut
    ("Russian drones targeted port facilities in Izmail overnight, the governor said.", {("claim", "ua", "Izmail")}),
    ("In Lgov, drones targeted a substation, causing power cuts.", {("claim", "ru", "Lgov")}),
    # the foe's men cleared out of a village, and the defenders who repelled attacks, are Kyiv's account
    ("Russian infiltration groups were cleared from Nove Shakhove, the brigade said.", {("claim", "ua", "Nove Shakhove")}),
    ("In the Toretsk direction, the defenders repelled nine attacks near Niu-York.", {("claim", "ua", "Niu-York")}),
    # a military telling its own pull-back with no side named
    ("Brigade says it pulled back from positions near Zelenyi Hai", {("confirmation", "ua", "Zelenyi Hai")}),
    # control: a pull-back told by nobody at all says nothing of whose
    ("Troops withdrew from Siversk.", set()),
])
def test_plain_bulletin_lines_that_said_nothing(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Moscow's adjectival ending (-ческое) is Kyiv's -чне: the village, not the town once named alike
    ("Russian troops have liberated Novoekonomicheskoye, the Defence Ministry said.", {("claim", "ru", "Novoekonomichne")}),
    # drones downed on approach to a town, with its governor named by his region
    ("The Rostov governor said drones were shot down on approach to Morozovsk overnight.", {("claim", "ru", "Morozovsk")}),
])
def test_adjective_twins_and_approaches(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Moscow's bulletin word for a gain in English ("moved to more favourable positions" is a pull-back)
    ("Moscow said its forces had taken up more advantageous positions near Chasiv Yar.", {("claim", "ru", "Chasiv Yar")}),
    # attacks counted, answered by the defender's hold: a denial
    ("Kyiv's military said Russian forces launched 30 attacks around Pokrovsk, insisting that Ukrainian defenders "
     "were holding their ground.", {("denial", "ua", "Pokrovsk")}),
    # control: the attacks alone have no result
    ("Russian forces launched 30 attacks around Pokrovsk, the General Staff said.", set()),
])
def test_better_positions_and_attacks_answered_by_a_hold(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a withdrawal after weeks of assaults on the town: the withdrawal is the result
    ("Kyiv's General Staff said its units had left Toretsk after weeks of Russian assaults on the town.",
     {("confirmation", "ua", "Toretsk")}),
    # the command telling its own pull-back, and Kyiv's air assault branch its own gains
    ("Command confirms withdrawal from Vuhledar to preserve personnel", {("confirmation", "ua", "Vuhledar")}),
    ("Units of the Air Assault Forces have liberated Vesele in the Dobropillia direction, the command said.",
     {("claim", "ua", "Vesele")}),
    # glide bombs that pound a town; positions pounded are fighting without a result
    ("Russian glide bombs pound Kramatorsk, police say", {("claim", "ua", "Kramatorsk")}),
    ("Ukrainian forces have been pounding Russian positions near Robotyne.", set()),
])
def test_withdrawals_after_assaults_and_towns_pounded(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # captures still to come, in Moscow's words
    ("Путин: армия скоро освободит Красный Лиман", set()),
    ("Президент выразил уверенность, что подразделения смогут установить контроль над Константиновкой.", set()),
    ("Vovchansk may be liberated very soon, a Russian lawmaker told TASS.", set()),
    ("Министр заявил, что взятие под контроль Красного Лимана продолжается.", set()),
    # Moscow's lawmaker telling a gain in its state media
    ("Russian forces liberated the settlement of Starytsia, State Duma lawmaker Viktor Vodolatsky told TASS.",
     {("claim", "ru", "Starytsia")}),
])
def test_captures_still_to_come_and_moscows_lawmakers(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # Kyiv's General Staff named by the capital's possessive, and a statement it released
    ("A strike on the Volgograd refinery damaged a pipeline, according to Kyiv's General Staff.", {("claim", "ua", "Volgograd")}),
    ("Kyiv's General Staff released a statement detailing a strike on the Saratov refinery that caused a fire.",
     {("claim", "ua", "Saratov")}),
    # ", as was reported by" the regional head: who reports the hit is the side hit
    ("Russia launched another missile attack on Dnipro, injuring five, as was reported by the head of the regional "
     "military administration.", {("claim", "ua", "Dnipro")}),
    # "the Krasnodar Territory" is a krai, not the city
    ("Drones were shot down over the Krasnodar Territory overnight, the Defence Ministry said.", {("claim", "ru", None)}),
])
def test_kyivs_staff_reports_and_a_krai(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # "under the control of the Armed Forces of Ukraine", spelt out: the defender's hold
    ("Місто Вовчанськ перебуває під контролем Збройних сил України.", {("denial", "ua", "Vovchansk")}),
    # a corps named after a town, with its full name between: a unit, not the town
    ("Підрозділи 1-го корпусу Національної гвардії України \"Азов\" знищили штурмову групу біля Торецька.",
     {("claim", "ua", "Toretsk")}),
])
def test_a_hold_spelt_out_and_a_corps_full_name(text, want):
    assert said(text) == want
