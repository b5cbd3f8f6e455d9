"""Ukrainian- and Russian-language phrasing that real reporting uses and the rules used to misread.

Each group is one general cause: the speaker's side, a concession, a result or its absence, as
CLAIMS_GUIDE.md defines them.
"""

import pytest

from tui.core.claims.actors import find_actors
from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# Moscow's officials in Ukrainian spelling and declension, Kyiv's in Russian: the speaker's side
# is theirs, not the language's.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Бєлоусов заявив про взяття Оріхова.", {("claim", "ru", "Orikhiv", "control")}),
    ("Пєсков сказав журналістам, що Лиман повністю звільнений.", {("claim", "ru", "Lyman", "control")}),
    ("За словами Конашенкова, російські підрозділи захопили Торське.", {("claim", "ru", "Torske", "control")}),
    ("Сырский заявил, что Родинское остается под контролем Сил обороны.", {("denial", "ua", "Rodynske", "control")}),
    ("Синегубов сообщил, что после удара по Харькову ранены четыре человека.", {("claim", "ua", "Kharkiv", "strike")}),
])
def test_officials_spelt_in_the_other_language_keep_their_side(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("text", "name"), [
    ("Герасімову", "Gerasimov"), ("Путіна", "Putin"), ("Путину", "Putin"), ("Кремля", "Kremlin"),
    ("Гладкова", "Gladkov"), ("Сирського", "Syrskyi"), ("Терехова", "Ukrainian regional administration"),
])
def test_declined_names_are_speakers(text, name):
    assert [a.actor.name for a in find_actors(f"За словами {text} сьогодні")] == [name]


def test_a_declined_name_is_not_read_inside_another_word():
    assert find_actors("Путинцева приїхала до міста") == []


# A withdrawal told as a move to better lines is the defender's concession (CLAIMS_GUIDE:
# confirmation), in either language, told by the defender or retold in Russian.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Наші підрозділи перемістилися на вигідніші рубежі поблизу Торського.", {("confirmation", "ua", "Torske", "control")}),
    ("Оборонці були змушені переміститися на більш вигідні позиції в районі Званівки.",
     {("confirmation", "ua", "Zvanivka", "control")}),
    ("В Генштабе ВСУ признали, что подразделения переместились на более выгодные рубежи у Серебрянки.",
     {("confirmation", "ua", "Serebrianka", "control")}),
    ("По словам спикера Сил обороны, украинским военным пришлось отступить с позиций у Дронівки.",
     {("confirmation", "ua", "Dronivka", "control")}),
])
def test_a_move_to_better_lines_is_a_concession(sentence, want):
    assert _triples(sentence) == want


def test_a_regrouping_without_a_place_or_a_move_concedes_nothing():
    assert _triples("Командування ухвалило рішення про перегрупування сил поблизу Торського.") == set()


# In Russian and Ukrainian the speaker may follow the verb after whom it was told to.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Освобождение Торского завершено, сообщил «Интерфаксу» источник в Минобороны.",
     {("claim", "ru", "Torske", "control")}),
    ("Зачистка Званівки від українських підрозділів завершена, заявив журналістам Пушилін.",
     {("claim", "ru", "Zvanivka", "control")}),
])
def test_the_speaker_after_the_verb_and_its_listener(sentence, want):
    assert _triples(sentence) == want


def test_an_unqualified_general_staff_in_russian_text_is_moscows():
    got = _triples("Армия России контролирует большую часть Волчанска, заявил начальник Генштаба.")
    assert got == {("claim", "ru", "Vovchansk", "control")}


# Taking up defence, or a unit named after a town, is no capture of anything.
@pytest.mark.parametrize("sentence", [
    "Свіжа бригада зайняла оборону на підступах до Костянтинівки.",
    "Батальйон зайняв смугу оборони поблизу Гуляйполя.",
    "Бригада ВСУ заняла оборону под Покровском после ротации.",
    "Резервы заняли позиции на подступах к Запорожью.",
    "Корпус Азов зайняв нові позиції, про результати боїв не повідомляли.",
])
def test_taking_up_defence_is_no_capture(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Російські підрозділи зайняли Торське, заявили в Міноборони РФ.", {("claim", "ru", "Torske", "control")}),
    ("Российские войска заняли Званівку, сообщили в Минобороны.", {("claim", "ru", "Zvanivka", "control")}),
    ("Бійці корпусу «Азов» відбили штурм біля Торського.", {("claim", "ua", "Torske", "control")}),
])
def test_taking_a_place_still_is(sentence, want):
    assert _triples(sentence) == want


