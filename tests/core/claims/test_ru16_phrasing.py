"""Phrasing of Russian and Ukrainian reports: fires, answers to others' reports, retreats told by nouns.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize("sentence", [
    # A fire that began, spread or was put out, with nothing saying what caused it: no strike.
    "Пожар вспыхнул на нефтебазе в Тихорецке.",
    "Губернатор сообщил, что пожар на Туапсинском НПЗ потушен.",
    "Возле Армавира на складе начался пожар площадью 300 квадратных метров.",
    "Пожежу на підприємстві в Кременчуці ліквідували рятувальники.",
])
def test_a_fire_alone_is_no_strike(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # What set it off, named before or after it, makes it a strike again.
    ("В Тихорецке вспыхнул пожар после налёта беспилотников на нефтебазу.", {("claim", "ru", "Tikhoretsk")}),
    ("На нефтебазу в Тихорецке упал беспилотник, возник пожар.", {("claim", "ru", "Tikhoretsk")}),
    ("Пожар на складе в Армавире начался после падения БПЛА.", {("claim", "ru", "Armavir")}),
    ("Вранці російська ракета поцілила у склад у Кременчуці, спалахнула пожежа.", {("claim", "ua", "Kremenchuk")}),
])
def test_a_fire_with_its_cause_is_a_strike(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A party answering others' reports of a capture, before anything of its answer is told.
    "В Генштабе ВСУ отреагировали на сообщения о взятии Торецка.",
    "В Минобороны Украины прокомментировали информацию о захвате Курахово",
    "У Генштабі відреагували на повідомлення про захоплення Часового Яру.",
])
def test_an_untold_answer_is_no_statement(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # ... but an answer that rejects the report is a denial.
    ("В Генштабе ВСУ прокомментировали информацию о якобы захвате Торецка.", {("denial", "ua", "Toretsk")}),
])
def test_an_answer_that_rejects_is_a_denial(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's own retreat told by a noun, in Russian or Ukrainian, is Kyiv's concession ...
    ("Генштаб ВСУ подтвердил оставление Торецка.", {("confirmation", "ua", "Toretsk")}),
    ("Генштаб Украины сообщил о выходе украинских подразделений из Курахово.", {("confirmation", "ua", "Kurakhove")}),
    ("В Генштабе ВСУ заявили об отступлении ВСУ из Угледара.", {("confirmation", "ua", "Vuhledar")}),
    ("Генштаб ЗСУ підтвердив вихід українських підрозділів з Вугледара.", {("confirmation", "ua", "Vuhledar")}),
    # ... and Moscow's account of the same retreat is Moscow's claim.
    ("Минобороны России сообщило об отступлении ВСУ из Угледара.", {("claim", "ru", "Vuhledar")}),
    ("Минобороны России сообщило о выходе украинских подразделений из Курахово.", {("claim", "ru", "Kurakhove")}),
    # A retreat nobody is named as making leaves the claim next to it as it was.
    ("Минобороны России вновь заявило о контроле над Торецком на фоне слухов об отступлении.", {("claim", "ru", "Toretsk")}),
])
def test_a_retreat_told_by_a_noun(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # «оставление без ...», «залишення без ...»: people or streets left without power, no town given up
    "Генштаб ВСУ сообщил об оставлении без электричества нескольких кварталов Торецка.",
    "Мер повідомив про залишення без світла кількох вулиць Покровська.",
])
def test_left_without_power_is_no_retreat(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender saying the enemy controls part of a town concedes it, in Russian and Ukrainian ...
    ("По словам командира батальона ВСУ, оккупанты контролируют уже около трети Мирнограда.",
     {("confirmation", "ua", "Myrnohrad")}),
    ("За словами речника бригади ЗСУ, росіяни контролюють близько половини Торецька.",
     {("confirmation", "ua", "Toretsk")}),
    # ... as for a second village the same enemy is getting into in the same breath ...
    ("По словам офицера ВСУ, россияне контролируют около 40% Торецка и проникают в соседнюю Щербиновку.",
     {("confirmation", "ua", "Toretsk"), ("confirmation", "ua", "Shcherbynivka")}),
    # ... while its own troops controlling it is still a denial.
    ("Наши защитники контролируют Торецк, сообщил офицер ВСУ.", {("denial", "ua", "Toretsk")}),
])
def test_who_controls_a_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A village «под контролем Сил обороны» with no verb: Kyiv still holds it.
    ("Сухая Балка под контролем Сил обороны.", {("denial", "ua", "Sukha Balka")}),
    ("Командование: Новопавловка под контролем ВСУ", {("denial", "ua", "Novopavlivka")}),
])
def test_under_kyivs_control_without_a_verb(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «мирный житель» is a civilian, not the village of Myrne or Mirny
    ("Мирный житель ранен при атаке дрона ВСУ на Шебекино.", {("claim", "ru", "Shebekino")}),
    ("Мирная жительница пострадала при обстреле Грайворона, сообщил губернатор.", {("claim", "ru", "Grayvoron")}),
    ("Мирний житель загинув унаслідок обстрілу Берислава, повідомили в ОВА.", {("claim", "ua", "Beryslav")}),
])
def test_a_civilian_is_no_village(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Shelling that went on, with nothing it hit: no strike of its own.
    "Обстрелы продолжились и ночью.",
    "Атаки дронів тривали до ранку.",
])
def test_shelling_going_on_is_no_strike(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian spelling the gazetteer lacks, taken by the verb of capture, its oblast right after it.
    ("Подразделения российской армии освободили Запорожское Днепропетровской области.", {("claim", "ru", "Zaporizke")}),
    # (a region after the verb is no village)
    ("ВС РФ освободили Курскую область, заявил Герасимов.", set()),
])
def test_captured_name_before_its_oblast(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's strike told with the people it killed or hurt: the side that was hit tells it so ...
    ("Российские войска нанесли удар по Славянску, погибли два человека.", {("claim", "ua", "Sloviansk")}),
    ("Ночью армия России нанесла ракетный удар по Кременчугу — ранены восемь человек.", {("claim", "ua", "Kremenchuk")}),
    # ... while a strike told with the soldiers it killed, or with no one hurt, is Moscow's own.
    ("Российские войска нанесли удар по Славянску, погибли до 40 военнослужащих ВСУ.", {("claim", "ru", "Sloviansk")}),
    ("Российские войска нанесли удар по пункту временной дислокации в Славянске.", {("claim", "ru", "Sloviansk")}),
])
def test_a_strike_told_with_its_dead(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's forces pushing the enemy out, told in Russian: Kyiv's gain, not Moscow's.
    ("Украинские бойцы выбили противника из Пятихаток.", {("claim", "ua", "Piatykhatky")}),
    ("ВСУ вытеснили оккупантов из Пятихаток.", {("claim", "ua", "Piatykhatky")}),
    ("Российские войска выбили ВСУ из Пятихаток.", {("claim", "ru", "Piatykhatky")}),
])
def test_pushed_out_by_kyiv(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian spelling the gazetteer lacks after a verb of capture, placed by the town beside it
    # (which, right after the village, only says where it lies, as «Північне біля Торецька» does).
    ("Силы обороны освободили Клещеевку возле Бахмута.", {("claim", "ua", "Klishchiivka")}),
])
def test_captured_name_beside_a_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # What a capture would bring, in the conditional mood: nothing taken.
    ("Взятие Курахово открыло бы армии путь на Покровск.", set()),
    ("Захоплення Вугледара дало би ворогу змогу наступати на Курахове.", set()),
    # («хотя бы», "at least", is no conditional)
    ("ВСУ освободили Пятихатки, хотя бы на время.", {("claim", "ua", "Piatykhatky")}),
])
def test_a_conditional_takes_nothing(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An advance the enemy failed to make, told by Kyiv's side: a denial, never a concession.
    ("Оккупанты не смогли прорваться к Мирнограду.", {("denial", "ua", "Myrnohrad")}),
    ("Ворогу не вдалося просунутися біля Часового Яру.", {("denial", "ua", "Chasiv Yar")}),
    # Moscow's army failing, in Russian: only Kyiv's media tell it so.
    ("Армия РФ за полгода так и не смогла взять Часов Яр.", {("denial", "ua", "Chasiv Yar")}),
])
def test_an_advance_that_failed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Reports of a capture said to be unconfirmed, in Russian's participle: the reporter's hedge.
    ("Информация о взятии Курахово пока не подтверждена.", {("hedge", "other", "Kurakhove")}),
    ("Сообщения о захвате Угледара официально не подтверждены.", {("hedge", "other", "Vuhledar")}),
])
def test_unconfirmed_in_the_participle(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy controlling part of a town, told in Kyiv's voice by nobody in particular: conceded ...
    ("Ворог контролює близько третини Куп'янська.", {("confirmation", "ua", "Kupiansk")}),
    ("Оккупанты контролируют часть Купянска.", {("confirmation", "ua", "Kupiansk")}),
    # ... while the enemy controlling nothing there is still the defender's denial.
    ("Ворог не контролює Куп'янськ.", {("denial", "ua", "Kupiansk")}),
])
def test_the_enemy_controls_told_by_nobody(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A road named by the two towns it joins is neither town.
    ("Дрон атаковал грузовик на трассе «Льгов — Курчатов», ранен водитель.", {("claim", "ru", None)}),
    ("На автодорозі Суми – Путивль дрон атакував автомобіль, поранено водія.", {("claim", "ua", None)}),
    ("Дрон атакував автомобіль на автошляху Суми – Путивль, поранено водія.", {("claim", "ua", None)}),
    # (the town itself still is)
    ("Дрон атаковал грузовик в Льгове, ранен водитель.", {("claim", "ru", "Lgov")}),
])
def test_a_road_is_no_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's own strike told in Russian: by the agency that made it, or with the enemy's forces hit ...
    ("Дроны СБУ атаковали нефтебазу в Новороссийске.", {("claim", "ua", "Novorossiysk")}),
    ("Украинские артиллеристы поразили склад противника возле Курахово.", {("claim", "ua", "Kurakhove")}),
    # ... while Kyiv's forces attacking a Russian town, told by nobody, is still the hit side's report,
    # and Moscow's strike on its «противник» is Moscow's.
    ("ВСУ атаковали Шебекино беспилотниками.", {("claim", "ru", "Shebekino")}),
    ("ВС РФ поразили пункт управления противника у Курахово.", {("claim", "ru", "Kurakhove")}),
])
def test_kyivs_own_strike_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A hit told by its noun on a named target ...
    ("Генштаб ВСУ подтвердил поражение нефтебазы в Новороссийске.", {("claim", "ua", "Novorossiysk")}),
    ("Минобороны России сообщило о поражении складов ВСУ у Краматорска.", {("claim", "ru", "Kramatorsk")}),
    # ... but a defeat is no hit.
    ("ВСУ потерпели поражение под Курахово.", set()),
])
def test_a_hit_told_by_its_noun(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Explosions with people hurt, in Russian's participle noun: a strike ...
    ("В Запорожье прогремели взрывы, есть пострадавшие.", {("claim", "ua", "Zaporizhzhia")}),
    # ... explosions with nobody hurt, or only heard, are not.
    ("В Курске прогремели взрывы, пострадавших нет.", set()),
    ("В Курске прогремели взрывы.", set()),
])
def test_explosions_and_the_hurt(sentence, want):
    assert said(sentence) == want


def test_the_hurt_taken_to_a_town_is_no_strike_there():
    # Where the hurt were taken for treatment was not struck.
    assert said("Пострадавших доставили в Курск.") == set()
