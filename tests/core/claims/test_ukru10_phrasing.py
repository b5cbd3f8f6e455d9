"""Ukrainian- and Russian-language reporting: constructions the rules used to miss or misread.

One group per general cause; every sentence is invented, the places are real so the gazetteer
can be checked.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# A defender's formula: the situation at a named place is under control, or it controls the
# situation there. It still holds the place: a denial, for Kyiv unless the place is in Russia.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Обстановка у Зарічному напружена, але під контролем, повідомив речник бригади.",
     {("denial", "ua", "Zarichne", "control")}),
    ("Ситуація в районі Курахового контрольована, наголосили в угрупованні.",
     {("denial", "ua", "Kurakhove", "control")}),
    ("Ситуация в Часовом Яре остается тяжелой, но контролируемой, сказал офицер.",
     {("denial", "ua", "Chasiv Yar", "control")}),
    ("Сили оборони контролюють ситуацію у Вовчанську, заявили в штабі.",
     {("denial", "ua", "Vovchansk", "control")}),
])
def test_situation_under_control_is_the_defenders_denial(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # under the enemy's control: no defender's formula
    ("Ситуация в Курахово под контролем российских войск, сообщил Пушилин.", {("claim", "ru", "Kurakhove", "control")}),
    # no place: nothing to deny
    ("Ситуація на Лиманському напрямку під контролем, заявив речник.", set()),
])
def test_situation_formula_needs_a_defender_and_a_place(sentence, want):
    assert _triples(sentence) == want


# A town's record of being hit, and an explainer of what a war cost: no particular strike or tally.
@pytest.mark.parametrize("sentence", [
    "Суджа, лежащая у самой границы, уже не раз подвергалась обстрелам.",
    "Грайворон неоднократно становился мишенью для украинских дронов.",
    "Марганець неодноразово зазнавав ударів російської артилерії.",
    "Рассказываем и объясняем, сколько техники потеряла армия за год боев.",
    "У матеріалі пояснюємо, скільки військових втратив ворог за зиму.",
])
def test_a_record_or_an_explainer_is_no_event(sentence):
    assert _triples(sentence) == set()


def test_repeated_attacks_within_a_day_are_still_a_strike():
    assert _triples("За ночь ВСУ неоднократно атаковали дронами село Головчино, повреждены дома.") \
        == {("claim", "ru", "Golovchino", "strike")}


# Reports said to have come in or appeared, vouched for by nobody: the reporter's hedge.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Поступили сообщения о взрывах и пожаре на подстанции в Судже.", {("hedge", "other", "Sudzha", "strike")}),
    ("Надійшли повідомлення про влучання дрона в нафтобазу в Новозибкові.", {("hedge", "other", "Novozybkov", "strike")}),
])
def test_reports_that_came_in_are_hedged(sentence, want):
    assert _triples(sentence) == want


# A region, a community or what is on it attacked from the air, with no settlement named: the
# hit side's placeless strike claim; so is a death or the victims reported without a place.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Украинские дроны атаковали пять районов Брянской области, сообщил Богомаз.", {("claim", "ru", None, "strike")}),
    ("ВСУ за ночь атаковали два муниципальных округа Курской области.", {("claim", "ru", None, "strike")}),
    ("Російські ударні безпілотники атакували три громади Харківщини, повідомив Синєгубов.", {("claim", "ua", None, "strike")}),
    ("Губернатор сообщил о гибели водителя после удара украинского дрона по грузовику.", {("claim", "ru", None, "strike")}),
])
def test_air_attacks_on_a_region_are_placeless_strikes(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "На Костянтинівському напрямку окупанти атакували 9 разів поблизу Торського.",
    "Штурмовые группы атаковали позиции противника на Запорожском направлении.",
])
def test_ground_attacks_are_no_strike(sentence):
    assert _triples(sentence) == set()


# A party rejecting a gain whose settlements the sentence does not name: its placeless denial, by a
# denial verb on the gain itself, by calling the account untrue, or by the account said to be false.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В командовании ВСУ отрицают потерю контроля над двумя селами на Лиманском направлении.", {("denial", "ua", None, "control")}),
    ("Генштаб ЗСУ заперечив втрату контролю над кількома селами на Куп'янському напрямку.", {("denial", "ua", None, "control")}),
    ("Генштаб назвал фейком заявления Минобороны РФ об окружении бригады.", {("denial", "ua", None, "control")}),
    ("Генштаб ЗСУ заявив, що повідомлення окупантів про захоплення трьох сіл не відповідають дійсності.",
     {("denial", "ua", None, "control")}),
])
def test_placeless_denials_of_a_gain(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # a denial of something other than a gain in the war
    "Генштаб опроверг сообщения о переговорах с противником.",
    "Генштаб назвал фейком сообщения о мобилизации студентов.",
])
def test_denials_of_other_news_are_no_control_denial(sentence):
    assert _triples(sentence) == set()


# A bulletin's repulses "near A and B and toward C and D": fought at A and B, only headed for C and D.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Оборонці зупинили 31 атаку у районах населених пунктів Торське, Ямполівка та у бік населених пунктів Дробишеве, Рідкодуб.",
     {("claim", "ua", "Torske", "control"), ("claim", "ua", "Yampolivka", "control")}),
    ("Силы обороны отразили 8 атак возле Степногорска и в направлении Малой Токмачки.",
     {("claim", "ua", "Stepnohirsk", "control")}),
    # toward alone: the repulse was there
    ("Наші воїни відбили атаку ворога у бік Піщаного.", {("claim", "ua", "Pishchane", "control")}),
])
def test_toward_list_after_a_near_list_is_no_repulse_there(sentence, want):
    assert _triples(sentence) == want


# Kyiv's outlets writing in Russian: Russia in lower case, a community («община») of Ukraine's local
# government — the words of the side that was hit.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В Изюмском районе за ночь зафиксированы обстрелы со стороны рф.", {("claim", "ua", None, "strike")}),
    ("Армия россии ударила по Балаклее, ранены двое жителей.", {("claim", "ua", "Balakliia", "strike")}),
])
def test_russia_in_lower_case_is_kyivs_voice(sentence, want):
    assert _triples(sentence) == want


# A district of a Russian border region named by its adjective is no village of that name.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Обстрелу подверглись села Валуйского округа Белгородской области, пострадала женщина.", {("claim", "ru", None, "strike")}),
    ("Обстрелам подверглись населенные пункты Лозовского, Балаклейского и Изюмского районов.",
     {("claim", "ua", None, "strike")}),
])
def test_district_adjectives_are_areas(sentence, want):
    assert _triples(sentence) == want


# A region's or communities' shelling told with no settlement: the hit side's placeless strike, also
# with the count in another case, nobody hurt but the attack told as an act, or the toll of "terror".
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти обстріляли з артилерії околиці шести населених пунктів Сумщини.", {("claim", "ua", None, "strike")}),
    ("Села Шосткинського району вдень зазнали атак ворожих дронів.", {("claim", "ua", None, "strike")}),
    ("Ворог обстрілює Нікопольщину, обійшлося без постраждалих, повідомив голова ОВА.", {("claim", "ua", None, "strike")}),
    ("Внаслідок російського терору за добу поранено четверо мешканців області.", {("claim", "ua", None, "strike")}),
])
def test_placeless_shelling_tallies(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Вздовж лінії фронту тривають обстріли прифронтових громад.",
    "Ворог продовжує вести обстріли прикордоння з мінометів.",
    "Пострадавших в результате этого обстрела нет, уточнил губернатор.",
    "Мэр осмотрел дома, где идет восстановление после обстрелов.",
    "Наступ має на меті відсунути ворога й зменшити обстріли Харківщини.",
])
def test_shelling_as_backdrop_or_aim_is_no_strike(sentence):
    assert _triples(sentence) == set()


# A hamlet of a Russian border region the gazetteer lacks: its whole two-word hyphenated name, romanised
# as the gazetteer's own border villages are (ye after a vowel).
@pytest.mark.parametrize(("sentence", "want"), [
    ("В селе Верхнее Песочное-Первое Белгородской области дрон ВСУ ранил мужчину.",
     {("claim", "ru", "Verkhneye Pesochnoye-Pervoye", "strike")}),
    ("В хуторе Гремучее Курской области дрон атаковал автомобиль, пострадал водитель.",
     {("claim", "ru", "Gremucheye", "strike")}),
])
def test_unlisted_border_hamlets_keep_their_whole_name(sentence, want):
    assert _triples(sentence) == want


def test_a_village_that_came_under_attack():
    assert _triples("Губернатор рассказал, что атаке подверглась деревня Снагость.") == {("claim", "ru", "Snagost", "strike")}


# Settlements taken, counted in the genitive and located only by a town nearby: the party's placeless claim.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В Минобороны сообщили о захвате четырех сел под Северском.", {("claim", "ru", None, "control")}),
    ("Окупанти звітували про захоплення трьох сіл поблизу Лимана.", {("claim", "ru", None, "control")}),
])
def test_counted_captures_near_a_town_are_placeless(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Окупанти намагалися захопити два села поблизу Сіверська.",
    "Бої за три села під Лиманом тривають.",
])
def test_counted_attempts_near_a_town_are_nothing(sentence):
    assert _triples(sentence) == set()


# The defence of a named place said to go on, and a capture the enemy still fails to achieve: Kyiv's denials.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Обстановка в Северске тяжелая, но оборонительная операция продолжается.", {("denial", "ua", "Siversk", "control")}),
    ("Ситуація у Вовчанську напружена, оборона міста триває.", {("denial", "ua", "Vovchansk", "control")}),
    ("Противнику до сих пор не удается осуществить замысел по захвату Купянска, заявили в группировке.",
     {("denial", "ua", "Kupiansk", "control")}),
])
def test_defence_going_on_and_plans_that_fail_are_denials(sentence, want):
    assert _triples(sentence) == want
