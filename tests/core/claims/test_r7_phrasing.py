"""Phrasings that name no settlement, read from the sets of earlier releases' readers: a place just
named, taken or held, told again without its name, and the foe's account called a lie. Each is a
statement of place None (CLAIMS_GUIDE: a clear event and stance with no settlement named).

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


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