# A blockade or a ring round a town is an encirclement (CLAIMS_GUIDE: a claim of control).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Подразделения группировки «Южная» заблокировали Торское, сообщили в Минобороны.", {("claim", "ru", "Torske", "control")}),
    ("Російські воєнкори стверджують, що армія РФ взяла Званівку в кільце.", {("claim", "ru", "Zvanivka", "control")}),
    ("Российские войска замкнули кольцо вокруг Серебрянки, заявил Пушилин.", {("claim", "ru", "Serebrianka", "control")}),
    ("Жодного кільця навколо Серебрянки немає, наголосили в угрупованні.", {("denial", "ua", "Serebrianka", "control")}),
])
def test_a_blockade_or_a_ring_is_an_encirclement(sentence, want):
    assert _triples(sentence) == want


def test_a_blockade_as_a_goal_is_no_claim():
    assert _triples("Блокирование Северска позволит перерезать логистику противника, считает эксперт.") == set()


# What a capture is for, or the next target, is a goal (CLAIMS_GUIDE: not a statement).
@pytest.mark.parametrize("sentence", [
    "Взятие Званівки необходимо для дальнейшего наступления на Северск, считает эксперт.",
    "Контроль над дорогою потрібен окупантам для наступу на Костянтинівку.",
    "Высоты важны для дальнейшего освобождения Серебрянки, отметили в ведомстве.",
])
def test_a_goal_or_the_next_target_is_no_claim(sentence):
    assert _triples(sentence) == set()


def test_the_next_target_is_left_out_beside_a_claim():
    got = _triples("Войска РФ освободили Званівку, что создает условия для дальнейшего наступления на Северск, сообщили в Минобороны.")
    assert got == {("claim", "ru", "Zvanivka", "control")}


# Drones downed over regions, counted in words or digits, with the verbs of either language:
# a shootdown claim of the side that downed them, at no settlement.
@pytest.mark.parametrize(("sentence", "side"), [
    ("Над Брянской областью дежурными средствами ПВО уничтожены семь беспилотников.", "ru"),
    ("За ночь силы ПВО перехватили одиннадцать украинских дронов над Курской областью.", "ru"),
    ("Сили ППО знешкодили 47 ударних дронів над Черкащиною та Вінниччиною.", "ua"),
    ("Мобільні вогневі групи збили чотирнадцять шахедів над Полтавщиною.", "ua"),
])
def test_drones_downed_over_regions(sentence, side):
    assert _triples(sentence) == {("claim", side, None, "shootdown")}


def test_drones_merely_seen_over_a_region_are_no_claim():
    assert _triples("Над Сумщиною фіксують рух дванадцяти ворожих безпілотників.") == set()


# Reporting verbs in the present tense and of emphasis («повідомляє», «отмечают», «наголосив»)
# name the speaker after them; a capture said not to have happened is a denial.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Противник просунувся у Липівці, повідомляє моніторинговий проєкт DeepState.",
     {("confirmation", "other", "Lypivka", "control")}),
    ("Противник не захватил Дачное, отмечают аналитики DeepState.", {("denial", "other", "Dachne", "control")}),
    ("Окупанти не захопили Кутьківку, наголосили в угрупованні.", {("denial", "ua", "Kutkivka", "control")}),
    ("Росіянам так і не вдалося захопити Торське, заявили в Генштабі.", {("denial", "ua", "Torske", "control")}),
])
def test_present_tense_reports_and_negated_captures(sentence, want):
    assert _triples(sentence) == want


def test_an_unnamed_speaker_closing_the_sentence_leaves_the_object_alone():
    got = _triples("Зачистка Звановки от остатков украинских подразделений завершена, добавил собеседник агентства.")
    assert got == {("claim", "ru", "Zvanivka", "control")}


def test_a_quote_first_denial_keeps_the_defenders_side():
    got = _triples("«Просування ворога не зафіксоване, Торське контролюють Сили оборони», — наголосив очільник області.")
    assert got == {("denial", "ua", "Torske", "control")}


def test_a_reporting_verb_is_not_a_claim_noun():
    # «заявили в ВСУ»: the verb names who speaks; «заяви РФ» is the claim of the other side.
    assert _triples("Российским войскам так и не удалось захватить Кутьковку, заявили в ВСУ.") == {
        ("denial", "ua", "Kutkivka", "control")}
    assert _triples("У Генштабі спростували заяви РФ про захоплення Кутьківки.") == {
        ("denial", "ua", "Kutkivka", "control"), ("claim", "ru", "Kutkivka", "control")}


