"""Ukrainian and Russian phrasing: statements that name no settlement, and what a sentence names
that is no place of an event.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tests.core.claims.phrasing import said


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
    # Aims, fights for it, negation, adjectives and clearing mines are no capture.
    ("Бои за освобождение этого села не утихают вторую неделю.", set()),
    ("Штурмовики пытаются освободить село у реки.", set()),
    ("Бригада так и не освободила поселок.", set()),
    ("В освобождённом селе сапёры обезвреживают мины.", set()),
    ("Сапери звільнили село від мін за тиждень.", set()),
    # A name after the settlement word is the place; the rule for unnamed ones stays out.
    ("Подразделения группировки «Центр» освободили населенный пункт Новоселовка в ДНР.",
     {("claim", "ru", "Novoselivka")}),
])
def test_one_settlement_taken_unnamed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Drones neutralised by air defence are downed; a tally's line with its verb left out still counts them.
    ("Расчёты противовоздушной обороны нейтрализовали 14 беспилотников над Смоленской областью.", {("claim", "ru", None)}),
    ("Ещё два беспилотника — над территорией Липецкой области.", {("claim", "ru", None)}),
    ("Четыре БпЛА — над акваторией Азовского моря,", {("claim", "ru", None)}),
    # An aim to neutralise them, or drones listed over no territory, is no shootdown.
    ("Нейтрализовать все беспилотники расчётам пока не удалось.", set()),
    ("Два дрони — над морем.", set()),
])
def test_drones_neutralised_or_listed_by_region(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A town a relative clause places the village by ("що на заході від X", «что западнее X») is no place of the event.
    ("Загарбники просунулися до школи у Новій Полтавці, що на заході від Покровська.",
     {("confirmation", "other", "Nova Poltavka")}),
    ("Загарбники закріпилися в Новій Полтавці, що на півночі від Покровська.", {("confirmation", "other", "Nova Poltavka")}),
    ("Подразделения группировки «Центр» освободили Степовое, что северо-западнее Авдеевки.", {("claim", "ru", "Stepove")}),
    # The bearing on its own, with no clause, still names the town advanced by.
    ("Окупанти просунулися на заході від Торецька.", {("confirmation", "other", "Toretsk")}),
])
def test_town_placing_another_in_a_relative_clause(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A news site's rubric in front of a line is no village of that name.
    ("Новини Сумщини: ворог обстріляв Білопілля з мінометів, поранено чоловіка.", {("claim", "ua", "Bilopillia")}),
    ("Новости Донбасса — Минобороны РФ заявило об освобождении Курахово.", {("claim", "ru", "Kurakhove")}),
])
def test_news_rubric_in_front(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An assessment is the assessor's word, also when the institute is named by its first word only.
    ("Інститут вважає, що українські підрозділи відійшли з Малинівки.", {("confirmation", "other", "Malynivka")}),
    ("Аналітики ISW вважають, що українські підрозділи відійшли з Малинівки.", {("confirmation", "other", "Malynivka")}),
    ("Институт полагает, что украинские войска отошли от Малиновки.", {("confirmation", "other", "Malynivka")}),
    # A party's own view stays the party's.
    ("У Генштабі ЗСУ вважають, що ворог захопив Малинівку.", {("confirmation", "ua", "Malynivka")}),
])
def test_assessment_verbs_name_the_assessor(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Villages of a community, counted or not, are no place of their own: the community's town is not where it happened.
    ("Зранку вибухи пролунали в одному з сіл Миропільської громади, пошкоджено будинок.", {("claim", "ua", None)}),
    ("Під ударом були 5 населених пунктів Білозерської громади.", {("claim", "ua", None)}),
    ("Окупанти двічі обстріляли два села Великописарівської громади, поранено чоловіка.", {("claim", "ua", None)}),
    # The community itself, or a village named in it, stays as before.
    ("Окупанти обстріляли Миропільську громаду, поранено чоловіка.", {("claim", "ua", "Myropillia")}),
    ("У селі Піщане Сумської громади від удару дрона поранено жінку.", {("claim", "ua", "Pishchane")}),
])
def test_villages_of_a_community(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A grouping's kills listed after a dash: the count after the dash names no source, the grouping's side claims them.
    ("Расчёты «Севера» за сутки уничтожили до 90 военнослужащих ВСУ, «Центра» – до 130 военных противника.",
     {("claim", "ru", None)}),
    # A source of information with no party named ends at its comma: the party after it is what was told.
    ("По данным местного телеканала, ВСУ ударили по жилому дому в Горловке.", {("claim", "ru", "Horlivka")}),
    # A person's words keep the party named after them as the one speaking.
    ("По словам Гуменюк, украинские подразделения по-прежнему удерживают позиции в Крынках.",
     {("denial", "ua", "Krynky")}),
])
def test_who_speaks_after_a_dash_or_a_source(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A governor telling of a strike by the other side's forces speaks for the side that was hit.
    ("Губернатор сообщил об обстреле ВСУ прибрежного поселка, ранена женщина.", {("claim", "ru", None)}),
    ("Губернатор Запорожской области заявил об ударе ВСУ по окраине, ранены двое.", {("claim", "ru", None)}),
    ("Губернатор Харьковской области сообщил об обстреле российскими войсками пригорода, ранены трое.",
     {("claim", "ua", None)}),
])
def test_governor_side_from_the_attacker(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy's damage told in a regional report is a strike, its settlements unnamed.
    ("Ворог також пошкодив склад, трактор і два легковики.", {("claim", "ua", None)}),
    ("Окупанти пошкодили 4 приватні будинки та газопровід.", {("claim", "ua", None)}),
    ("Російські війська вночі били по енергетичних об'єктах області, пошкодили підстанцію та 2 будинки.",
     {("claim", "ua", None)}),
    ("Оккупанты повредили три жилых дома и линию электропередачи.", {("claim", "ua", None)}),
    # Damage that did not happen, with nobody attacking, or counted over the whole war, is no strike.
    ("Окупанти не пошкодили жодного об'єкта.", set()),
    ("Пошкоджено два паркани.", set()),
    ("Окупанти зруйнували понад 400 будинків у громаді за час повномасштабної війни.", set()),
])
def test_enemy_damage_without_a_settlement(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Part of an unnamed town still in Kyiv's hands: a denial by Kyiv's side, no place.
    ("Попри штурми, частина селища досі під контролем ЗСУ.", {("denial", "ua", None)}),
    ("Значительная часть поселка по-прежнему под контролем украинских войск.", {("denial", "ua", None)}),
    # Held by the other side, or no longer held, it is no denial.
    ("Большая часть поселка под контролем российских войск.", set()),
    ("Большая часть поселка уже не под контролем ВСУ.", set()),
])
def test_part_of_an_unnamed_town_held(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's defenders carrying on a defence operation inside a town still hold it: a denial.
    ("Підрозділи ЗСУ продовжують оборонну операцію у Костянтинівці.", {("denial", "ua", "Kostiantynivka")}),
    ("Оборонна операція у Костянтинівці триває, повідомили в угрупованні.", {("denial", "ua", "Kostiantynivka")}),
    ("Наші захисники продовжують оборону Костянтинівки.", {("denial", "ua", "Kostiantynivka")}),
    ("Силы обороны Украины продолжают оборонительную операцию в Константиновке.", {("denial", "ua", "Kostiantynivka")}),
    # A defence near a town or on its approaches holds a line, not the town.
    ("Сили оборони продовжують оборону поблизу Костянтинівки.", set()),
    ("Українські захисники продовжують оборону на підступах до Костянтинівки.", set()),
    # Whose defence the words do not tie to Kyiv's troops says nothing here.
    ("Российские подразделения продолжают оборону Суджи.", set()),
    ("Окупанти продовжують оборону в Олешках.", set()),
])
def test_defence_operation_goes_on_inside(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A later word of a name declined in -у/-ю («Гай» -> «Гаю») is still that name, not its first word alone.
    ("Сили оборони відбили 4 атаки поблизу Веселого Гаю та Рівнопілля.",
     {("claim", "ua", "Veselyi Hai"), ("claim", "ua", "Rivnopillia")}),
    ("Окупанти скинули вибухівку з дрона у Зеленому Гаю на Донеччині, поранено жінку.", {("claim", "ua", "Zelenyi Hai")}),
])
def test_name_whose_last_word_takes_the_u_case(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A list after a semicolon with no verb of its own goes on with the clause before it.
    ("Через обстріли постраждали Запсілля Сумської області; Гирине, Карильське Чернігівської області.",
     {("claim", "ua", "Zapsillia"), ("claim", "ua", "Hyryne"), ("claim", "ua", "Karylske")}),
    # A clause with words of its own keeps its own voice.
    ("Окупанти заявили про захоплення Студенка; Сили оборони це спростували.",
     {("claim", "ru", "Studenok"), ("denial", "ua", "Studenok")}),
])
def test_list_after_a_semicolon(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A list of settlements goes on past the oblast named after one of its names: Moscow's spelling of a later
    # name is still read by its skeleton.
    ("Артиллерия «Востока» поразила подразделения ВСУ в районах населенных пунктов Зеленый Гай Запорожской области, "
     "Даниловка, Орестополь и Тихое Днепропетровской области.",
     {("claim", "ru", "Zelenyi Hai"), ("claim", "ru", "Danylivka"), ("claim", "ru", "Orestopil"), ("claim", "ru", "Tykhe")}),
])
def test_list_goes_on_past_an_oblast(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's «Большая» is Kyiv's «Велика»: the village the Russian spelling names, found by its skeleton.
    ("Освобожден населенный пункт Большая Шапковка в Харьковской области.", {("claim", "ru", "Velyka Shapkivka")}),
    ("Под удар попало село Большая Александровка Херсонской области, сообщил Сальдо.",
     {("claim", "ru", "Velyka Oleksandrivka")}),
    # The enemy's shelling told in Russian by the side that was hit, in an oblast the front cuts through.
    ("В селе Большая Шапковка Харьковской области в результате вражеского обстрела сгорел сарай.",
     {("claim", "ua", "Velyka Shapkivka")}),
])
def test_russian_spelling_of_velyka(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A bulletin's count of blasts alone details a strike told before: no statement of its own.
    ("Було зафіксовано 23 вибухи.", set()),
    ("Зафиксировано не менее девяти взрывов.", set()),
    # With harm to people it reports a strike.
    ("Зафіксовано 12 вибухів, поранено двох чоловіків.", {("claim", "ua", None)}),
])
def test_blasts_counted_alone(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Troops that do not leave a town concede nothing: the other side's claim of taking it stands.
    ("Рогов заявил, что российские войска зачищают Степногорск, который пока не покидают ВСУ.",
     {("claim", "ru", "Stepnohirsk")}),
    # Troops that left it, admitted by their own side, concede it.
    ("ВСУ покинули Степногорск, признали в Генштабе.", {("confirmation", "ua", "Stepnohirsk")}),
])
def test_not_leaving_is_no_withdrawal(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A bulletin's count of assaults on positions near villages is fighting with no result: no strike on them.
    ("Противник здійснив 9 атак на позиції наших військ у районах Кліщіївки та Андріївки.", set()),
    ("Упродовж доби ворог здійснив 6 атак на оборонні рубежі в районах Новопокровки та Тоненького.", set()),
])
def test_assaults_on_positions_are_no_strike(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Downed by air defence, neither counted nor placed: still the side's shootdown claim.
    ("Все они были сбиты силами противовоздушной обороны, сообщил губернатор.", {("claim", "ru", None)}),
    ("Ракету збили сили ППО над морем.", {("claim", "ua", None)}),
    # Not downed is no claim.
    ("Сили ППО не змогли збити ракету.", set()),
])
def test_downed_by_air_defence_uncounted(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A side's hit on the enemy's depots, equipment or manpower, no place named: its claim with no place.
    ("Кроме того, был уничтожен склад с горючим противника.", {("claim", "ru", None)}),
    ("Артиллеристы бригады атаковали технику и живую силу противника в Херсонской области.", {("claim", "ru", None)}),
    ("Сили оборони знищили склад боєприпасів окупантів.", {("claim", "ua", None)}),
    # Failing to hit it is no claim.
    ("ВСУ не смогли уничтожить склад.", set()),
])
def test_military_hit_without_a_settlement(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A share of a region's land liberated, no settlement named: the liberator's claim with no place.
    ("По словам главы республики, освобождено уже более 70% ее территории.", {("claim", "ru", None)}),
    ("Більшу частину території громади вже звільнено від окупантів.", {("claim", "ua", None)}),
    # An aim, or people of liberated lands, is none.
    ("Москва стремится освободить всю территорию области.", set()),
    ("Жители освобожденных территорий получают пенсии.", set()),
])
def test_share_of_land_liberated(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy pushed back with no settlement named: the side that pushed claims it.
    ("Бійці бригади відтіснили ворога на Запорізькому напрямку.", {("claim", "ua", None)}),
    ("Российские подразделения оттеснили ВСУ на Купянском направлении.", {("claim", "ru", None)}),
    # Failing to push them back is none.
    ("Ворог не відтіснив наші підрозділи.", set()),
])
def test_enemy_pushed_back_unplaced(sentence, want):
    assert said(sentence) == want
