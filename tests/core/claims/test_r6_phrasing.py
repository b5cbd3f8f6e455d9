"""Phrasings read from the sets of earlier releases' readers this release: an analyst's "likely"
is its measure of confidence in its own assessment, which CLAIMS_GUIDE.md counts as independent
confirmation; a hedge only when the sentence also says what could not be confirmed.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.pipeline import extract_document


@pytest.mark.parametrize(("sentence", "want"), [
    # the assessment's own "likely", the troops before it being who moved, not who speaks
    ("The think tank assessed that Russian troops have likely seized Hryshyne after weeks of assaults.",
     {("confirmation", "other", "Hryshyne")}),
    ("Russian forces likely completed the capture of Siversk over the past week, according to the institute.",
     {("confirmation", "other", "Siversk")}),
    # doubt about what comes next leaves the gain assessed
    ("Russian forces likely took Udachne, though it remains unclear whether they will push further toward Dnipropetrovsk Oblast.",
     {("confirmation", "other", "Udachne")}),
    # what the analyst could not confirm keeps it a hedge
    ("Russian forces likely took Udachne, although the analysts have not observed footage confirming it.",
     {("hedge", "other", "Udachne")}),
    ("Russian troops likely hold most of Rodynske, but ISW cannot confirm how far they reached.",
     {("hedge", "other", "Rodynske")}),
    # a party's own "likely" is not an independent assessment
    ("A Russian milblogger claimed that Russian forces likely seized Sosnivka.",
     {("claim", "ru", "Sosnivka"), ("hedge", "other", "Sosnivka")}),
])
def test_an_analysts_likely_is_its_assessment(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the town that locates a place read in Moscow's spelling is a locator, as it is after the codifier's
    ("Russian glide bombs hit the town of Myrnograd close to Pokrovsk on Sunday, the regional governor said.",
     {("claim", "ua", "Myrnohrad")}),
    # a speakerless bombing of a town the front cuts through is told by the side that was hit
    ("Russian aerial bombing hit the town of Myrnograd and the town of Kurakhove overnight.",
     {("claim", "ua", "Myrnohrad"), ("claim", "ua", "Kurakhove")}),
    # "just over the border from X": X only says where the village lies
    ("Moscow's defence ministry said its troops had taken the village of Basivka, just over the border from Sudzha.",
     {("claim", "ru", "Basivka")}),
    # a region named before "near X" is not what X locates
    ("У Криму поблизу Джанкоя уражено склад пального окупантів.", {("claim", "ua", "Dzhankoi")}),
])
def test_locators_and_the_side_that_was_hit(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # a photo's caption closed by a copyright sign or a photographer's slash credit
    "An apartment block destroyed by Russian artillery fire is seen in the town of Chasiv Yar on June 2. © Name SURNAME / AFP",
    "A residential building hit by a Russian drone in Kharkiv, Ukraine, on June 2 / AFP",
])
def test_photo_credits_close_a_caption(sentence):
    assert said(sentence, "2026-06-03") == set()
    # the same words without the credit read as a strike told by the side that was hit
    prose = sentence.partition(" ©")[0] if "©" in sentence else sentence.rpartition(" / ")[0]
    assert {side for _, side, _ in said(prose, "2026-06-03")} == {"ua"}


@pytest.mark.parametrize(("sentence", "want"), [
    # the defender's troops that "still remain in" a town hold it
    ("Ukrainian troops still remain in Stepnohirsk, the southern command said.", {("denial", "ua", "Stepnohirsk")}),
    # advances that did not happen, in Russian and Ukrainian
    ("По оценке аналитиков, российские войска продвижения у Степногорска не имели.", set()),
    ("Окупанти не мали просування поблизу Степногірська.", set()),
    # the Ukrainian adjective of "unconfirmed" hedges what it qualifies
    ("Заяви окупантів про захоплення Степногірська аналітики вважають непідтвердженими.",
     {("claim", "ru", "Stepnohirsk"), ("hedge", "other", "Stepnohirsk")}),
    # ground attacks that went on hit nothing a strike claims
    ("За даними аналітиків, біля Малої Токмачки тривали наземні атаки противника.", set()),
    # what an advance would allow is foreseen, not done
    ("Аналитики считают, что продвижение на несколько километров позволит армии РФ обстреливать Запорожье.", set()),
    # an analyst's section label, behind an opening quote, is no hedge of its own
    ("“Непідтверджені заяви: російські воєнкори стверджували, що війська РФ просунулися у Степногірську.",
     {("claim", "ru", "Stepnohirsk")}),
])
def test_holding_nothing_gained_and_labels(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's grouping with its adjective first, and the enemy's fortified areas it took (owned, not acting)
    ("Южная группировка войск заняла укрепрайоны противника в Часовом Яре и Северске.",
     {("claim", "ru", "Chasiv Yar"), ("claim", "ru", "Siversk")}),
    # «Генштаб Росії» in Ukrainian is Moscow's, not Kyiv's
    ("Генштаб Росії доповів про «звільнення» Сіверська.", {("claim", "ru", "Siversk")}),
    # «украинские воины» are Kyiv's
    ("Украинские воины отразили девять штурмов у Степногорска.", {("claim", "ua", "Stepnohirsk")}),
    # the IAEA in Cyrillic is an independent voice
    ("В МАГАТЭ сообщили, что инспекторы нашли следы удара дрона в Энергодаре.", {("confirmation", "other", "Enerhodar")}),
    # a strike on Zaporizhzhia city told by nobody is the hit side's, however the city is spelt
    ("Enemy drones hit an industrial site in Zaporizhia overnight, injuring two workers.", {("claim", "ua", "Zaporizhzhia")}),
    # the last cities a side still holds are described, not claimed
    ("Дорога ведет к Краматорску — последнему крупному городу области под контролем Украины.", set()),
])
def test_groupings_staffs_and_descriptions(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a capture claimed again and again is still claimed
    ("Moscow has claimed the capture of Stepnohirsk several times this autumn.", {("claim", "ru", "Stepnohirsk")}),
    # a push on a town that took part of it
    ("Группировка «Юг» продолжила штурм Константиновки и заняла несколько кварталов в восточной части города.",
     {("claim", "ru", "Kostiantynivka")}),
    # to go on defending the town itself is to hold it
    ("В Генштабе ВСУ заявили, что украинские военные продолжают оборонять Северск (Сиверск).", {("denial", "ua", "Siversk")}),
    # a claim headline closed by a teaser about what cannot be checked
    ("Москва заявила о взятии Северска: что известно и что нельзя проверить", {("claim", "ru", "Siversk")}),
    # a side's flag shown in a town
    ("Російські воєнкори поширили відео з російським прапором у Степногірську.", {("claim", "ru", "Stepnohirsk")}),
    # the ministry's account of the fighting, hedged, is hedged where it was
    ("Reuters could not independently verify the ministry's account of the fighting around Stepnohirsk.",
     {("hedge", "other", "Stepnohirsk")}),
])
def test_repeated_claims_parts_of_towns_flags_and_accounts(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize("sentence", [
    # what a town could serve for, a condition opening the sentence, a task set
    "The spokesman said Stepnohirsk matters to Moscow because it can be used to shell Komyshuvakha and Pavlivka.",
    "If the defenders lose these villages, Russian troops will reach the outskirts of Zaporizhzhia.",
    "Якщо ворог захопить Степногірськ, він вийде до околиць Запоріжжя.",
    "У противника задача – окружить и захватить Степногорск: что говорят в ВСУ",
    # a headline asking with «Чи»
    "Чи захопили окупанти Степногірськ: відповідь Сил оборони",
    # a map's caption credited as a graphic
    "Russian advances around Stepnohirsk, as shown on a map published on Monday. Graphic: DeepState",
])
def test_uses_conditions_tasks_questions_and_graphics(sentence):
    assert said(sentence, "2025-11-20") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a town under the enemy's control, in Kyiv's words, is conceded; not under it, the hold is denied
    ("Степногірськ під контролем ворога, українські підрозділи відійшли.", {("confirmation", "ua", "Stepnohirsk")}),
    ("Степногірськ не під контролем ворога, заявили в ЗСУ.", {("denial", "ua", "Stepnohirsk")}),
])
def test_under_the_enemys_control(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a bulletin's list of shelled villages goes on past a semicolon to the quote's close and its source
    ("«Противник обстріляв райони населених пунктів Хрінівка, Клюси Чернігівської області; Уланове, Рижівка Сумської "
     "області», – йдеться у зведенні.",
     {("claim", "ua", "Khrinivka"), ("claim", "ua", "Kliusy"), ("claim", "ua", "Ulanove"), ("claim", "ua", "Ryzhivka")}),
    # the troops who failed to take a town are not who denies it
    ("Russian troops failed to enter Stepnohirsk, the spokesman said.", {("denial", "ua", "Stepnohirsk")}),
    ("The Russian invaders were not able to enter Stepnohirsk.", {("denial", "ua", "Stepnohirsk")}),
    # an aim, then the enemy said not to be in the town
    ("Ворог намагається відтіснити Сили оборони, проте в самому Степногірську росіян немає.",
     {("denial", "ua", "Stepnohirsk")}),
])
def test_lists_past_a_semicolon_failures_and_absences(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a news outlet named like a village is no place
    ("A Ukrainian company commander told Ukrainian outlet Hromadske that Russian troops managed to enter Shandryholove.",
     {("confirmation", "ua", "Shandryholove")}),
    # a second grouping named like a city, in quotes after the first
    ("Подразделения группировок «Восток» и «Днепр» нанесли поражение формированиям ВСУ у Степногорска.",
     {("claim", "ru", "Stepnohirsk")}),
    # the hospital a wounded man was taken to
    ("В Журавлевке при ударе дрона ранен мужчина, его доставили в городскую больницу №2 Белгорода.",
     {("claim", "ru", "Zhuravlevka")}),
    # a town described as one of the last a side holds, after a comma
    ("Константиновка — один из последних крупных городов области, остающихся под контролем Киева.", set()),
])
def test_outlets_groupings_hospitals_and_descriptions(sentence, want):
    assert said(sentence, "2025-11-20") == want


def test_air_defence_destroying_a_single_drone_shoots_it_down():
    # «сили ППО знищили один ударний БПЛА»: no count in digits, still air defence's shootdown (not losses)
    got = extract_document("Уночі сили ППО знищили один ударний БПЛА над Херсонщиною.")
    assert [(s["stance"], s["side"], s["event"]) for s in got["unplaced"]] == [("claim", "ua", "shootdown")]


@pytest.mark.parametrize(("sentence", "want"), [
    # a plan given up or put off is nothing done there; troops abandoning the town concede it
    ("Putin may have abandoned the capture of Kostiantynivka and set the army another task, analysts say.", set()),
    ("The Kremlin told its commanders to postpone the capture of Kostiantynivka.", set()),
    ("Ukrainian forces abandoned Kostiantynivka after months of fighting, the army said.",
     {("confirmation", "ua", "Kostiantynivka")}),
])
def test_a_plan_given_up_is_not_a_withdrawal(sentence, want):
    assert said(sentence, "2025-11-20") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a village whose own name ends in «-щина» is the village; a region's «-щина» stays the region
    ("Противник обстріляв Іскрисківщину та Яструбщину Сумської області, поранено чоловіка.",
     {("claim", "ua", "Iskryskivshchyna"), ("claim", "ua", "Yastrubshchyna")}),
    ("Ворог атакував Нікопольщину дронами, поранено жінку.", {("claim", "ua", None)}),
])
def test_villages_named_like_regions(sentence, want):
    assert said(sentence, "2025-11-20") == want