# A town listed beside districts, and a regional centre attacked "on", are the town itself.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Вночі ворог бив по Павлограду, Синельниківському та Нікопольському районах, пошкоджено склад.",
     {("claim", "ua", "Pavlohrad", "strike")}),
    ("Унаслідок атаки дронів на Харків пошкоджено школу, повідомив Терехов.", {("claim", "ua", "Kharkiv", "strike")}),
    ("Окупанти скинули авіабомбу на Херсон, поранено двох людей.", {("claim", "ua", "Kherson", "strike")}),
])
def test_a_town_beside_districts_or_attacked_on_is_the_town(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Повітряну тривогу оголошували в Павлоградському, Дніпровському та Синельниківському районах.",
    "На Запоріжжі оголошено повітряну тривогу через загрозу атаки дронів.",
])
def test_districts_and_the_region_idiom_stay_regions(sentence):
    assert _triples(sentence) == set()


# Russian-language text that names Moscow's weapon by its adjective, or the attackers as Ukraine
# calls them, tells the strike as its target does; Moscow's bulletins keep their side.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В Днепре после удара российской ракеты по жилому дому ранены три человека.", {("claim", "ua", "Dnipro", "strike")}),
    ("Ночью россияне атаковали Никополь, повреждены два дома.", {("claim", "ua", "Nikopol", "strike")}),
    ("Удары российских дронов по Сумам оставили без света часть города, сообщил глава ОВА.", {("claim", "ua", "Sumy", "strike")}),
    ("Российские войска нанесли удар по пункту дислокации ВСУ в Краматорске, сообщили в Минобороны.",
     {("claim", "ru", "Kramatorsk", "strike")}),
])
def test_whose_voice_tells_a_strike_in_russian(sentence, want):
    assert _triples(sentence) == want


# The General Staff's tallies: towns that suffered strikes are struck; counted strikes are a
# placeless claim; Ukraine's staff named by its adjective is Ukraine's in Russian text too.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Минулої доби авіаударів зазнали Оріхів та Гуляйполе.",
     {("claim", "ua", "Orikhiv", "strike"), ("claim", "ua", "Huliaipole", "strike")}),
    ("Авиационным ударам подверглись Краматорск и Дружковка, сообщили в украинском Генштабе.",
     {("claim", "ua", "Kramatorsk", "strike"), ("claim", "ua", "Druzhkivka", "strike")}),
    ("Противник уразив Іванопілля керованими авіабомбами.", {("claim", "ua", "Ivanopillia", "strike")}),
    ("Загалом за добу ворог завдав двох ракетних та сорока авіаційних ударів.", {("claim", "ua", None, "strike")}),
])
def test_strike_tallies(sentence, want):
    assert _triples(sentence) == want


def test_shelling_counted_over_regions_names_no_place():
    # no settlement is placed; the hit side's tally is its placeless strike claim
    assert _triples("Під обстрілами перебували понад сто населених пунктів Сумської та Харківської областей.") \
        == {("claim", "ua", None, "strike")}


# An advance told in the present tense is a claim; toward a town it is only a direction.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Пушилин заявил, что российские штурмовики продвигаются в Дзержинске.", {("claim", "ru", "Toretsk", "control")}),
    ("Російські воєнкори пишуть, що штурмовики просуваються в центрі Лимана.", {("claim", "ru", "Lyman", "control")}),
    ("Российские войска продвигаются в направлении Краматорска, утверждает эксперт.", set()),
])
def test_an_advance_in_the_present(sentence, want):
    assert _triples(sentence) == want


# A fake or a lie named by its author is that author's claim beside the denial; Kyiv's hold told
# in Russian words is Kyiv's denial whoever writes it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У ЦПД спростували брехню Герасимова про «взяття» Торського.",
     {("denial", "ua", "Torske", "control"), ("claim", "ru", "Torske", "control")}),
    ("Сообщение о захвате Звановки является фейком Кремля, заявили в ВСУ.",
     {("denial", "ua", "Zvanivka", "control"), ("claim", "ru", "Zvanivka", "control")}),
    ("Рф вигадала «взяття» Званівки — ЦПД", {("denial", "ua", "Zvanivka", "control"), ("claim", "ru", "Zvanivka", "control")}),
    ("Лиман по-прежнему остается под контролем Сил обороны Украины.", {("denial", "ua", "Lyman", "control")}),
    ("Российские войска контролируют Лиман, сообщили в Минобороны.", {("claim", "ru", "Lyman", "control")}),
])
def test_fakes_named_by_their_author_and_holds_told_in_russian(sentence, want):
    assert _triples(sentence) == want


def test_meanwhile_is_not_the_town_of_tim():
    got = _triples("Тим часом унаслідок обстрілу Куп'янська-Вузлового загинув чоловік.")
    assert got == {("claim", "ua", "Kupiansk-Vuzlovyi", "strike")}


