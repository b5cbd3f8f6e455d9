"""Ukrainian- and Russian-language reporting: constructions the rules used to miss or misplace.

One group per general cause; every sentence is invented, the places are real so the gazetteer
can be checked.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# A day's repulses counted with no settlement named: the party's claim, placed nowhere.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Наші бійці на Лиманському напрямку вже відбили 9 спроб ворога прорватися.", {("claim", "ua", None, "control")}),
    ("Захисники вже зупинили 14 штурмів противника на Гуляйпільському напрямку.", {("claim", "ua", None, "control")}),
    ("З початку доби на Сіверському напрямку відбито 6 атак окупантів.", {("claim", "ua", None, "control")}),
    ("Подразделения группировки «Днепр» отразили 4 контратаки штурмовых групп противника.", {("claim", "ru", None, "control")}),
])
def test_counted_repulses_without_a_place_are_claims(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "На Краматорському напрямку відбулося 17 бойових зіткнень.",
    "Ворог 12 разів намагався просунутися на Торецькому напрямку.",
    "Противник не зміг відбити жодної з 5 атак наших підрозділів.",
])
def test_counted_fighting_without_a_repulse_is_nothing(sentence):
    assert _triples(sentence) == set()


# «безуспішні наступальні дії біля X»: an attack that failed is a repulse at X.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Противник двічі вів безуспішні штурмові дії в районі Кліщіївки.", {("claim", "ua", "Klishchiivka", "control")}),
    ("Окупанти безуспішно штурмували позиції поблизу Торського.", {("claim", "ua", "Torske", "control")}),
    ("Противник безуспешно атаковал позиции у Кременной.", {("claim", "ru", "Kreminna", "control")}),
])
def test_unsuccessful_attacks_are_repulses(sentence, want):
    assert _triples(sentence) == want


# «у Х-ському старостаті Y-ської громади»: the starosta district's village, not the community's town.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Дрон влучив у господарчу будівлю в Нижньосироватському старостаті Сумської громади, поранено чоловіка.",
     {("claim", "ua", "Nyzhnia Syrovatka", "strike")}),
    ("Унаслідок удару по Басівському старостату Хотінської громади пошкоджено будинок.",
     {("claim", "ua", "Basivka", "strike")}),
])
def test_a_starosta_district_names_its_village(sentence, want):
    assert _triples(sentence) == want


# Villages of Russia's border districts that the news names: known by their Russian spellings and
# declined forms, and a Russian spelling beside a Ukrainian oblast still means Ukraine's namesake.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Губернатор сообщил, что дрон ВСУ атаковал Снагость, повреждены два дома.", {("claim", "ru", "Snagost", "strike")}),
    ("Украинский беспилотник сбросил взрывчатку на ферму в Сушанах Климовского района.",
     {("claim", "ru", "Sushany", "strike")}),
    ("Украинский дрон сбросил взрывчатку на двор в Горнали, ранен пенсионер, сообщил Хинштейн.",
     {("claim", "ru", "Gornal", "strike")}),
    ("Глава региона сообщил об атаке дрона на село Нехотеевка, пострадала женщина.",
     {("claim", "ru", "Nekhoteyevka", "strike")}),
    ("Армия России освободила Толпино и Апанасовку в Курской области.",
     {("claim", "ru", "Tolpino", "control"), ("claim", "ru", "Apanasovka", "control")}),
    ("В Гончаровке Харьковской области после удара ранена женщина.", {("claim", "ua", "Honcharivka", "strike")}),
])
def test_russian_border_villages(sentence, want):
    assert _triples(sentence) == want


# Kyiv calling Moscow's account untrue in a noun phrase: «... не відповідає фактам», «... не
# підтверджуються фактами»; the account, when its author is named, is Moscow's claim.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Заяви Кремля про захоплення Сіверська не відповідають фактам, наголосили в угрупованні.",
     {("claim", "ru", "Siversk", "control"), ("denial", "ua", "Siversk", "control")}),
    ("У Генштабі наголосили, що твердження Міноборони РФ про оточення Покровська не підтверджуються фактами.",
     {("claim", "ru", "Pokrovsk", "control"), ("denial", "ua", "Pokrovsk", "control")}),
    ("В ВСУ заявили, что информация о взятии Лимана не соответствует фактам.", {("denial", "ua", "Lyman", "control")}),
])
def test_accounts_called_contrary_to_facts_are_denials(sentence, want):
    assert _triples(sentence) == want


# «нашими захисниками зупинено N спроб» (the impersonal form) is the repulse «зупинили» is.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Біля Юнаківки зупинено чергову спробу ворожої ДРГ зайти в село.", {("claim", "ua", "Yunakivka", "control")}),
    ("Поблизу Торського зупинено спробу противника просунутися.", {("claim", "ua", "Torske", "control")}),
])
def test_impersonal_stopped_attempts_are_repulses(sentence, want):
    assert _triples(sentence) == want


# What a side "may lose" next is a forecast, not a place taken.
@pytest.mark.parametrize(("sentence", "want"), [
    ("По словам Пушилина, ВСУ сдали Курахово и в ближайшие недели могут потерять Андреевку и Дачное.",
     {("claim", "ru", "Kurakhove")}),
    ("Окупанти вже втратили Роботине і можуть втратити Вербове.", {("claim", "ua", "Robotyne")}),
])
def test_what_may_be_lost_next_is_a_forecast(sentence, want):
    assert {(s.stance, s.side, s.place) for s in extract_statements(sentence)} == want


# A party refuting an account of gains whose places the sentence does not name: its denial, unplaced;
# an account of something else, or one only pointed at («ці твердження»), is not.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони півдня спростували вкиди окупантів про оточення наших підрозділів.",
     {("denial", "ua", None, "control")}),
    ("В Генштабе ВСУ опровергли сообщения российских каналов о захвате двух сел на Сумщине.",
     {("denial", "ua", None, "control")}),
    ("Песков опроверг сообщения о подготовке новой встречи делегаций.", set()),
    ("У Генштабі спростували ці твердження.", set()),
])
def test_refuted_accounts_of_unnamed_places(sentence, want):
    assert _triples(sentence) == want


# The army whose losses are counted is not the one telling them: Moscow's tallies of Kyiv's losses
# are Moscow's claims, Kyiv's of Moscow's are Kyiv's.
@pytest.mark.parametrize(("sentence", "want"), [
    ("По информации ведомства, за неделю части Вооруженных сил Украины (ВСУ) потеряли свыше 700 бойцов.",
     {("claim", "ru", None, "losses")}),
    ("Збройні сили РФ втратили за добу ще 980 військових, повідомив Генштаб ЗСУ.", {("claim", "ua", None, "losses")}),
])
def test_the_losing_army_is_not_the_speaker(sentence, want):
    assert _triples(sentence) == want


# Moscow's spellings of front-line villages: a neuter adjective name in «-овое» («Клиновое» is
# Klynove) and a possessive before its noun («Кучеров Яр» is Kucheriv Yar).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Подразделения «Южной» группировки освободили Клиновое в ДНР.", {("claim", "ru", "Klynove", "control")}),
    ("Армия России установила контроль над населенным пунктом Кучеров Яр.", {("claim", "ru", "Kucheriv Yar", "control")}),
])
def test_russian_forms_of_front_line_villages(sentence, want):
    assert _triples(sentence) == want
