"""Precision on real reporting: statements a sentence does not make, and the side of the one it does.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, with the story's date
where the case is about time.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # A Ukrainian verbal noun in -ння/-ття marks the language even without і, ї, є: the outlet's
    # headline calling the capture fake is Kyiv's denial, not Moscow's.
    ("Захоплення Покровська – фейк", {("denial", "ua", "Pokrovsk")}),
    ("«Оточення» Мирнограда – черговий фейк", {("denial", "ua", "Myrnohrad")}),
    ("Взяття Куп'янська – фейк", {("denial", "ua", "Kupiansk")}),
])
def test_ukrainian_headline_denial_keeps_kyiv_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «Головне управління» is a directorate, not the village Holovne; the shelled town stays.
    ("Начальник Головного управління поліції області показав наслідки обстрілу Херсона.",
     {("claim", "ua", "Kherson")}),
    ("Главное управление МЧС сообщило о пожаре после удара по Белгороду.", {("claim", "ru", "Belgorod")}),
    ("Слідчі Головного управління Нацполіції фіксують наслідки обстрілу Ізюма.", {("claim", "ua", "Izium")}),
])
def test_directorate_adjective_is_no_village(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "day"), [
    # "last <month>" dates a capture before the story: background, not today's news.
    ("The siege drew comparisons with Russia's assault on Bakhmut, which it took last May.", "2024-02-27"),
    ("Moscow's troops captured Vuhledar last October after a long siege.", "2025-06-10"),
    ("Kyiv pulled its forces out of Avdiivka last February.", "2025-02-20"),
])
def test_capture_dated_last_month_name_is_history(sentence, day):
    assert said(sentence, day) == set()


@pytest.mark.parametrize(("sentence", "day", "want"), [
    # The same construction told in the month it happened stays news.
    ("Russia said its forces captured Vuhledar last week.", "2024-10-02", {("claim", "ru", "Vuhledar")}),
])
def test_recent_capture_stays(sentence, day, want):
    assert said(sentence, day) == want


@pytest.mark.parametrize("sentence", [
    # A heading or a line that asks whether a town fell asserts nothing.
    "Has Moscow's army really taken Siversk?",
    "Чи справді росіяни взяли Лиман під контроль?",
    "«Заняли ли российские войска Северск?»",
])
def test_question_claims_nothing(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "day"), [
    # A reminder of an earlier day's strike belongs to that day's story, not this one.
    ("As previously reported, on March 3 Russian drones hit a warehouse in Nikopol.", "2025-03-06"),
    ("As Ukrinform reported, on March 4 a guided bomb struck a school in Kupiansk.", "2025-03-06"),
    ("Нагадаємо, 2 березня окупанти обстріляли Марганець з артилерії.", "2025-03-06"),
    ("Напомним, 1 марта украинский беспилотник атаковал Шебекино.", "2025-03-06"),
    ("Earlier, yesterday evening, the enemy shelled Bilozerka and Stanislav.", "2025-03-06"),
])
def test_recap_of_an_earlier_day_is_background(sentence, day):
    assert said(sentence, day) == set()


@pytest.mark.parametrize(("sentence", "day", "want"), [
    # The same reminder about the story's own day is its news.
    ("As previously reported, on March 6 Russian drones hit a warehouse in Nikopol.", "2025-03-06",
     {("claim", "ua", "Nikopol")}),
    # A date without a reminder is a bulletin's own day-before report.
    ("On March 5, Russian artillery shelled Marhanets, the district head said.", "2025-03-06",
     {("claim", "ua", "Marhanets")}),
])
def test_dated_report_without_reminder_stays(sentence, day, want):
    assert said(sentence, day) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "after the fall of X" only dates the news: X's capture is not claimed again.
    ("Moscow's troops keep pushing west after the fall of Vuhledar.", set()),
    ("Russia's defence ministry said it took Bohoiavlenka, its first gain following the capture of Vuhledar.",
     {("claim", "ru", "Bohoiavlenka")}),
    ("In the wake of the loss of Selydove, Ukrainian units dug in along the river.", set()),
    # The capture itself, with "after" telling how long it took, is still claimed.
    ("Russia said it captured Vuhledar after a two-year siege.", {("claim", "ru", "Vuhledar")}),
])
def test_earlier_capture_as_time_anchor(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A town's own official answering a capture of a town Kyiv's troops hold speaks for Kyiv,
    # also in Russian-language copy about a split oblast.
    ("Мэр Дружковки заявил, что город остается под контролем ВСУ.", {("denial", "ua", "Druzhkivka")}),
    ("Глава громады опроверг слухи, что российские войска вошли в Родинское.", {("denial", "ua", "Rodynske")}),
    # An installed official of an occupied town answering without naming Kyiv's troops keeps Moscow's side.
    ("Мэр Горловки опроверг сообщения о прорыве в город.", {("denial", "ru", "Horlivka")}),
])
def test_local_official_denial_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A region's edge named after its centre is no settlement.
    ("Moscow's troops pushed up to the Zaporizhzhia border, the ministry said.", set()),
    ("Российские подразделения вышли к границе с Днепром, сообщили в ведомстве.", set()),
    ("Російські штурмовики вийшли до кордону з Харковом, стверджують у Міноборони РФ.", set()),
    # A border village keeps its name; a village near the border keeps its claim.
    ("Russia's defence ministry said its forces seized the border village of Ryzhivka.",
     {("claim", "ru", "Ryzhivka")}),
])
def test_border_named_after_a_centre_is_no_place(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # One's own troops pushed or forced out, in the passive: a concession, not a claim.
    ("Kyiv's army said its units had been pushed out of Zelene Pole.", {("confirmation", "ua", "Zelene Pole")}),
    ("Ukrainian infantry were forced out of Dachne, the brigade said.", {("confirmation", "ua", "Dachne")}),
    # The enemy driven out, told by the side that drove it: still its claim.
    ("Russian troops were driven out of Kamianske, Ukraine's army said.", {("claim", "ua", "Kamianske")}),
])
def test_own_troops_pushed_out_is_a_concession(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A task still being carried out is no result; a capture only said to speed up another is a forecast.
    ("Штурмовые отряды выполняют задачи по взятию Северска.", set()),
    ("Підрозділи РФ виконують завдання зі звільнення Костянтинівки, стверджують у Москві.", set()),
    ("Взятие Северска ускорит продвижение к Славянску.", set()),
    # A task completed, with the town taken, is still the ministry's claim.
    ("Подразделения группировки «Юг» освободили Северск, выполнив поставленные задачи.", {("claim", "ru", "Siversk")}),
])
def test_ongoing_task_or_forecast_is_no_capture(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # What a town is for ("key to controlling the region") is no capture of it.
    ("В ведомстве назвали Лиман важнейшим узлом для контроля севера Донбасса.", set()),
    ("Росіяни вважають Часів Яр ключовим для контролю над висотами.", set()),
])
def test_purpose_of_control_is_no_event(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The unnamed head of a region, a community or a village speaks for the side that was hit,
    # not for the army whose drone struck.
    ("По словам главы района, беспилотник ВСУ атаковал грузовик, ранен водитель.", {("claim", "ru", None)}),
    ("Як повідомив голова громади, російський дрон атакував автобус, поранено двох людей.", {("claim", "ua", None)}),
])
def test_unnamed_head_of_a_place_speaks_for_the_hit_side(sentence, want):
    assert said(sentence) == want