# A result told beside an attempt is the result; «вихід ... до» is an advance with words between.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У Торському знищено ворожу ДРГ, яка намагалася закріпитися в центрі селища.", {("claim", "ua", "Torske")}),
    ("Сили оборони відбили три спроби противника просунутися у Званівці.", {("claim", "ua", "Zvanivka")}),
    ("Повідомлення пропагандистів про вихід росіян до околиць Дружківки не відповідають дійсності, зазначили в ОВА.",
     {("denial", "ua", "Druzhkivka"), ("claim", "ru", "Druzhkivka")}),
])
def test_results_beside_attempts(sentence, want):
    assert {(stance, side, place) for stance, side, place, _event in _triples(sentence)} == want


def test_an_attempt_alone_stays_no_claim():
    assert _triples("Противник намагався закріпитися на околицях Торського.") == set()


# Towns that found themselves under fire, and the air force's tallies of what was launched.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Під ворожим вогнем опинилися Краснопілля та Білопілля.",
     {("claim", "ua", "Krasnopillia", "strike"), ("claim", "ua", "Bilopillia", "strike")}),
    ("Вночі противник атакував Україну 96 ударними БпЛА та двома ракетами.", {("claim", "ua", None, "strike")}),
])
def test_under_fire_and_launch_tallies(sentence, want):
    assert _triples(sentence) == want


# Placeless tallies of drones and strikes in Russian and Ukrainian, whose side is the speaker's;
# a governor of a region is placed by it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Остальные беспилотники уничтожены над Курской и Орловской областями.", {("claim", "ru", None, "shootdown")}),
    ("За сутки на территории Брянской области отражено 19 атак беспилотников.", {("claim", "ru", None, "shootdown")}),
    ("За добу противник випустив по області 40 дронів, повідомив голова ОВА.", {("claim", "ua", None, "strike")}),
    ("Губернатор Воронезької області заявив про пошкодження будинків унаслідок атаки безпілотників.",
     {("claim", "ru", None, "strike")}),
])
def test_placeless_tallies_in_russian_and_ukrainian(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Над Курской областью объявлена угроза атаки беспилотников.",
    "Росія готує новий масований удар по енергетиці, попереджають у розвідці.",
])
def test_drone_words_without_a_result_claim_nothing(sentence):
    assert _triples(sentence) == set()


def test_a_claim_and_the_other_sides_concession_in_one_sentence():
    got = _triples("Россия объявила о взятии Звановки, Украина признала отход своих подразделений из села.")
    assert got == {("claim", "ru", "Zvanivka", "control"), ("confirmation", "ua", "Zvanivka", "control")}


def test_entered_the_outskirts_in_russian():
    got = _triples("Военный эксперт заявил, что подразделения ВС РФ зашли на окраины Торского.")
    assert got == {("claim", "ru", "Torske", "control")}


def test_interceptor_drones_are_no_shootdown():
    assert _triples("Бригада отримала двадцять дронів-перехоплювачів від волонтерів.") == set()


def test_a_party_named_after_what_belongs_to_it_is_not_the_one_who_advanced():
    got = _triples("Подразделения прорвали оборону ВСУ и заблокировали Звановку, сообщили в Минобороны России.")
    assert got == {("claim", "ru", "Zvanivka", "control")}


def test_a_party_named_as_the_owner_of_what_was_hit_is_not_the_agent():
    got = _triples("Бойцы уничтожили резервы ВСУ и вошли в Звановку, рассказал командир подразделения.")
    assert got == {("claim", "ru", "Zvanivka", "control")}


@pytest.mark.parametrize("sentence", [
    "Российская армия выбила украинских военных из Торского, сообщили в Минобороны.",
    "Штурмовой отряд выбил ВСУ из Торского, сообщили в Минобороны.",
])
def test_driving_out_in_any_gender_is_a_capture(sentence):
    assert _triples(sentence) == {("claim", "ru", "Torske", "control")}


# Independent evidence retold in Ukrainian and Russian: troops seen (no capture verb needed),
# defenders seen clearing a town, and claims analysts could not confirm.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Геолоковані кадри підтверджують присутність російської піхоти в центрі Торського.",
     {("confirmation", "other", "Torske", "control")}),
    ("Геолоковані відео свідчать, що українські військові зачищають північ Торського.", {("denial", "other", "Torske", "control")}),
    ("Спутниковые снимки показывают российскую технику на улицах Звановки.", {("confirmation", "other", "Zvanivka", "control")}),
    ("Аналітики не бачили підтверджень заяв Міноборони РФ про захоплення Торського.",
     {("hedge", "other", "Torske", "control"), ("claim", "ru", "Torske", "control")}),
    ("Независимо подтвердить заявление Минобороны о взятии Звановки не удалось.",
     {("hedge", "other", "Zvanivka", "control"), ("claim", "ru", "Zvanivka", "control")}),
])
def test_independent_evidence_in_ukrainian_and_russian(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Геолоцированное видео показывает украинских бойцов в центре Торского.", "denial"),
    ("Геолоцированное видео показывает российских бойцов в центре Торского.", "confirmation"),
])
def test_whose_troops_the_footage_shows_in_the_centre(sentence, stance):
    assert _triples(sentence) == {(stance, "other", "Torske", "control")}


