"""Ukrainian and Russian phrasing: statements that name no settlement, and what a sentence names
that is no place of an event.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tui.core.claims.pipeline import extract_document


def _said(text: str) -> set[tuple[str, str, str | None]]:
    got = extract_document(text)
    return {(s["stance"], s["side"], s["place"]) for s in got["statements"] + got["unplaced"]}


@pytest.mark.parametrize(("sentence", "want"), [
    # One settlement taken, its name not given: the side that liberates it claims it.
    ("Штурмовые подразделения освободили ещё один населённый пункт в Луганской Народной Республике.",
     {("claim", "ru", None)}),
    ("Село освобождено бойцами мотострелковой бригады после трёх суток боёв.", {("claim", "ru", None)}),
    ("Населенный пункт полностью освобожден от подразделений противника.", {("claim", "ru", None)}),
    ("Освобождение этого поселка открыло путь к трассе на север.", {("claim", "ru", None)}),
    ("Десантники звільнили село на Запоріжжі та закріпилися на його околиці.", {("claim", "ua", None)}),
    ("Сили оборони взяли під контроль населений пункт на Сумщині.", {("claim", "ua", None)}),
    # Told in Russian, liberated by Kyiv's troops: the side is the liberator's.
    ("ВСУ освободили небольшое село в Харьковской области, сообщает украинская сторона.", {("claim", "ua", None)}),
    # Aims, fights for it, negation and adjectives are no capture.
    ("Бои за освобождение этого села не утихают вторую неделю.", set()),
    ("Штурмовики пытаются освободить село у реки.", set()),
    ("Бригада так и не освободила поселок.", set()),
    ("В освобождённом селе сапёры обезвреживают мины.", set()),
    # A name after the settlement word is the place; the rule for unnamed ones stays out.
    ("Подразделения группировки «Центр» освободили населенный пункт Новоселовка в ДНР.",
     {("claim", "ru", "Novoselivka")}),
])
def test_one_settlement_taken_unnamed(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Drones neutralised by air defence are downed; a tally's line with its verb left out still counts them.
    ("Дежурные средства ПВО нейтрализовали 14 украинских беспилотных летательных аппаратов над Смоленской областью.",
     {("claim", "ru", None)}),
    ("Два БпЛА — над территорией Липецкой области,", {("claim", "ru", None)}),
    ("Ещё пять беспилотников – над территорией Тамбовской области.", {("claim", "ru", None)}),
    # An aim to neutralise them is no shootdown.
    ("Нейтрализовать все беспилотники расчётам пока не удалось.", set()),
])
def test_drones_neutralised_or_listed_by_region(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A town a relative clause places the village by ("що на сході від X", «что западнее X») is no place of the event.
    ("Окупанти просунулися до вулиці Садової у Новій Полтавці, що на сході від Покровська Донецької області.",
     {("confirmation", "other", "Nova Poltavka")}),
    ("Загарбники закріпилися в Новій Полтавці, що на півночі від Покровська.", {("confirmation", "other", "Nova Poltavka")}),
    ("Подразделения группировки «Центр» освободили Степовое, что северо-западнее Авдеевки.", {("claim", "ru", "Stepove")}),
    # The bearing on its own, with no clause, still names the town advanced by.
    ("Окупанти просунулися на заході від Торецька.", {("confirmation", "other", "Toretsk")}),
])
def test_town_placing_another_in_a_relative_clause(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A news site's rubric in front of a line is no village of that name.
    ("Новини України - Генштаб спростував чутки про оточення Куп'янська.", {("denial", "ua", "Kupiansk")}),
    ("Новости Украины — Минобороны РФ заявило об освобождении Курахово.", {("claim", "ru", "Kurakhove")}),
])
def test_news_rubric_in_front(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An assessment is the assessor's word, also when the institute is named by its first word only.
    ("Інститут пов'язує це з тим, що українські війська відійшли на зручніші рубежі біля Малинівки.",
     {("confirmation", "other", "Malynivka")}),
    ("Аналітики ISW вважають, що українські підрозділи відійшли з Малинівки.", {("confirmation", "other", "Malynivka")}),
    ("Институт считает, что украинские войска отошли от Малиновки.", {("confirmation", "other", "Malynivka")}),
    # A party's own view stays the party's.
    ("У Генштабі ЗСУ вважають, що ворог захопив Малинівку.", {("confirmation", "ua", "Malynivka")}),
])
def test_assessment_verbs_name_the_assessor(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Villages of a community, counted or not, are no place of their own: the community's town is not where it happened.
    ("Після обіду обстрілу зазнало одне із сіл Миропільської громади.", {("claim", "ua", None)}),
    ("Ворожих ударів зазнали 3 населені пункти Білозерської громади.", {("claim", "ua", None)}),
    ("Окупанти обстріляли два села Великописарівської громади, поранено чоловіка.", {("claim", "ua", None)}),
    # The community itself, or a village named in it, stays as before.
    ("Окупанти обстріляли Миропільську громаду, поранено чоловіка.", {("claim", "ua", "Myropillia")}),
    ("У селі Піщане Сумської громади від удару дрона поранено жінку.", {("claim", "ua", "Pishchane")}),
])
def test_villages_of_a_community(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A grouping's kills listed after a dash: the count after the dash names no source, the grouping's side claims them.
    ("Бойцы группировки «Центр» за сутки уничтожили до 90 украинских военных, «Восток» – более 130 военнослужащих ВСУ.",
     {("claim", "ru", None)}),
    # A source of information with no party named ends at its comma: the party after it is what was told.
    ("По данным местных СМИ, ВСУ уничтожили жилой дом в Горловке.", {("claim", "ru", "Horlivka")}),
    # A person's words keep the party named after them as the one speaking.
    ("По словам Гуменюк, украинские подразделения по-прежнему удерживают позиции в Крынках.",
     {("denial", "ua", "Krynky")}),
])
def test_who_speaks_after_a_dash_or_a_source(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A governor telling of a strike by the other side's forces speaks for the side that was hit.
    ("Губернатор сообщил об обстреле ВСУ прибрежного поселка в Херсонской области.", {("claim", "ru", None)}),
    ("Губернатор Запорожской области заявил об ударе ВСУ по окраине, ранены двое.", {("claim", "ru", None)}),
    ("Губернатор Харьковской области сообщил об обстреле российскими войсками пригорода, ранены трое.",
     {("claim", "ua", None)}),
])
def test_governor_side_from_the_attacker(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy's damage told in a regional report is a strike, its settlements unnamed.
    ("Також загарбники понівечили склад, два трактори та легковик.", {("claim", "ua", None)}),
    ("Окупанти пошкодили 4 приватні будинки та газопровід.", {("claim", "ua", None)}),
    ("Російські військові били по об'єктах інфраструктури області, пошкодили 2 багатоповерхівки.", {("claim", "ua", None)}),
    ("Оккупанты повредили три жилых дома и линию электропередачи.", {("claim", "ua", None)}),
    # Damage that did not happen, or with nobody attacking, is no strike.
    ("Окупанти не пошкодили жодного об'єкта.", set()),
    ("Пошкоджено два паркани.", set()),
])
def test_enemy_damage_without_a_settlement(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Most of an unnamed town still in Kyiv's hands: a denial by Kyiv's side, no place.
    ("Насправді більша частина селища й далі під контролем Сил оборони.", {("denial", "ua", None)}),
    ("Значительная часть города по-прежнему – под контролем ВСУ.", {("denial", "ua", None)}),
    # Held by the other side, or no longer held, it is no denial.
    ("Большая часть поселка под контролем российских войск.", set()),
    ("Большая часть поселка уже не под контролем ВСУ.", set()),
])
def test_part_of_an_unnamed_town_held(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's defenders carrying on a defence operation inside a town still hold it: a denial.
    ("Сили оборони продовжують оборонну операцію в Костянтинівці.", {("denial", "ua", "Kostiantynivka")}),
    ("Оборонна операція в Костянтинівці триває.", {("denial", "ua", "Kostiantynivka")}),
    ("Наші захисники продовжують оборону Костянтинівки.", {("denial", "ua", "Kostiantynivka")}),
    ("Силы обороны продолжают оборонительную операцию в Константиновке.", {("denial", "ua", "Kostiantynivka")}),
    # Whose defence the words do not tie to Kyiv's troops says nothing here.
    ("Российские подразделения продолжают оборону Суджи.", set()),
    ("Окупанти продовжують оборону в Олешках.", set()),
])
def test_defence_operation_goes_on_inside(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A later word of a name declined in -у/-ю («Гай» -> «Гаю», «Яр» -> «Яру») is still that name, not its first word alone.
    ("Сили оборони відбили 4 атаки поблизу Веселого Гаю та Торського.",
     {("claim", "ua", "Veselyi Hai"), ("claim", "ua", "Torske")}),
    ("Окупанти обстріляли село у Зеленому Гаю на Донеччині, поранено жінку.", {("claim", "ua", "Zelenyi Hai")}),
])
def test_name_whose_last_word_takes_the_u_case(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A list after a semicolon with no verb of its own goes on with the clause before it.
    ("Від ворожих обстрілів постраждали Бруски, Студенок Сумської області; Хрінівка, Ясна Поляна Чернігівської області.",
     {("claim", "ua", "Brusky"), ("claim", "ua", "Studenok"), ("claim", "ua", "Khrinivka"), ("claim", "ua", "Yasna Poliana")}),
    # A clause with words of its own keeps its own voice.
    ("Окупанти заявили про захоплення Студенка; Сили оборони це спростували.",
     {("claim", "ru", "Studenok"), ("denial", "ua", "Studenok")}),
])
def test_list_after_a_semicolon(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A list of settlements goes on past the oblast named after its first name: Moscow's spelling of a later
    # name is still read by its skeleton.
    ("Артиллерия нанесла поражение подразделениям ВСУ в районах населенных пунктов Ровнополье Запорожской области, "
     "Даниловка, Орестополь и Тихое Днепропетровской области.",
     {("claim", "ru", "Rivnopillia"), ("claim", "ru", "Danylivka"), ("claim", "ru", "Orestopil"), ("claim", "ru", "Tykhe")}),
])
def test_list_goes_on_past_an_oblast(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's «Большая» is Kyiv's «Велика»: the village the Russian spelling names, found by its skeleton.
    ("Освобожден населенный пункт Большая Шапковка в Харьковской области.", {("claim", "ru", "Velyka Shapkivka")}),
    ("Под удар попало село Большая Александровка Херсонской области, сообщил Сальдо.",
     {("claim", "ru", "Velyka Oleksandrivka")}),
    # The enemy's shelling told in Russian by the side that was hit, in an oblast the front cuts through.
    ("В с. Большая Шапковка Купянского района в результате вражеского обстрела повреждён дом.",
     {("claim", "ua", "Velyka Shapkivka")}),
])
def test_russian_spelling_of_velyka(sentence, want):
    assert _said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A running total of the war's damage, a village cleared of mines, drones listed over no region: nothing.
    ("Окупанти зруйнували понад 400 будинків у громаді за час повномасштабної війни.", set()),
    ("Сапери звільнили село від мін за тиждень.", set()),
    ("Два дрони — над морем.", set()),
])
def test_no_statement_from_totals_or_clearing(sentence, want):
    assert _said(sentence) == want
