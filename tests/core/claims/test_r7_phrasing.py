"""Phrasings that name no settlement, read from the sets of earlier releases' readers: a place just
named, taken or held, told again without its name, and the foe's account called a lie. Each is a
statement of place None (CLAIMS_GUIDE: a clear event and stance with no settlement named).

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.pipeline import extract_document


@pytest.mark.parametrize(("sentence", "want"), [
    # the settlement taken, in the passive or after its verb, with no name of its own
    ("Сообщается, что населенный пункт был взят под контроль штурмовыми отрядами группировки «Центр».",
     {("claim", "ru", None)}),
    ("Бойцы группировки «Днепр» после трехдневных боев заняли населенный пункт.", {("claim", "ru", None)}),
    ("Подразделения «Запада» продвинулись и установили контроль над населенным пунктом, сообщило ведомство.",
     {("claim", "ru", None)}),
    ("Российские войска полностью освободили город, сообщили в Минобороны.", {("claim", "ru", None)}),
    # ground measured in square kilometres
    ("По итогам недели под контроль ВС РФ перешло более 120 квадратных километров территории.", {("claim", "ru", None)}),
    ("Штурмовики взяли под контроль опорный район противника площадью около 6 кв. км.", {("claim", "ru", None)}),
    # a share of the town held, told by the side that holds it
    ("Около 60% города уже освобождено, заявил Пушилин.", {("claim", "ru", None)}),
    ("По словам Балицкого, более половины города контролируется российскими подразделениями.", {("claim", "ru", None)}),
    # the English passive of the same
    ("The settlement came under Russian control after a week of assaults, the defence ministry said.",
     {("claim", "ru", None)}),
    ("Russian flags have been raised over the village, the ministry said.", {("claim", "ru", None)}),
    # a named town keeps its own statement; a plan or a failure is no gain
    ("Российские войска не смогли полностью освободить город.", set()),
    ("Освобождение города займет еще несколько недель, считает эксперт.", set()),
])
def test_a_settlement_taken_without_its_name(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the town just named, held whole or mostly by Kyiv's forces: the defender's denial
    ("Селище перебуває під контролем Сил оборони України.", {("denial", "ua", None)}),
    ("Більшість міста — під контролем ЗСУ, наголосив речник.", {("denial", "ua", None)}),
    ("Українські підрозділи контролюють більшу частину міста, заявили в угрупованні.", {("denial", "ua", None)}),
])
def test_kyiv_holding_the_town_just_named(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's account of the fighting called a lie, no place named: Kyiv's denial
    ("Насправді це чергова брехня російських генералів.", {("denial", "ua", None)}),
    ("Заяви загарбників про взяття селища – відверта вигадка.", {("denial", "ua", None)}),
    ("Это очередная ложь российского Генштаба.", {("denial", "ua", None)}),
    ("Жодного «котла», про який заявляв Герасимов, не існує, наголосили в угрупованні.", {("denial", "ua", None)}),
    ("Никакого окружения, о котором говорили в Москве, не было.", {("denial", "ua", None)}),
    # the foe's lies about politics, fakes as a topic, a fake called by an adjective, a question: no denial
    ("Кремль знову бреше про переговори з Україною.", set()),
    ("Фейкові перемоги для Кремля", set()),
    ("У Центрі протидії дезінформації кажуть, що мета цих фейків – аудиторія РФ.", set()),
    ("Чи є ці заяви росіян брехнею?", set()),
])
def test_the_foes_account_called_a_lie(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a strike on a Ukrainian town told in Russian by nobody: what only Moscow fires, or a fire put out, is the side hit telling it
    ("В Степногорске после удара ФАБ погибла пожилая женщина.", {("claim", "ua", "Stepnohirsk")}),
    ("Пожарные ликвидировали возгорание в частном доме в Павлограде, которое вызвала атака беспилотника.",
     {("claim", "ua", "Pavlohrad")}),
    # a gun's calibre is no Kalibr missile
    ("Горловка подверглась обстрелу из орудий калибра 155 мм, повреждены дома.", {("claim", "ru", "Horlivka")}),
    # «Кривом Роге»: a Russian adjective in «-ой» declined
    ("Утром в Кривом Роге из-за атаки дронов повреждены склады.", {("claim", "ua", "Kryvyi Rih")}),
    # a toll that rises after the strike is named, and a teaser after the strike
    ("Death toll from Russian missile strike on Sumy rises to six", {("claim", "ua", "Sumy")}),
    ("Удар по Запоріжжю: кількість загиблих зросла до трьох", {("claim", "ua", "Zaporizhzhia")}),
    ("Окупанти атакували Нікополь: що відомо про наслідки", {("claim", "ua", "Nikopol")}),
    ("Россияне направили на Павлоград 12 дронов за сутки, сообщили в ОВА.", {("claim", "ua", "Pavlohrad")}),
    ("The Belgorod governor said a Ukrainian drone dropped an explosive device on a shop in Shebekino.",
     {("claim", "ru", "Shebekino")}),
])
def test_strikes_told_in_other_words(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a reporter unable to check the sides' accounts of a place, in Ukrainian and Russian
    ("Редакція не може незалежно перевірити заяви сторін щодо Сіверська.", {("hedge", "other", "Siversk")}),
    ("Издание не может независимо проверить заявления сторон о Покровске.", {("hedge", "other", "Pokrovsk")}),
    ("Повідомлення про бої в Куп'янську поки не вдалося перевірити.", {("hedge", "other", "Kupiansk")}),
    # the account of a place refuted, with no event named
    ("В бригаде сообщение о Торецке опровергли.", {("denial", "ua", "Toretsk")}),
    # Kyiv's air force in Russian, Moscow's ministry as copy names it again, Moscow's fleet
    ("В Воздушных силах сообщили, что над Запорожской областью ночью сбиты девять дронов.", {("claim", "ua", None)}),
    ("Того ж дня російське відомство заявило про взяття Новопавлівки.", {("claim", "ru", "Novopavlivka")}),
    ("A Black Sea Fleet spokesman denied that a ship in Sevastopol had been hit.", {("denial", "ru", "Sevastopol")}),
    # an assessment in the past tense is still the assessor's
    ("Аналітики ISW оцінювали, що росіяни контролюють більшу частину Торецька.", {("confirmation", "other", "Toretsk")}),
    # the defender "controls the situation" near the village
    ("Ukraine's forces control the situation near the village of Shakhove, the brigade told the Kyiv Independent.",
     {("denial", "ua", "Shakhove")}),
    # the hold said first, the enemy's attempt after it
    ("Сіверськ під контролем українських підрозділів, ворог намагається просочитися у місто малими групами, — заявив речник.",
     {("denial", "ua", "Siversk")}),
])
def test_hedges_answers_and_voices(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Российские войска заняли еще одно село в Запорожской области.", {("claim", "ru", None)}),
    ("О взятии населенного пункта под контроль сообщили в Минобороны.", {("claim", "ru", None)}),
    ("ВСУ лишились до 140 военнослужащих в зоне группировки «Юг».", {("claim", "ru", None)}),
    # a fight or an operation to take a place, no result; the operation done is a capture
    ("Продолжаются бои по освобождению Северска.", set()),
    ("Операція із захоплення Сіверська триває.", set()),
    ("Войска завершили операцию по освобождению Северска.", {("claim", "ru", "Siversk")}),
    # what a height lets one do is no event
    ("Висота біля Сіверська дає змогу контролювати дорогу на Слов'янськ.", set()),
    # half encircled, a flag raised or unfurled
    ("Покровск находится в полукольце, утверждают военкоры.", {("claim", "ru", "Pokrovsk")}),
    ("По словам военкоров, над Торецком поднят российский флаг.", {("claim", "ru", "Toretsk")}),
    ("Прапор РФ встановлено на околиці Сіверська, стверджують російські канали.", {("claim", "ru", "Siversk")}),
    ("Бойцы «Южной» группировки развернули флаг России на окраине Северска.", {("claim", "ru", "Siversk")}),
    # villages in cases the dictionaries lack: «Хотіня» (Хотінь), «Малих Щербаків» (Малі Щербаки)
    ("Ворог обстріляв околиці Хотіня, поранено чоловіка.", {("claim", "ua", "Khotin")}),
    ("Українські військові відійшли з позицій біля Малих Щербаків, визнали в угрупованні.",
     {("confirmation", "ua", "Mali Shcherbaky")}),
])
def test_gains_fights_and_village_cases(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the teller named in a parenthesis, «как утверждают X»
    ("Оба дрона, как утверждают украинские военные, были сбиты.", {("claim", "ua", None)}),
    # a side's creed about its targets is no strike
    ("Минобороны России утверждает, что наносит удары исключительно по военным объектам.", set()),
    # the towns "came under attack": the side hit tells it, whoever is named firing
    ("Ночью российские войска нанесли удары по области, под атакой оказались Павлоград и Кривой Рог.",
     {("claim", "ua", "Pavlohrad"), ("claim", "ua", "Kryvyi Rih")}),
    # "the People's Republic of Donetsk" is a region, not the city
    ("Russia says it has captured the town of Toretsk in the People's Republic of Donetsk.", {("claim", "ru", "Toretsk")}),
])
def test_tellers_creeds_and_republics(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Over the past day, Russian losses amounted to about 1,100 personnel.", {("claim", "ua", None)}),
    ("Удари минулої ночі прийшлися по Нікополю та Марганцю.", {("claim", "ua", "Nikopol"), ("claim", "ua", "Marhanets")}),
    # a strike's traces in imagery are independent evidence of it; a fire station is no fire
    ("Satellite images published on Monday show burn marks beside the hangars at Saky.", {("confirmation", "other", "Saky")}),
    ("Geolocated footage shows a large fire at the fuel depot near Dzhankoi.", {("confirmation", "other", "Dzhankoi")}),
    ("Footage shows a fire station in Kupiansk.", set()),
    # a commander's units pulled back, the place unnamed; people hurt by the aggression, counted
    ("Ukraine's army chief said units in the Kharkiv region had withdrawn to more favourable positions.",
     {("confirmation", "ua", None)}),
    ("Внаслідок російської агресії поранено п'ятьох людей.", {("claim", "ua", None)}),
])
def test_tallies_traces_and_pullbacks(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the region after the second "town of" is the second town's, not the first's
    ("Moscow said its units had seized the city of Pokrovsk as well as the town of Kupiansk in the Kharkiv region.",
     {("claim", "ru", "Pokrovsk"), ("claim", "ru", "Kupiansk")}),
    # no evidence to hand is a hedge; a reporter unable to check an account, no place named
    ("В ISW заявили, что не располагают подтверждениями взятия Северска.", {("hedge", "other", "Siversk")}),
    ("Редакция не может независимо проверить эти данные.", {("hedge", "other", None)}),
    ("Проверить заявления сторон независимо не представляется возможным.", {("hedge", "other", None)}),
    ("Мы не можем проверить, как он себя чувствует.", set()),
    # assaults counted as stopped, the count before or after the verb
    ("В Силах обороны юга сообщили, что за сутки было отбито 17 атак.", {("claim", "ua", None)}),
    ("Украинские защитники остановили шесть штурмов у Северска.", {("claim", "ua", "Siversk")}),
    # Sumy in the genitive after a word that wants a place (not «сум», sorrow)
    ("Дрон влучив у гараж на околиці Сум, постраждалих немає.", {("claim", "ua", "Sumy")}),
    ("Сум і тривога не минають.", set()),
    # "the enemy" is the teller's word for who struck; the enemy's dead counted
    ("Увечері ворог скинув вибухівку з дрона на двір у Бериславі; поранено чоловіка.", {("claim", "ua", "Beryslav")}),
    ("За добу наші воїни знешкодили 140 окупантів.", {("claim", "ua", None)}),
])
def test_regions_hedges_repulses_and_enemies(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a party's claims named as what the sentence undermines are not its voice
    ("Ukrainian forces have regained significant control of Kupiansk in the Kharkiv region, undermining Moscow’s claims of victory.",
     {("claim", "ua", "Kupiansk")}),
    # a party as the object of a gerund is not who acts
    ("After encircling Russian units in the town, Ukrainian forces pushed on through Kupiansk, retaking its southern districts.",
     {("claim", "ua", "Kupiansk")}),
    # "maintains" a claim; "maintained its positions" says nothing
    ("Russia maintains it has captured the eastern town of Siversk.", {("claim", "ru", "Siversk")}),
    # Moscow's spelling after "liberating"
    ("Putin congratulated the troops on liberating Gulaypole.", {("claim", "ru", "Huliaipole")}),
    # a pronoun claiming a side's hold
    ("He claimed that every district of Kupyansk is now under Russian control.", {("claim", "ru", "Kupiansk")}),
])
def test_undermined_claims_gerunds_and_pronouns(sentence, want):
    assert said(sentence, "2025-12-20") == want


def test_one_dispute_gives_one_claim():
    # the headline answers an account of the place with no event named, the body the capture itself:
    # one claim about the place's control, not a second one of no event beside it
    text = ("Kyiv calls the Russian report about Huliaipole a fake\n\n"
            "Moscow said on Monday that its troops had captured Huliaipole. Ukraine's army said the claim was false.")
    got = extract_document(text)
    assert [(c["event"], c["place"], c["status"]) for c in got["claims"]] == [("control", "Huliaipole", "disputed")]


@pytest.mark.parametrize(("sentence", "want"), [
    # «о занятии X» after a verb of telling is a capture; a lesson is not
    ("Министерство обороны сообщило о занятии Северска.", {("claim", "ru", "Siversk")}),
    ("Учитель рассказал о занятии по истории в Северске.", set()),
    # «следует из данных X»: the source named after the account
    ("Украинские войска оставили село Шахово, следует из данных проекта DeepState.", {("confirmation", "other", "Shakhove")}),
])
def test_verbal_nouns_and_sources_named_after(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the enemy's troops "had been completely surrounded": the teller's success, not the enemy's gain
    ("A Ukrainian commander said Russian troops in Kupiansk had been completely surrounded.", {("claim", "ua", "Kupiansk")}),
    # "officers concede that ...", "admit that ...": the present tense concedes too
    ("Ukrainian officers concede that Russian infantry have gained a foothold in Stepnohirsk.",
     {("confirmation", "ua", "Stepnohirsk")}),
    # "saying Ukrainian units were holding X": the defender's hold in the continuous
    ("The spokesman called the report fiction, saying Ukrainian units were holding Siversk.", {("denial", "ua", "Siversk")}),
])
def test_surrounded_conceded_and_holding(sentence, want):
    assert said(sentence, "2025-12-12") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's grouping in Russian copy keeps its acronym: «ОСУВ "Днепр"» is Kyiv's, not Moscow's «Днепр»
    ('ОСУВ "Днепр" утверждает, что сообщения об оккупации россиянами сел не соответствуют действительности.',
     {("denial", "ua", None)}),
    # the enemy killing and wounding people, counted, no settlement named; the whole war's toll is no strike
    ("Окупанти за добу вбили двох і поранили сімох жителів області, повідомили в ОВА.", {("claim", "ua", None)}),
    ("Російські війська вбили понад сто тисяч цивільних за час війни.", set()),
])
def test_groupings_in_russian_and_tolls(sentence, want):
    assert said(sentence, "2025-08-27") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "lying a few hundred metres from the border" places the village; it tells no lie
    ("Moscow said it had captured Hrabovske, a village lying just a few hundred metres from the border.",
     {("claim", "ru", "Hrabovske")}),
    # Kyiv's corps in Ukrainian copy answers the claim
    ("Росіяни заявляють про «зачистку» Торецька, у 3-му армійському корпусі це спростовують.",
     {("claim", "ru", "Toretsk"), ("denial", "ua", "Toretsk")}),
    # the loss of a place denied
    ("В ВСУ отрицают потерю Северска", {("denial", "ua", "Siversk")}),
])
def test_lying_places_corps_and_losses_denied(sentence, want):
    assert said(sentence, "2026-01-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a day's report line opened by its community's adjective and a colon
    ("Краснопільська: ворог бив з міномета (5 вибухів).", {("claim", "ua", "Krasnopillia")}),
    ("Глухівська: пуск КАБів (3 вибухи).", {("claim", "ua", "Hlukhiv")}),
    ("Олександр Громов: ворог атакував село.", {("claim", "ua", None)}),
    # "near Ukraine's second-largest city Kharkiv" only says where the town lies
    ("Moscow said its troops had entered the border town of Vovchansk, near Ukraine's second-largest city Kharkiv.",
     {("claim", "ru", "Vovchansk")}),
    # shelled since the first day of the war: the town's record, no strike now
    ("Zelensky said Sumy had been hit by missiles and drones since the first day of this war.", set()),
])
def test_community_lines_rank_titles_and_war_long_records(sentence, want):
    assert said(sentence, "2025-08-27") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a speaker described in an apposition before the verb still speaks
    ("DeepState, a battlefield map run by volunteer analysts, said the village was still under Kyiv's control.",
     {("denial", "other", None)}),
    # holding made impossible is holding given up
    ("The shelling made it impossible to hold the positions there, a spokesman for the brigade said.", set()),
])
def test_appositions_before_the_saying_verb(sentence, want):
    assert said(sentence, "2025-09-13") == want