def test_strikes_aimed_at_areas_are_strikes():
    got = _triples("Авіаудари, зокрема, були спрямовані по районах Гаврилівки та Веселого Запорізької області.")
    assert {(stance, side, event) for stance, side, _p, event in got} == {("claim", "ua", "strike")} and len(got) == 2


@pytest.mark.parametrize("sentence", [
    "В Горловке прошла акция памяти погибших мирных жителей.",
    "У Харкові вшанували пам'ять загиблих мирних жителів.",
])
def test_a_memorial_is_no_strike(sentence):
    assert _triples(sentence) == set()


def test_a_flag_raised_in_russian():
    got = _triples("Над зданием администрации Торского подняли российский флаг, сообщил командир батальона.")
    assert got == {("claim", "ru", "Torske", "control")}


@pytest.mark.parametrize("sentence", [
    "У Дніпрі госпіталізували військових, поранених на фронті.",
    "В Ростове прооперировали бойцов, раненых в зоне СВО.",
])
def test_soldiers_wounded_at_the_front_are_no_strike_where_they_are_treated(sentence):
    assert _triples(sentence) == set()


def test_a_town_where_people_were_wounded_is_still_struck():
    assert _triples("У Дніпрі внаслідок удару поранено трьох людей.") == {("claim", "ua", "Dnipro", "strike")}


# A named body of the other side as the subject makes its own claim, and a defender's hold
# answering it after «але» is a denial beside it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Кремль знову «взяв» Торське, але село тримають наші бійці.",
     {("claim", "ru", "Torske", "control"), ("denial", "ua", "Torske", "control")}),
    ("У російському Міноборони заявили, що їхні війська увійшли в Торське.", {("claim", "ru", "Torske", "control")}),
    ("Оточення Торського немає, запевнили в угрупованні.", {("denial", "ua", "Torske", "control")}),
])
def test_the_other_sides_named_body_and_the_answer(sentence, want):
    assert _triples(sentence) == want


# A place declared one's own is the speaker's claim, or its defender's denial.
@pytest.mark.parametrize(("sentence", "want"), [
    ("«Торское наше», — написал военкор в своем телеграм-канале.", {("claim", "ru", "Torske", "control")}),
    ("«Куп'янськ — наш», — заявив командир бригади.", {("denial", "ua", "Kupiansk", "control")}),
])
def test_a_place_declared_ones_own(sentence, want):
    assert _triples(sentence) == want


def test_an_apostrophe_in_a_word_marks_ukrainian_text():
    from tui.core.claims.stance import lang_side

    assert lang_side("Куп'янськ — наш, заявив командир") == "ua"
    assert lang_side("Купянск наш, заявил командир") == "ru"


def test_a_tail_that_only_names_who_admitted_answers_nothing():
    assert _triples("ВСУ вышли из Курахово, признали в Генштабе.") == {("confirmation", "ua", "Kurakhove", "control")}


def test_a_gain_told_by_a_ukrainian_brigade_in_russian():
    got = _triples("Силы обороны вернули контроль над Работино, сообщили в бригаде.")
    assert got == {("claim", "ua", "Robotyne", "control")}


@pytest.mark.parametrize(("sentence", "place"), [
    ("У Ворожбянській громаді ворожий дрон уразив легковик, поранено водія.", "Vorozhba"),
    ("Уночі БпЛА вдарили по території Роменської громади, сталася пожежа.", "Romny"),
])
def test_a_community_named_by_its_towns_adjective(sentence, place):
    assert _triples(sentence) == {("claim", "ua", place, "strike")}


# Battles going on are fighting, not a result; a gain Moscow never narrates for Kyiv is Kyiv's claim.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Российские войска ведут бои в западной части Торского, где противник еще удерживается в нескольких домах.", set()),
    ("Российские подразделения ведут бои в центре Торского и продвигаются к вокзалу.", {("claim", "ru", "Torske", "control")}),
    ("Бої за Торське тривають, село під контролем Сил оборони.", {("denial", "ua", "Torske", "control")}),
    ("Армия Украины восстановила контроль над Торским.", {("claim", "ua", "Torske", "control")}),
    ("ВСУ пытались восстановить контроль над Торским, но были отброшены.", {("claim", "ru", "Torske", "control")}),
])
def test_battles_going_on_and_kyivs_gains_in_russian(sentence, want):
    assert _triples(sentence) == want


def test_moscows_liberation_after_naming_kyivs_forces_stays_moscows():
    got = _triples("Уничтожив опорные пункты ВСУ, штурмовые отряды освободили Торское, сообщили в Минобороны.")
    assert got == {("claim", "ru", "Torske", "control")}


