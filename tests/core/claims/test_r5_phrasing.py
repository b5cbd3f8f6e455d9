"""Phrasings read from a new real and a new hand-written set this release: a community names its
town (REPORTING: "Russia shelled <X> community" is a strike on <X>), analysts who see no
confirmation, a bulletin's counted attacks, stopped and foiled moves, the other side's answer
after a colon or «в/у» + its name, the enemy getting in, and what only locates, approaches or
credits a photo.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.pipeline import extract_document


@pytest.mark.parametrize(("sentence", "want"), [
    # A community is named after its town, and its bulletins mean the town.
    ("Russian artillery shelled the Velykyi Burluk community overnight, damaging a school, the governor said.",
     {("claim", "ua", "Velykyi Burluk")}),
    ("Уночі ворог атакував дронами Краснопільську громаду, пошкоджено два будинки.", {("claim", "ua", "Krasnopillia")}),
    ("Під обстріл потрапили Нікопольська та Марганецька громади, поранено жінку.",
     {("claim", "ua", "Nikopol"), ("claim", "ua", "Marhanets")}),
])
def test_a_community_names_its_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An analyst who sees no confirmation hedges, in either spelling of «подтверждён» and either verb of seeing.
    ("ISW: взятие Купянска пока не подтверждено", {("hedge", "other", "Kupiansk")}),
    ("Аналитики ISW: захват Северска не подтверждён", {("hedge", "other", "Siversk")}),
    ("В ISW заявили, що не бачать підтверджень захоплення Сіверська.", {("hedge", "other", "Siversk")}),
    # and the bloggers' claim it hedges is Moscow's side's ("another milblogger", «военблогеры» in one word)
    ("Военблогеры утверждают, что штурмовики вошли в Родинское, однако ISW не видит этому подтверждений.",
     {("claim", "ru", "Rodynske"), ("hedge", "other", "Rodynske")}),
    ("Another milblogger claimed that Russian forces seized Rodynske, but ISW has not observed confirmation of it.",
     {("claim", "ru", "Rodynske"), ("hedge", "other", "Rodynske")}),
])
def test_no_confirmation_seen_is_a_hedge(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A bulletin's count of attacks "in the areas of" villages: fighting, no result.
    ("In the Kramatorsk direction, the enemy attacked 9 times in the areas of Bila Hora and Predtechyne.", set()),
    ("На Костянтинівському напрямку противник атакував у районах Білої Гори та Предтечиного.", set()),
    # the same attacks stopped are a repulse, the teller's own
    ("Our defenders stopped four enemy attempts to advance near Bila Hora and Predtechyne.",
     {("claim", "ua", "Bila Hora"), ("claim", "ua", "Predtechyne")}),
    ("Захисники успішно протистояли штурмам противника в районі Предтечиного.", {("claim", "ua", "Predtechyne")}),
    # Moscow's «пресекли»: a landing or a breakthrough stopped
    ("Вооруженные силы России пресекли попытку прорыва ВСУ в районе Тёткино.", {("claim", "ru", "Tetkino")}),
    # (not a storming still under way: "have been storming X for days" is fighting without a result)
    ("Russian units have been storming the outskirts of Kostiantynivka for ten days.", set()),
])
def test_counted_attacks_and_stopped_moves(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The other side's answer after «в/у» and its name, in Russian and Ukrainian, after a comma or a headline's colon.
    ("Минобороны РФ заявило о взятии Степногорска, но в ВСУ это опровергли.",
     {("claim", "ru", "Stepnohirsk"), ("denial", "ua", "Stepnohirsk")}),
    ("Міноборони рф заявило про захоплення Степногірська, однак у ЗСУ це спростували.",
     {("claim", "ru", "Stepnohirsk"), ("denial", "ua", "Stepnohirsk")}),
    ("Окупанти заявили про «взяття» Степногірська: у Силах оборони півдня це заперечують",
     {("claim", "ru", "Stepnohirsk"), ("denial", "ua", "Stepnohirsk")}),
    # (a headline's leading place and colon is no answer: the comma still splits the two voices)
    ("Siversk: Moscow says it holds the town, Kyiv says its units are still there",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
])
def test_the_answer_of_the_other_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender telling that enemy groups got in concedes it.
    ("За словами речника, невеликим групам окупантів вдалося просочитися на околицю Сіверська.",
     {("confirmation", "ua", "Siversk")}),
    # the attacker telling it is its own claim, and a failed attempt nothing
    ("Российским штурмовикам удалось закрепиться на окраине Северска, сообщило Минобороны России.",
     {("claim", "ru", "Siversk")}),
    ("Окупантам так і не вдалося зайти в Сіверськ, повідомили в бригаді.", {("denial", "ua", "Siversk")}),
])
def test_the_enemy_got_in(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moving toward a place, or being close to taking it, is not having it.
    ("Russian troops advance toward the strategic town of Kostiantynivka, Russian bloggers say", set()),
    ("Russian bloggers said assault groups were close to taking control of the town of Siversk.", set()),
    ("Bloggers said Russian units entered the village of Bila Hora and were pushing from the south on the town of "
     "Kostiantynivka.", {("claim", "ru", "Bila Hora")}),
    # a capture after the approach still counts
    ("The ministry said its troops advanced on Siversk and captured it after a week of fighting.",
     {("claim", "ru", "Siversk")}),
    # a frontline named after a town is a direction, not the town
    ("Kyiv said its forces repelled 20 attacks along the Kostiantynivka frontline over the past day.", set()),
    # the town on whose fringes a village lies only locates it
    ("Moscow said it had captured the village of Bila Hora, on the eastern fringes of Kostiantynivka.",
     {("claim", "ru", "Bila Hora")}),
    # a river's delta is water, not the city
    ("По данным ВСУ, противник пытается закрепиться на островах в дельте Днепра.", set()),
    # what a group owns («оборонительный район ВСУ») is not the group acting
    ("Подразделения группировки войск «Юг» взяли под контроль оборонительный район ВСУ с центром в Северске.",
     {("claim", "ru", "Siversk")}),
])
def test_places_only_approached_located_or_named(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "a platoon of Ukrainian servicemen" is what was destroyed, not who speaks
    ("Russia's battlegroup South units wiped out a company of Ukrainian servicemen while liberating Siversk, a source "
     "told RIA Novosti.", {("claim", "ru", "Siversk")}),
    # Moscow's army named in Russian
    ("Армия России освободила село Бересток в ДНР.", {("claim", "ru", "Berestok")}),
])
def test_who_acts_for_moscow(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a caption credited after a slash, and a related story run into its timestamp: page chrome
    ("Russian soldiers raise a flag over what the ministry says is Siversk / AFP Photo", set()),
    ("Внаслідок удару по Херсону поранено жінку03.11.25, 09:40", set()),
    # the same report as a sentence of its own still counts
    ("Внаслідок удару по Херсону поранено жінку.", {("claim", "ua", "Kherson")}),
])
def test_captions_and_story_lists(sentence, want):
    assert said(sentence) == want


def test_drones_launched_from_several_directions_name_no_target():
    text = "Ворог атакував Україну 40 ударними БпЛА з чотирьох напрямків: Курськ, Брянськ, Міллерово та Орел."
    assert said(text) == set()  # the towns they came from are not where they hit


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's services announcing their own hit on a Russian plant: Kyiv's claim, whichever verb or noun tells it
    ("СБУ вразила нафтобазу в Новоросійську.", {("claim", "ua", "Novorossiysk")}),
    ("Генштаб ВСУ сообщил о поражении нефтеперекачивающей станции в Новороссийске.", {("claim", "ua", "Novorossiysk")}),
    # («поражение» alone is a defeat, not a hit)
    ("Поражение под Новороссийском стало неожиданностью для командования.", set()),
])
def test_a_side_announcing_its_own_hit(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a headline's concession: the army acknowledging the other side's gains there
    ("Ukrainian army acknowledges Russian gains in Siversk", {("confirmation", "ua", "Siversk")}),
    # still defending a town, with the claim called a move in the peace talks: a denial all the same
    ("Kyiv's military said its units were still defending Siversk and called the Russian report an attempt to sway "
     "the peace talks.", {("denial", "ua", "Siversk"), ("claim", "ru", "Siversk")}),
    # a town described as "still held by Kyiv" in a sentence about where it lies is geography
    ("Sloviansk, the second city of the part of Donetsk Oblast still held by Kyiv, lies about 30 kilometres from the "
     "front.", set()),
])
def test_concessions_holds_and_geography(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a party reacting to the other side's statement: the claim reacted to is the other side's
    ("У Генштабі ЗСУ відреагували на заяви росії про захоплення Сіверська", {("claim", "ru", "Siversk")}),
    ("Kyiv's General Staff responded to Moscow's claims about the capture of Siversk.", {("claim", "ru", "Siversk")}),
    # and what it then says of it is its own
    ("Kyiv's General Staff responded to Moscow's claims about the capture of Siversk, calling them a lie.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
    # assaults counted, or on positions near a town, are fighting without a result; beaten off, a repulse
    ("In the Lyman direction the enemy twice stormed the positions of our units near Zarichne.", set()),
    ("The enemy attacked our positions near Zarichne but was repelled, the General Staff said.",
     {("claim", "ua", "Zarichne")}),
])
def test_reactions_and_assaults_on_positions(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's «освободили» said not to have happened: Kyiv's denial
    ("Генштаб ВСУ заявил, что войска России не освободили Бересток.", {("denial", "ua", "Berestok")}),
    ("У Генштабі наголосили, що росіяни не звільнили Бересток.", {("denial", "ua", "Berestok")}),
])
def test_a_liberation_said_not_to_have_happened(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a bomb that fell on a home in a Kyiv-held city, told in Russian with its harm: the hit side's report
    ("Одна из авиабомб попала во двор многоэтажки в Харькове, выбиты окна.", {("claim", "ua", "Kharkiv")}),
    # Moscow's own strike told as Moscow tells it stays Moscow's
    ("Российские войска нанесли удар по объектам энергетики в Харькове.", {("claim", "ru", "Kharkiv")}),
    # air defence over a region Moscow claims no part of is Kyiv's, in Russian too
    ("Силы ПВО сбили над Николаевской областью 12 беспилотников.", {("claim", "ua", None)}),
    ("Силы ПВО сбили над Запорожской областью 12 беспилотников.", {("claim", "ru", None)}),
])
def test_whose_strike_and_whose_sky(sentence, want):
    assert said(sentence) == want


def test_no_casualties_leaves_the_strike_a_strike():
    text = ("Kursk region authorities confirmed that a fire broke out at a fuel depot after a drone attack on Rylsk "
            "but reported no casualties.")
    assert said(text) == {("claim", "ru", "Rylsk")}


def test_ground_changes_hands_at_the_front():
    # Odesa's town of Pivdenne is the biggest namesake; a capture is Donetsk's village at the front
    assert _place_of("Moscow said its troops had captured Pivdenne.") == ("Pivdenne", "Donetsk")
    # a strike can land anywhere, and a named oblast decides
    assert _place_of("Moscow said its troops had captured Pivdenne in the Kharkiv region.") == ("Pivdenne", "Kharkiv")


def _place_of(text: str) -> tuple[str, str]:
    (statement,) = extract_document(text)["statements"]
    return statement["place"], statement["oblast"]


@pytest.mark.parametrize(("sentence", "want"), [
    # an advance or a crossing said not to have happened: the defender's denial, and the troops named
    # are what is denied, not who denies
    ("Russia not advancing in Siversk, front line stable, Kyiv says", {("denial", "ua", "Siversk")}),
    ("Russian troops are not advancing in Siversk, a spokesperson for the Operational Tactical Group Luhansk said.",
     {("denial", "ua", "Siversk")}),
    ("According to the spokesman, Russian troops have not entered Siversk but keep trying to gain a foothold there.",
     {("denial", "ua", "Siversk")}),
    ("Moscow's defence ministry said Ukrainian troops had not recaptured Tetkino.", {("denial", "ru", "Tetkino")}),
    # the claim answered in the other side's clause keeps its own stance: the holding is the answer's
    ("Russia said its troops had taken full control of Siversk, while Ukraine disputed the claim, saying the town "
     "is still under its control.", {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
])
def test_advances_denied_and_answers_kept_apart(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's troops leaving a town, told by Moscow's official or in Moscow's words, is Moscow's claim
    ("Глава российской администрации области заявил, что Вооружённые силы Украины покинули Купянск.",
     {("claim", "ru", "Kupiansk")}),
    ("Боевики ВСУ полностью вышли из Купянска", {("claim", "ru", "Kupiansk")}),
    # told by Kyiv, it is Kyiv's concession
    ("Подразделения ВСУ вышли из Купянска, признали в Генштабе ВСУ.", {("confirmation", "ua", "Kupiansk")}),
])
def test_a_retreat_told_by_the_other_side(sentence, want):
    assert said(sentence) == want


def test_casualties_of_a_strike_are_its_harm():
    # a strike's casualties, told by nobody: the hit side's report, and the attacker named is no speaker
    got = extract_document("Casualties reported as Russians attack Zaporizhzhia overnight")["statements"]
    assert [(s["stance"], s["side"], s["event"], s["place"], s["speaker"]) for s in got] == [
        ("claim", "ua", "strike", "Zaporizhzhia", None)]
    # an army's casualties are its losses
    assert said("Russian forces suffered heavy casualties near Siversk, the brigade said.") == {("claim", "ua", "Siversk")}


@pytest.mark.parametrize(("sentence", "want"), [
    # "the northeastern Ukrainian town of X": more than one word before the town's noun
    ("Gerasimov told Putin that Russian forces had taken the northeastern Ukrainian town of Vovchansk.",
     {("claim", "ru", "Vovchansk")}),
    # the defender "fully controls" a town it is said to have lost
    ("A spokesman for Kyiv's northern command said Ukrainian forces fully control Yunakivka.",
     {("denial", "ua", "Yunakivka")}),
    # «не окуповане» and the channels' claim it answers
    ("У Генштабі наголосили, що село Андріївка не окуповане, попри заяви російських пабліків про його «звільнення».",
     {("denial", "ua", "Andriivka"), ("claim", "ru", "Andriivka")}),
    # Moscow's installed governor
    ("Российские военные взяли под контроль большую часть Каменского, заявил врио губернатора области Евгений Балицкий.",
     {("claim", "ru", "Kamianske")}),
    # an unqualified ministry whose forces repelled Ukrainian attacks, or whose aircraft hit a Ukrainian depot, is Moscow's
    ("The ministry said separately that its forces had repelled two Ukrainian attacks near Kindrashivka.",
     {("claim", "ru", "Kindrashivka")}),
    ("Russian aircraft hit a Ukrainian army fuel depot near Sloviansk, the ministry said.",
     {("claim", "ru", "Sloviansk")}),
])
def test_parties_by_their_words(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow calling Kyiv's account false and saying a Ukrainian town is under its troops' control: the
    # rejection, and its claim
    ("У Міноборони Росії ці заяви назвали фейком і стверджують, що Сіверськ повністю під контролем російських військ.",
     {("denial", "ru", "Siversk"), ("claim", "ru", "Siversk")}),
    # in its own border region the same words defend what it holds
    ("В Минобороны России назвали это фейком: Суджа под контролем российских войск.", {("denial", "ru", "Sudzha")}),
])
def test_moscow_answering_with_its_own_hold(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # communities listed together are neighbours: «Мирівська» beside «Марганецька» is Myrove by Marhanets,
    # not the bigger Myrivka near Kyiv
    ("Окупанти били по Марганецькій та Мирівській громадах.", {("claim", "ua", "Marhanets"), ("claim", "ua", "Myrove")}),
    # a village of a community, unnamed, is no settlement the tracker can place
    ("У селі Менської громади через удар дрона загорівся склад.", set()),
])
def test_communities_beside_each_other_and_their_villages(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the governors said" after a strike on their regions' cities: the hit side's officials
    ("Russian missiles hit Mykolaiv and Odesa overnight, the governors said.",
     {("claim", "ua", "Mykolaiv"), ("claim", "ua", "Odesa")}),
    # regions named after their noun are regions, not their centres: the strike the governors tell names no settlement
    ("Two southern regions, Mykolaiv and Odesa, were left without power after a Russian strike, the governors said.",
     {("claim", "ua", None)}),
    # the occupation authorities speak for Moscow
    ("Ukrainian drones hit Nova Kakhovka overnight, the occupation authorities said.", {("claim", "ru", "Nova Kakhovka")}),
    # «Новой Маячке»: the adjective opening a two-word name is not the village called Nova
    ("«ВСУ нанесли удары по Новой Маячке и Корсунке», — написал он.", {("claim", "ru", "Korsunka")}),
    # "elements of the Nth ... Brigade" in Moscow's claim are its own units
    ("The Russian MoD claimed that elements of the 5th Tank Brigade seized all of Kurakhove.", {("claim", "ru", "Kurakhove")}),
])
def test_officials_units_and_two_word_names(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # gains with their settlements unnamed: the side's own claim at no settlement
    ("Battlegroup Centre fighters liberated three settlements in the past four days.", {("claim", "ru", None)}),
    ("Russia claims capture of settlement in Ukraine's Zaporizhzhia region", {("claim", "ru", None)}),
    ("Russia claims three more villages in eastern Ukraine", {("claim", "ru", None)}),
    ("Армия РФ освободила от киевских боевиков ещё один населённый пункт ДНР", {("claim", "ru", None)}),
    ("После упорных боёв населённый пункт перешёл под контроль подразделений группировки войск «Центр».",
     {("claim", "ru", None)}),
])
def test_gains_with_their_settlements_unnamed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Russia says it captured village in northeastern Ukraine", {("claim", "ru", None)}),
    # a village near a town, unnamed: Moscow's gain at no settlement, and the town it is near not taken
    ("Russia says it has captured a village near Pokrovsk", {("claim", "ru", None)}),
    ("Russia said on Thursday it captured another village in the east, closing in on the town of Kurakhove.",
     {("claim", "ru", None)}),
    ("MOSCOW: Russia on Sunday claimed the capture of a village in Ukraine's Kharkiv region.", {("claim", "ru", None)}),
])
def test_headline_gains_unnamed(sentence, want):
    assert said(sentence) == want


def test_a_hedge_of_an_advance_into_a_region():
    # a region with no settlement in an unverified account once raised (its place is None): a hedge at no settlement
    text = "Analysts have not observed confirmation of Russian claims of advances into Kharkiv Oblast."
    assert said(text) == {("hedge", "other", None)}


@pytest.mark.parametrize(("sentence", "want"), [
    # "defenders" is Kyiv's own word for its troops: their withdrawal, told by nobody, is Kyiv's concession
    ("Ukrainian defenders have withdrawn from Siversk, Donetsk region.", {("confirmation", "ua", "Siversk")}),
    # the capital that lost men is the side, not the city
    ("По данным Минобороны России, за неделю Киев потерял более 1500 военнослужащих.", {("claim", "ru", None)}),
    # «в общее направление на X»: where troops head
    ("Группировка войск «Юг» продвигается в общее направление на Славянск.", set()),
    # Kyiv's disinformation centre head, named in Russian, speaks for Kyiv
    ("По словам Коваленко, «взятие Купянска» — это ложь российского командования.",
     {("denial", "ua", "Kupiansk"), ("claim", "ru", "Kupiansk")}),
])
def test_kyivs_words_and_moscows_headings(sentence, want):
    assert said(sentence) == want


def test_a_town_fought_in_beside_a_town_reached():
    # «ведут бои в городской черте X» beside a result at Y: X is fought over, Y is the claim
    text = ("Подразделения группировки «Юг» ведут бои в городской черте Северска и вышли к окраинам Константиновки, "
            "сообщило Минобороны.")
    assert said(text) == {("claim", "ru", "Kostiantynivka")}


@pytest.mark.parametrize(("sentence", "want"), [
    # units named like places: «Третього армійського корпусу» (Tretie is a village), «1-го корпусу НГУ "Азов"»
    ("Оборону утримують підрозділи 60-ї ОМБр Третього армійського корпусу, заявили в Генштабі.", set()),
    ("Прапор у Родинському встановили бійці 1-го корпусу НГУ «Азов».", {("claim", "ua", "Rodynske")}),
])
def test_units_named_like_places(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the Ukrainian president" speaks for Kyiv, and his town "remained under Ukrainian control" is a denial
    ("The Ukrainian president said Siversk remained under Ukrainian control whatever Moscow tells the world.",
     {("denial", "ua", "Siversk")}),
    # a village cleared by Moscow's division, and outskirts reached from a compass side
    ("A Russian milblogger claimed that elements of the 76th Division cleared Yunakivka.", {("claim", "ru", "Yunakivka")}),
    ("A Russian war correspondent claimed that Russian forces had reached the northeastern outskirts of Siversk.",
     {("claim", "ru", "Siversk")}),
    # «наши бойцы» in Russian are Moscow's own
    ("В районе Гришино наши бойцы продвинулись на 500 метров.", {("claim", "ru", "Hryshyne")}),
    # "one of the last large cities in the region still held by Ukraine": a description
    ("Sloviansk is one of the last large cities in the Donetsk region still held by Ukraine.", set()),
])
def test_presidents_clearing_and_descriptions(sentence, want):
    assert said(sentence) == want
