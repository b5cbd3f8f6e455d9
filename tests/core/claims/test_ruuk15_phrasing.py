"""Phrasing of Russian and Ukrainian reports: what is not yet said, where troops only head, prospects.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # Nothing announced officially yet: the reporter hedges, nobody claims.
    ("О взятии Торецка официально пока не сообщалось.", {("hedge", "other", "Toretsk")}),
    ("Официально о взятии Нового Села ещё не объявляли.", {("hedge", "other", "Nove Selo")}),
    ("Офіційно про звільнення Борової поки не повідомляли.", {("hedge", "other", "Borova")}),
])
def test_nothing_official_yet_is_a_hedge(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Where a retreat or an advance heads is not where anything happened.
    ("Подразделения ВСУ оставили Белогоровку, отступив в сторону Северска, заявили в Минобороны России.",
     {("claim", "ru", "Bilohorivka")}),
    ("ЗСУ відступили з Тернів, відходячи у напрямку Лимана, повідомив Генштаб.",
     {("confirmation", "ua", "Terny")}),
    # The old name in brackets stands or falls with the name before it.
    ("ВСУ отошли с позиций у Марьинки и в направлении Торецка (Дзержинска), признали в Генштабе ВСУ.",
     {("confirmation", "ua", "Marinka")}),
])
def test_where_troops_head_is_no_place(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Holding back an advance along the directions of towns: fighting, no result anywhere.
    "Силы обороны сдерживают продвижение противника по направлениям населенных пунктов Орехов и Гуляйполе.",
    "Захисники стримують просування ворога у напрямках населених пунктів Оріхів та Степногірськ.",
    # A prospect: what troops will be able to do once a town is taken.
    "После взятия Часова Яра армия сможет продвинуться к Константиновке, полагает эксперт.",
    "Контроль над Торецьком, на думку аналітика, зможе знизити кількість обстрілів Горлівки.",
    # Kilometres left to an encirclement: not encircled yet.
    "До окружения украинской группировки под Покровском осталось около трёх километров.",
    "До оточення ворожих підрозділів біля Курахового залишилося кілька кілометрів.",
])
def test_no_statement(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Assaults toward villages that were beaten off: the repulse is at those villages.
    ("Штурми окупантів у напрямку Кліщіївки та Андріївки наші бійці відбили.",
     {("claim", "ua", "Klishchiivka"), ("claim", "ua", "Andriivka")}),
])
def test_assaults_toward_beaten_off(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A strike on a district or a community, named by its adjective: a strike with no settlement.
    ("Росіяни зранку вдарили по Ізюмському району, поранено жінку.", {("claim", "ua", None)}),
    ("Вранці ворог гатив по Шосткинському району з артилерії.", {("claim", "ua", None)}),
    ("Этой ночью удар пришелся на Суджанский район, сообщили в областном правительстве.", {("claim", "ru", None)}),
    # Drones shot down through the night, told in the imperfective.
    ("Над Полтавщиною всю ніч збивали російські дрони.", {("claim", "ua", None)}),
    ("Ночью над Курской областью сбивали украинские беспилотники.", {("claim", "ru", None)}),
])
def test_strikes_and_shootdowns_with_no_settlement(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The end of a quoted bulletin, its source an unnamed message: the enemy's troops it names are
    # what it tells of, not who speaks (the language's side does).
    ("Под Купянском поражены живая сила и техника 92-й бригады ВСУ», — говорится в сообщении.",
     {("claim", "ru", "Kupiansk")}),
    # Only reports, nothing more: the reporter hedges.
    ("Пока есть лишь сообщения о том, что украинские подразделения зашли в Терны.", {("hedge", "other", "Terny")}),
    ("Поки є лише повідомлення про те, що росіяни зайшли в Тернове.", {("hedge", "other", "Ternove")}),
])
def test_quoted_bulletins_and_mere_reports(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Strikes by Russia's army counted against named towns, in Russian: the count the side hit keeps.
    ("Российские военные нанесли 12 авиаударов по Вольнянску и Таврийскому.",
     {("claim", "ua", "Vilniansk"), ("claim", "ua", "Tavriiske")}),
    ("За сутки российские войска провели 9 авиаударов по Гуляйполю и Малой Токмачке.",
     {("claim", "ua", "Huliaipole"), ("claim", "ua", "Mala Tokmachka")}),
])
def test_counted_strikes_told_by_the_side_hit(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Tanks and fighting vehicles destroyed are the enemy's losses, even with a car in the list.
    ("За добу знищено 4 танки окупантів, 3 бойові машини піхоти та легковий автомобіль.", {("claim", "ua", None)}),
    ("Сили оборони знищили два танки й одну бойову броньовану машину окупантів.", {("claim", "ua", None)}),
])
def test_hardware_destroyed_is_losses(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A hotel, a mine or a plant named after a town is a site, not that town.
    ("В Белгороде обломки беспилотника повредили фасад гостиницы «Курск», сообщил губернатор.", {("claim", "ru", "Belgorod")}),
    ("Сильнее всего от удара дрона пострадал квартал у гостиницы \"Курск\".", set()),
])
def test_site_named_after_a_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An attempt that came to nothing, told by the defender: its repulse at the place.
    ("Ворог двічі пробував просунутися біля Берестового, але успіху не мав.",
     {("claim", "ua", "Berestove")}),
])
def test_attempt_that_came_to_nothing(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian-language tally of attacks recorded on towns, the attacker unnamed: the bulletin of the side hit.
    ("Всего зафиксировано 120 атак FPV-дронов по Вольнянску и Таврийскому.",
     {("claim", "ua", "Vilniansk"), ("claim", "ua", "Tavriiske")}),
    # ... but a tally that names Kyiv's forces as the attacker is Moscow's.
    ("За сутки зафиксировано 12 обстрелов со стороны ВСУ по Горловке.", {("claim", "ru", "Horlivka")}),
])
def test_recorded_attacks_tallied(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's name for the region places the one who tells of the harm on Moscow's side.
    ("Трое мирных жителей ранены при обстреле, сообщил глава ЛНР.", {("claim", "ru", None)}),
    # Pushing the enemy back toward a town: the town is where they head, not where anything happened.
    ("Подразделения заняли Щербиновку, оттесняя ВСУ к Дружковке.", {("confirmation", "other", "Shcherbynivka")}),
])
def test_moscow_names_and_pushing_toward(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy hit something, or a hit told by its noun: a strike with no settlement named.
    ("Ворог влучив у складське приміщення, де працювали люди.", {("claim", "ua", None)}),
    ("Начальник ОВА повідомив про влучання у будівлю ліцею.", {("claim", "ua", None)}),
    # ... but the sites of the hits are the aftermath of a strike told before.
    ("На місцях влучань працюють рятувальники.", set()),
])
def test_hits_told_by_verb_or_noun(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Forced to leave a town: the side that left concedes it.
    ("Украинским подразделениям пришлось оставить Пески.", {("confirmation", "ua", "Pisky")}),
    ("Українським військовим довелося залишити Піски.", {("confirmation", "ua", "Pisky")}),
])
def test_forced_to_leave(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The village just named, taken as the sentence's object: a capture with no settlement named here.
    ("Посёлок удалось взять под контроль после трёх дней штурма, сообщили в Минобороны России.", {("claim", "ru", None)}),
    ("Цей населений пункт звільнили бійці окремої штурмової бригади.", {("claim", "ua", None)}),
    ("Как уточнили в Минобороны, поселок освободили штурмовики группировки «Днепр».", {("claim", "ru", None)}),
])
def test_village_just_named_taken(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's forces named as the ones who damaged something on Russian land, in a governor's headline.
    ("Украинские военные повредили подстанцию и склад на юге Брянской области, сообщил губернатор.", {("claim", "ru", None)}),
])
def test_kyivs_forces_damaged(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Villages of a split oblast «under enemy fire», in Russian: the words of Kyiv's administration.
    ("Днем под вражеским обстрелом находились Белозерка, Антоновка и Станислав.",
     {("claim", "ua", "Bilozerka"), ("claim", "ua", "Antonivka"), ("claim", "ua", "Stanislav")}),
    # ... unless Kyiv's forces are named as the ones firing: then Moscow's side tells it.
    ("Под вражеским огнем со стороны ВСУ оказались Горловка и Ясиноватая.",
     {("claim", "ru", "Horlivka"), ("claim", "ru", "Yasynuvata")}),
])
def test_enemy_fire_in_split_oblasts(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «відкрита територія» is open ground, not a prospect that «відкриє шлях».
    ("Увечері у Вовчанських Хуторах через обстріл відкритої місцевості загорілася суха трава.",
     {("claim", "ua", "Vovchanski Khutori")}),
    ("Взяття Торецька відкриє шлях на Костянтинівку, вважають аналітики.", set()),
])
def test_open_ground_is_no_prospect(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An offensive's target is not what it took; a town taken during it still is.
    ("Прорив оборони дозволив почати наступ на Лиман і Ямпіль.", set()),
    ("ЗСУ звільнили Андріївку під час наступу на Бахмут.", {("claim", "ua", "Andriivka")}),
    # A surname after «в дописі» is whose post it is, not a village spelt like it.
    ("Сили оборони звільнили Балаклію, йдеться в дописі Шевченка.", {("claim", "ua", "Balakliia")}),
])
def test_offensive_targets_and_posts(sentence, want):
    assert said(sentence) == want