def test_a_spokesman_of_a_ukrainian_grouping_admitting_the_enemys_entry_concedes():
    got = _triples("Окупанти зайшли у Торське та закріпилися на околиці, визнав речник угруповання.")
    assert got == {("confirmation", "ua", "Torske", "control")}
    assert [a.actor.name for a in find_actors("Речник Кремля Пєсков сказав")] == ["Kremlin", "Peskov"]


@pytest.mark.parametrize("sentence", [
    "В освобожденной Авдеевке восстанавливают водопровод.",
    "У звільненому Херсоні відкрили новий пункт незламності.",
    "Минобороны наградило военнослужащих, отличившихся при освобождении Угледара.",
])
def test_a_town_named_by_its_earlier_liberation_is_background(sentence):
    assert _triples(sentence) == set()


def test_a_liberation_announced_is_still_a_claim():
    assert _triples("Населенный пункт Звановка освобожден, сообщили в Минобороны.") == {("claim", "ru", "Zvanivka", "control")}


def test_collective_numerals_hint_a_placeless_claim():
    assert _triples("На Харківщині внаслідок обстрілів загинули двоє людей.") == {("claim", "ua", None, "strike")}
    assert _triples("Уздовж кордону на Сумщині ворог продовжує вести обстріли з мінометів.") == set()


# Shelling told as a habit or a trend names no particular strike unless it names the harm done.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Покровськ щоденно піддається обстрілам, ситуація в місті напружена.", set()),
    ("Фронт наблизився до Торського, обстріли посилюються.", set()),
    ("Нікополь постійно потерпає від обстрілів, цього разу пошкоджено школу.", {("claim", "ua", "Nikopol", "strike")}),
])
def test_shelling_as_a_habit(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A strike told by its weapon before the verb, or with «наніс удар»: it hit.
    ("Увечері по місту Ізюм окупанти вдарили трьома ракетами.", {("claim", "ua", "Izium", "strike")}),
    ("Вночі ворог наніс удар по місту Херсон.", {("claim", "ua", "Kherson", "strike")}),
    # «отразила атаку беспилотников» is a shootdown (the verb's з as well as its ж).
    ("ПВО отразила атаку беспилотников над Белгородом.", {("claim", "ru", "Belgorod", "shootdown")}),
    # A town that «залишається українським» is held: a denial of its capture.
    ("Голова ОВА зазначив, що Куп'янськ залишається українським містом.", {("denial", "ua", "Kupiansk", "control")}),
    # Frost that «вдарила» is weather.
    ("Вдарили морози, і в Ізюмі замерзла річка.", set()),
])
def test_strikes_shootdowns_and_holds_told_plainly(sentence, want):
    assert {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)} == want


# A town "under the enemy's strikes" with the attacker named between the noun and the verb; and
# past the comma of «за даними X», a bare word for the enemy is what was said, not its source.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Минулої доби під ударами окупантів були Вовчанськ і Дворічна.",
     {("claim", "ua", "Vovchansk", "strike"), ("claim", "ua", "Dvorichna", "strike")}),
    ("Минулої доби під ударами росіян перебували Бударки та Балаклія.",
     {("claim", "ua", "Budarky", "strike"), ("claim", "ua", "Balakliia", "strike")}),
    ("За даними рятувальників, під атакою ворога опинилася Шостка.", {("claim", "ua", "Shostka", "strike")}),
    # Russian written as Kyiv's outlets write it: «под огнем были» is the voice of the town that was hit.
    ("Вчера под огнем были Двуречная и Купянск.",
     {("claim", "ua", "Kupiansk", "strike"), ("claim", "ua", "Dvorichna", "strike")}),
    ("Ночью под вражеским огнем оказался Изюм.", {("claim", "ua", "Izium", "strike")}),
])
def test_towns_under_the_enemys_fire(sentence, want):
    assert _triples(sentence) == want


# Communities named by their towns' adjectives: a town whose name is itself the adjective's neuter
# («Зноб-Новгородська» громада, Зноб-Новгородське), the і of a closed syllable («Новослобідська»,
# Нова Слобода), and a count in brackets after each one of a list.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ворог обстріляв Зноб-Новгородську та Глухівську громади.",
     {("claim", "ua", "Znob-Novhorodske", "strike"), ("claim", "ua", "Hlukhiv", "strike")}),
    ("Ударів FPV-дронів зазнали Шалигинська (2 вибухи) і Новослобідська (4 вибухи) громади.",
     {("claim", "ua", "Shalyhyne", "strike"), ("claim", "ua", "Nova Sloboda", "strike")}),
])
def test_communities_named_by_their_towns(sentence, want):
    assert _triples(sentence) == want


# A bulletin's tally of what landed is the strike's result; a victim's year of birth dates no event.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти скинули 8 мін на околиці Миропільської громади, згодом почався артобстріл.", {("claim", "ua", "Myropillia", "strike")}),
    ("Вранці у Краснопіллі ворог вдарив FPV-дроном по подвір'ю.", {("claim", "ua", "Krasnopillia", "strike")}),
    ("У селищі Борова внаслідок обстрілу поранено жінку 1958 р.н. та чоловіка 1961 року народження.",
     {("claim", "ua", "Borova", "strike")}),
    ("В Грайвороне при атаке дрона пострадал мужчина 1979 г.р.", {("claim", "ru", "Grayvoron", "strike")}),
    ("В Изюме саперы обезвредили за день 40 взрывоопасных предметов.", set()),
])
def test_bulletin_tallies_and_birth_years(sentence, want):
    assert _triples(sentence) == want


# A staff summary's directions: adjectives listed before one plural noun, a second direction with its
# noun left out, and a clause of fighting still going on at a town after the repulses are counted.
@pytest.mark.parametrize(("sentence", "want"), [
    ("На Сіверському та Лиманському напрямках захисники відбили шість атак біля Торського.",
     {("claim", "ua", "Torske", "control")}),
    ("На Покровському напрямку відбито 12 атак біля Родинського, на Лиманському – ще чотири біля Торського.",
     {("claim", "ua", "Rodynske", "control"), ("claim", "ua", "Torske", "control")}),
    ("Захисники відбили атаки біля Торського і Ямполя, Сили оборони продовжують наступальні дії північніше Лимана.",
     {("claim", "ua", "Torske", "control"), ("claim", "ua", "Yampil", "control")}),
])
def test_staff_summary_directions_and_ongoing_clauses(sentence, want):
    assert _triples(sentence) == want


# Moscow's names for the Donetsk oblast frame the villages a bulletin lists in Russian spelling.
@pytest.mark.parametrize("sentence", [
    "Группировка заняла населенные пункты Безымянное и Клиновое в Донецкой народной республике.",
    "В ДНР подразделения группировки освободили населенные пункты Безымянное и Клиновое.",
])
def test_peoples_republic_frames_the_villages(sentence):
    assert _triples(sentence) == {("claim", "ru", "Bezimenne", "control"), ("claim", "ru", "Klynove", "control")}


# Russian copy of either side: the unqualified ministry that downs Ukrainian drones is Moscow's, and a
# strike told in the hit side's words («российские военные попали», «Россия продолжила обстреливать»)
# is Kyiv's, with a place named or not.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Над Брянской областью сбиты шесть украинских БПЛА, сообщили в ведомстве.",
     {("claim", "ru", None, "shootdown")}),
    ("Он уточнил, что российские военные попали в жилой квартал, повреждены 3 дома.", {("claim", "ua", None, "strike")}),
    ("Ночью Россия продолжила обстреливать окраины Харькова, есть разрушения.", {("claim", "ua", "Kharkiv", "strike")}),
])
def test_russian_copy_tells_whose_ministry_and_whose_strike(sentence, want):
    assert _triples(sentence) == want


# A strike that names no town must name the attack: a casualty count alone, nobody hurt, a habit or a
# growing trend tell of no strike that happened.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Поранені двоє чоловіків, 41 та 63 років.", set()),
    ("Мужчина 47 лет, по его словам, получил осколочные ранения.", set()),
    ("Как уточнили власти, после атак никто не пострадал.", set()),
    ("Противник регулярно атакует приграничье дронами, повреждены десятки домов.", set()),
    ("Ворог нарощує кількість обстрілів, пошкоджено вже сотні будинків.", set()),
    ("Внаслідок обстрілу на Харківщині поранено трьох людей.", {("claim", "ua", None, "strike")}),
])
def test_placeless_strikes_name_the_attack(sentence, want):
    assert _triples(sentence) == want


# Kyiv calling a capture «дезінформація» denies it, and the channels said to spread it claim it; a
# claim noun followed by «спростував X» names who denies it, not whose claim it was.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупаційні канали поширюють дезінформацію, ніби Гуляйполе вже захоплене.",
     {("claim", "ru", "Huliaipole", "control"), ("denial", "ua", "Huliaipole", "control")}),
    ("Фейк про оточення Мирнограда роспропаганда поширює з понеділка, проте ці заяви спростував командувач угруповання.",
     {("claim", "ru", "Myrnohrad", "control"), ("denial", "ua", "Myrnohrad", "control")}),
])
def test_disinformation_about_a_capture(sentence, want):
    assert _triples(sentence) == want


# Moscow's daily bulletin: the formations of a brigade of the AFU that were hit are objects, not the
# ones acting, and «в районе X» introduces a village in Moscow's spelling as a settlement word does.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Штурмовые группы улучшили тактическое положение у Кучеровки, разгромив формирования бригады ВСУ.",
     {("claim", "ru", "Kucherivka", "control")}),
    ("Подразделениям бригады ВСУ нанесено поражение в районах Волчанских Хуторов и Старицы.",
     {("claim", "ru", "Starytsia", "losses"), ("claim", "ru", "Vovchanski Khutori", "losses")}),
    ("Бригаде ВСУ нанесено поражение в районе Рыжевки Сумской области.", {("claim", "ru", "Ryzhivka", "losses")}),
])
def test_moscow_bulletin_objects_and_areas(sentence, want):
    assert _triples(sentence) == want


# A head of region on the front: a wide «охват» of a town is its encirclement claimed; units moving
# «по направлению» a town head there; a liberation «неминуемое» is a forecast.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Глава республики заявил, что наши войска ведут широкий охват Родинского.", {("claim", "ru", "Rodynske", "control")}),
    ("Штурмовые отряды продвигаются по направлению Родинского, до окраин осталось несколько километров.", set()),
    ("ВСУ пока держатся в Родинском, однако неизбежное освобождение поселка все ближе.", set()),
])
def test_encirclement_heading_and_forecast(sentence, want):
    assert _triples(sentence) == want


# Zaporizhzhia and Kherson, held by Kyiv throughout, are hit in Kyiv's voice when Russian copy tells
# the harm; Moscow's own strike on them and Kyiv's strike on an occupied town keep Moscow's side.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Утром враг ударил по Херсону, ранены двое мужчин.", {("claim", "ua", "Kherson", "strike")}),
    ("ВСУ обстреляли Каменку-Днепровскую, ранен мужчина.", {("claim", "ru", "Kamianka-Dniprovska", "strike")}),
    ("Ночью ВС РФ нанесли удар по объектам в Запорожье.", {("claim", "ru", "Zaporizhzhia", "strike")}),
])
def test_kyiv_held_centres_of_split_oblasts(sentence, want):
    assert _triples(sentence) == want


# An attempt that «отримав відсіч» / «получил отпор» was repulsed: the defender's claim at the village.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти намагалися просунутися біля Синьківки, але отримали відсіч.", {("claim", "ua", "Synkivka", "control")}),
    ("Противник пытался атаковать у Кучеровки, но получил отпор.", {("claim", "ru", "Kucherivka", "control")}),
])
def test_a_rebuff_is_a_repulse(sentence, want):
    assert _triples(sentence) == want


# A bulletin's community with its noun left out, the noun named a sentence before; an oblast's own
# adjective so left is the oblast, not its centre.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Близько полудня у Миропільській окупанти били з мінометів, 5 прильотів.", {("claim", "ua", "Myropillia", "strike")}),
    ("По території Юнаківської після обіду ворог випустив 6 мін.", {("claim", "ua", "Yunakivka", "strike")}),
    ("У Сумській після обіду був обстріл, 5 прильотів.", {("claim", "ua", None, "strike")}),
])
def test_a_community_with_its_noun_left_out(sentence, want):
    assert _triples(sentence) == want


# «цю інформацію спростували»: a report refuted names no event word of its own; it is a capture denied.
def test_a_refuted_report_is_a_denied_capture():
    assert _triples("У штабі угруповання цю інформацію спростували, наголосивши, що Торське під контролем ЗСУ.") \
        == {("denial", "ua", "Torske", "control")}


# A village list whose region follows the last name: the region frames every name of the list, so a
# spelling whose only namesakes lie in other oblasts gives no village rather than a wrong one.
def test_region_after_the_list_frames_its_first_name():
    got = _triples("Освобождены населенные пункты Ленинское и Новоселидовка Донецкой Народной Республики.")
    assert ("claim", "ru", "Hrushivka", "control") not in got
    assert ("claim", "ru", "Novoselydivka", "control") in got


# «Лиман Первый» is the village Lyman Pershyi, Kyiv's ordinal for Moscow's, not the town of Lyman.
def test_an_ordinal_makes_a_village_of_its_own():
    assert _triples("Вчера под вражеским огнем находились Купянск и Лиман Первый.") == {
        ("claim", "ua", "Kupiansk", "strike"), ("claim", "ua", "Lyman Pershyi", "strike")}


# A habit of alarms and shelling («непрерывно», «безперервно») names no strike; attacks made several
# times in a day («неоднократно атаковали») are today's strikes.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В Запорожье весь день непрерывно звучали сирены, спасатели работают на местах прошлых обстрелов.", set()),
    ("За день ВСУ неоднократно атаковали дронами поселок Климово.", {("claim", "ru", "Klimovo", "strike")}),
])
def test_habits_and_repeated_attacks(sentence, want):
    assert _triples(sentence) == want
