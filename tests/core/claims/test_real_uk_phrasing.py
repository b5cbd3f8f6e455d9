"""Ukrainian phrasing of real reporting the rules misread, one group per general cause.

The sentences are written for these tests (places are real so the gazetteer can resolve them);
the stances and sides follow CLAIMS_GUIDE.md.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# The enemy's gain told without a speaker, in Ukrainian words for taking and entering: not a claim
# of the language's side but narration of the other side's advance (CLAIMS_GUIDE: confirmation).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ще два села, Торське та Ямпіль, потрапили під контроль загарбників.",
     {("confirmation", "other", "Torske", "control"), ("confirmation", "other", "Yampil", "control")}),
    ("За тиждень окупанти зуміли взяти Новоекономічне.",
     {("confirmation", "other", "Novoekonomichne", "control")}),
    ("Йдеться про окупацію російськими військами села Дронівка.", {("confirmation", "other", "Dronivka", "control")}),
    ("До Родинського дедалі частіше проникають окупаційні групи.", {("confirmation", "other", "Rodynske", "control")}),
])
def test_enemy_gain_told_without_a_speaker_is_not_a_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти намагаються взяти Родинське в кільце.", set()),
    ("Генштаб спростував інформацію про окупацію Торського.", {("denial", "ua", "Torske", "control")}),
])
def test_taking_words_keep_goals_and_denials(sentence, want):
    assert _triples(sentence) == want


# Warnings, conditions, attempts, a result that did not come, fire control and places described by
# an earlier liberation are no event (CLAIMS_GUIDE: not statements).
@pytest.mark.parametrize("sentence", [
    "Напередодні голова ОВА попереджав про ймовірні обстріли Ізюма.",
    "Експерт вважає, що росіяни підуть на Краматорськ, якщо їм вдасться захопити Костянтинівку.",
    "Противник не припиняє спроб захопити чи оточити Суми й Охтирку.",
    "Біля Торського точилися запеклі бої, але противник так і не зумів просунутися.",
    "Дорога на Лиман перебуває під вогневим контролем наших дронів.",
    "Згодом окупанти почали регулярно обстрілювати звільнені села Ізюмського району та Балаклію.",
    "Уздовж річки Дніпро тривають обстріли прибережних сіл.",
])
def test_no_event_without_a_result(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # «якщо не весь» is a hedge on how much, not a condition
    ("Аналітики вважають, що російські сили, ймовірно, контролюють більшу частину Торського, якщо не все село.",
     {("hedge", "other", "Torske", "control")}),
    ("Унаслідок удару по Балаклії загинули двоє людей.", {("claim", "ua", "Balakliia", "strike")}),
])
def test_results_still_count_beside_those_words(sentence, want):
    assert _triples(sentence) == want


# Ukrainian denials name the claim they answer with a noun or an adjective («заяви країни-агресора»,
# «російську заяву», «як стверджують російські воєнкори», «попри заяви Герасимова»): the denial is
# Kyiv's and the claim Moscow's (CLAIMS_GUIDE: one sentence, two statements).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Командування спростувало заяви країни-агресора про «взяття» Лимана.",
     {("denial", "ua", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}),
    ("У Силах оборони спростували російську заяву про оточення Костянтинівки.",
     {("denial", "ua", "Kostiantynivka", "control"), ("claim", "ru", "Kostiantynivka", "control")}),
    ("Речник назвав фейком заяви окупантів про те, що село Торське вже окуповане.",
     {("denial", "ua", "Torske", "control"), ("claim", "ru", "Torske", "control")}),
    ("Росіяни стверджують, що взяли Ямпіль, проте їхні війська навіть не наблизилися до села.",
     {("claim", "ru", "Yampil", "control"), ("denial", "ua", "Yampil", "control")}),
    ("Лиман досі не контролюється окупантами, попри всі заяви ворога.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    ("В угрупованні не мають даних, що окупанти захопили Ямпіль, як стверджують російські воєнкори.",
     {("denial", "ua", "Yampil", "control"), ("claim", "ru", "Yampil", "control")}),
    ("Окупанти поступово втрачають позиції біля Лимана попри гучні заяви Герасимова про оточення міста.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
    ("У Міністерстві оборони Росії заявили про нібито захоплення Ямполя.",
     {("claim", "ru", "Yampil", "control"), ("hedge", "ua", "Yampil", "control")}),
])
def test_ukrainian_denials_keep_the_claim_they_answer(sentence, want):
    assert _triples(sentence) == want


# The enemy said not to be there, or only to have been let in, is a denial; the speaker's side
# still holding the town outweighs enemy groups "blocked" inside it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У бригаді наголосили, що російських військ у Торському немає.", {("denial", "ua", "Torske", "control")}),
    ("У командуванні заперечили проникнення ворожих груп до Лимана.", {("denial", "ua", "Lyman", "control")}),
])
def test_ukrainian_denials_of_presence(sentence, want):
    assert _triples(sentence) == want


def test_the_defenders_hold_outweighs_enemy_groups_blocked_inside():
    got = _triples("Всупереч рапортам Міноборони РФ, Ямпіль під контролем Сил оборони, а російські штурмовики "
                   "на околиці заблоковані, розповів речник угруповання.")
    assert ("denial", "ua", "Yampil", "control") in got
    assert not any(stance == "confirmation" for stance, *_ in got)


# Ukrainian puts the subject after its verb: «... визнав Генеральний штаб ЗСУ» is Kyiv conceding;
# the enemy as the subject of a verbal noun gains, as the object of a verb it loses.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ще 3 листопада проникнення ворожих груп до Ямполя визнав Генеральний штаб ЗСУ.",
     {("confirmation", "ua", "Yampil", "control")}),
    ("Наші бійці вибили противника з Торського.", {("claim", "ua", "Torske", "control")}),
])
def test_word_order_and_the_enemy_as_subject(sentence, want):
    assert _triples(sentence) == want


# Moscow's voices in Ukrainian words: occupation troops announcing, war correspondents asserting
# («твердили»), a claim spread («розповсюдили»): the claim is Russia's, not narration.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Російські окупаційні війська оголосили про повне взяття Ямполя.", {("claim", "ru", "Yampil", "control")}),
    ("Російські військові кореспонденти твердили, що штурмовики вже зайшли в Торське.",
     {("claim", "ru", "Torske", "control")}),
    ("Речник сказав, що росіяни розповсюдили інформацію про нібито оточення Лимана.",
     {("claim", "ru", "Lyman", "control"), ("hedge", "ua", "Lyman", "control")}),
])
def test_russian_voices_in_ukrainian_keep_their_side(sentence, want):
    assert _triples(sentence) == want


# Ukrainian strike words that say the strike landed, told by the side that was hit (CLAIMS_GUIDE:
# a governor reporting shelling of a town is claim ua strike).
@pytest.mark.parametrize(("sentence", "place"), [
    ("Зранку окупанти здійснили удар по Балаклії.", "Balakliia"),
    ("Ворог знову гатив по Куп'янську з артилерії.", "Kupiansk"),
    ("Окупанти атакували Ізюм із безпілотників.", "Izium"),
    ("Унаслідок атаки ворожих дронів на Запоріжжя пошкоджено дах школи.", "Zaporizhzhia"),
    ("Снаряди знову полетіли на Марганець.", "Marhanets"),
    ("У Полтаві після роботи ППО впав уламок дрона.", "Poltava"),
    ("У с. Прудянка Дергачівської громади зазнала травм жінка.", "Prudianka"),
])
def test_ukrainian_strike_words(sentence, place):
    assert _triples(sentence) == {("claim", "ua", place, "strike")}


def test_strikes_on_a_list_of_towns_and_a_speaker_named_before_a_participle():
    assert _triples("Під ударами російської армії опинилися Ізюм і Балаклія.") == {
        ("claim", "ua", "Izium", "strike"), ("claim", "ua", "Balakliia", "strike")}
    # «..., заявивши»: the participle's subject is the main clause's, Belgorod's governor
    assert _triples("Гладков опублікував фото, заявивши про удар дрона по Бєлгороду.") == {
        ("claim", "ru", "Belgorod", "strike")}


@pytest.mark.parametrize("sentence", [
    "Костянтинівка та Дружківка потерпають від перебоїв з водою.",
    "На Запоріжжі оголошено повітряну тривогу.",
])
def test_hardship_and_the_region_are_no_strike_on_a_town(sentence):
    assert _triples(sentence) == set()


# A town that only says where the villages lie («сіл ... під X», «неподалік X») is not where the
# event happened (CLAIMS_GUIDE: places).
@pytest.mark.parametrize(("sentence", "places"), [
    ("У штабі визнали відхід з трьох сіл під Костянтинівкою", set()),
    ("Наші підрозділи відійшли з сіл Іванопілля і Плещіївка під Костянтинівкою.", {"Ivanopillia", "Pleshchiivka"}),
    ("Речник визнав, що окупанти зайшли до села Торське, яке лежить неподалік Лиману.", {"Torske"}),
])
def test_a_town_that_only_locates_villages_is_not_the_place(sentence, places):
    assert {place for _stance, _side, place, _event in _triples(sentence)} == places


# Ukrainian withdrawals and their official euphemism are the defender's concession; the enemy
# breaking in, told by the defender, too; pushing the enemy out is Kyiv's claim. Attempts are none.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Українські підрозділи відступили з сіл Іванопілля та Плещіївка.",
     {("confirmation", "ua", "Ivanopillia", "control"), ("confirmation", "ua", "Pleshchiivka", "control")}),
    ("За наказом командування бригада здійснила організований маневр у районі Торського.",
     {("confirmation", "ua", "Torske", "control")}),
    ("Ворогу вдалося прорватися на північну околицю Лиману.", {("confirmation", "ua", "Lyman", "control")}),
    ("Наші штурмовики витіснили окупантів з околиць Ямполя, хоча ворог продовжує намагання повернутися.",
     {("claim", "ua", "Yampil", "control")}),
    ("Противник здійснив 20 спроб витіснити наші підрозділи з позицій біля Торського.", set()),
    ("Окупанти роблять усе, щоб прорватися до Лиману.", set()),
])
def test_ukrainian_withdrawals_break_ins_and_push_outs(sentence, want):
    assert _triples(sentence) == want


# Communities named by their town's adjective («Шосткинська», «Краснопільська») are that town, as
# the project reads «Нікопольська громада»; half of a hyphenated name is no town; a river's
# adjective name is the river; the defenders' "combat tasks" are not a goal.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Уночі ворог атакував дронами Шосткинську громаду, пошкоджено склад.", {("claim", "ua", "Shostka", "strike")}),
    ("По Краснопільській громаді окупанти били з мінометів, поранено чоловіка.",
     {("claim", "ua", "Krasnopillia", "strike")}),
    ("Через обстріл у с. Рижівка Середино-Будської громади пошкоджено хату.", {("claim", "ua", "Ryzhivka", "strike")}),
    ("Наші сили закріпилися за річкою Сіверський Донець.", set()),
    ("Сили оборони утримують Торське і виконують бойові завдання на цьому напрямку.",
     {("denial", "ua", "Torske", "control")}),
])
def test_communities_rivers_and_duties(sentence, want):
    assert _triples(sentence) == want


# More Ukrainian denials: «ніхто не зачищає», «не під їхнім контролем», «..., чого насправді
# немає» beside the claim they answer («за словами росіян»); Russian generals reporting to the
# Kremlin are Moscow's claim; fighting "entering a new phase" is no entry into a town.
@pytest.mark.parametrize(("sentence", "want"), [
    ("«Центр Лиману ніхто не зачищає», — наголосив командир бригади.", {("denial", "ua", "Lyman", "control")}),
    ("«Окупанти заходили на околицю Ямполя, але село не під їхнім контролем», — сказав речник.",
     {("denial", "ua", "Yampil", "control")}),
    ("За словами росіян, їхні війська вже взяли Лиман, чого насправді немає, наголосили в угрупованні.",
     {("denial", "ua", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}),
    ("Російські генерали доповіли Путіну про нібито оточення Лиману.",
     {("claim", "ru", "Lyman", "control"), ("hedge", "ua", "Lyman", "control")}),
    ("Бої за Торське увійшли в нову фазу, повідомив речник.", set()),
])
def test_more_ukrainian_denials_and_reports(sentence, want):
    assert _triples(sentence) == want


# A headline that tells a claim and then teases «що відомо» still tells the claim; «В Росії
# заявили» is Moscow speaking.
@pytest.mark.parametrize(("sentence", "want"), [
    ("В Росії заявили про повне взяття Лиману, що відомо", {("claim", "ru", "Lyman", "control")}),
    ("Окупанти заявили про оточення Торського: що відомо", {("claim", "ru", "Torske", "control")}),
    ("Що відомо про бої за Лиман станом на ранок", set()),
])
def test_claim_headlines_with_a_teaser(sentence, want):
    assert _triples(sentence) == want


# Regional reports list communities after a colon, put the weapon after the target and break the
# verb from its strike with commas; each named community is its town, the strike landed.
@pytest.mark.parametrize(("sentence", "places"), [
    ("За добу ворог обстріляв 3 громади області: Краснопільську, Глухівську та Шосткинську.",
     {"Krasnopillia", "Hlukhiv", "Shostka"}),
    ("Уночі окупанти атакували Сумську та Глухівську громади ударними БпЛА.", {"Sumy", "Hlukhiv"}),
    ("Опівдні завдано, за попередніми даними, ракетного удару по Шостці.", {"Shostka"}),
])
def test_regional_strike_reports(sentence, places):
    assert _triples(sentence) == {("claim", "ua", place, "strike") for place in places}


# Drops from drones and attacks told in the present are strikes; «стараються» is an attempt; a
# Ukrainian spelling of a common village name is that name, not a place it was once called.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Уранці окупанти скинули вибухівку на Токарівку.", {("claim", "ua", "Tokarivka", "strike")}),
    ("Від світанку росіяни атакують Дніпровське з безпілотників.", {("claim", "ua", "Dniprovske", "strike")}),
    ("Бійці бригади підняли прапор над Андріївкою.", {("claim", "ua", "Andriivka", "control")}),
    ("Росіяни стараються зайти в Кам'янське та закріпитися там.", set()),
])
def test_drops_present_attacks_attempts_and_own_names(sentence, want):
    assert _triples(sentence) == want


# The goal of those in a relative clause is theirs («окупантів, які намагалися»), the clearing is
# the claim; a flag named before its verb is raised; DeepState's maps are independent evidence.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Бійці полку зачистили Ямпіль від окупантів, які намагалися закріпитися в центрі.",
     {("claim", "ua", "Yampil", "control")}),
    ("Синьо-жовтий прапор над школою в Торському встановили бійці бригади.", {("claim", "ua", "Torske", "control")}),
    ("На мапах DeepState Торське показане під контролем Сил оборони.", {("denial", "other", "Torske", "control")}),
])
def test_relative_goals_flags_and_maps(sentence, want):
    assert _triples(sentence) == want


# The enemy "spotted" in a town is narration of its presence (CLAIMS_GUIDE: confirmation, other);
# «за повідомленнями» is the reporter's hedge; a claim «місяць тому» is background.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Російських окупантів помітили в центрі Лиману.", {("confirmation", "other", "Lyman", "control")}),
    ("Ворожу піхоту помітили на північній околиці Лиману.", {("confirmation", "other", "Lyman", "control")}),
    ("Окупанти, за повідомленнями, увірвались до Торського.", {("hedge", "other", "Torske", "control")}),
    ("Місяць тому Москва заявляла про захоплення Ямполя.", set()),
])
def test_spotted_reportedly_and_a_month_ago(sentence, want):
    assert _triples(sentence) == want


# «мають успіх поблизу X» told by analysts is independent narration of an advance; a partial
# occupation is no capture; «не перебуває під контролем загарбників» denies; a claim noun reaches
# its maker over a long title («заяви начальника Генштабу ЗС РФ Валерія Герасимова»).
@pytest.mark.parametrize(("sentence", "want"), [
    ("За даними аналітиків, окупанти мають успіх поблизу Торського.", {("confirmation", "other", "Torske", "control")}),
    ("Торське та Ямпіль позначені як частково окуповані.", set()),
    ("\"Лиман не перебуває під контролем загарбників\", - відповіли в угрупованні.", {("denial", "ua", "Lyman", "control")}),
    ("Генштаб назвав неправдою заяви начальника Генштабу ЗС РФ Валерія Герасимова про оточення Лиману.",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
])
def test_success_partial_occupation_and_long_titles(sentence, want):
    assert _triples(sentence) == want


# A party "confirming" a strike announces its own success or reports the hit it took: a claim
# (CLAIMS_GUIDE: a side announcing its own success is a claim, never a confirmation).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони уразили нафтобазу в Бєлгороді, підтвердили в Генштабі.", {("claim", "ua", "Belgorod", "strike")}),
    ("Міноборони РФ підтвердило удар по Харкову.", {("claim", "ru", "Kharkiv", "strike")}),
    ("Росіяни скинули КАБ на Слов'янськ.", {("claim", "ua", "Sloviansk", "strike")}),
])
def test_a_party_confirming_a_strike_claims_it(sentence, want):
    assert _triples(sentence) == want


# The capture word in quotation marks is the enemy's, not the narrator's: Moscow's claim, never a
# confirmation; the enemy retreating, told by its foe, is the foe's claim of a repulse.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти вкотре «захопили» Лиман на папері: що насправді", {("claim", "ru", "Lyman", "control")}),
    ("Ворог намагався прорватися до Торського, але зазнав втрат і відступив.", {("claim", "ua", "Torske", "control")}),
    ("Наші підрозділи відступили з Торського.", {("confirmation", "ua", "Torske", "control")}),
])
def test_quoted_captures_and_enemy_retreats(sentence, want):
    assert _triples(sentence) == want


# A repair after an earlier strike is the news of the day, not a strike; harm named beside it still is.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У Балаклії відновили водопостачання після обстрілу.", set()),
    ("У Балаклії після обстрілу загинув чоловік, воду вже відновили.", {("claim", "ua", "Balakliia", "strike")}),
])
def test_repairs_after_a_strike(sentence, want):
    assert _triples(sentence) == want


# Promises and forecasts are no event (CLAIMS_GUIDE: not statements); a town named after "soon"
# beside a claimed one leaves the claim standing.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Скоро ми звільнимо Лиман.", set()),
    ("Генерал пообіцяв, що війська візьмуть Торське до зими.", set()),
    ("Шойгу заявив, що війська вже захопили Ямпіль і \"незабаром візьмуть\" Лиман.", {("claim", "ru", "Yampil", "control")}),
])
def test_promises_and_forecasts(sentence, want):
    assert _triples(sentence) == want


# Explainers and consequences that might follow are no event; "the situation is under control"
# is no capture but the defender's hold on the place (a denial).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Аналітик пояснив, чому втрата Лиману може вплинути на оборону Слов'янська.", set()),
    ("Ситуація в Ямполі залишається напруженою, але контрольованою.", {("denial", "ua", "Yampil", "control")}),
])
def test_explainers_and_a_controlled_situation(sentence, want):
    assert _triples(sentence) == want


# A short Ukrainian sentence without і, ї, є or an apostrophe is still Ukrainian (its own words
# decide), so its side is Kyiv's; killing the enemy there is a losses claim.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони знищили два танки противника поблизу Торського.", {("claim", "ua", "Torske", "losses")}),
    ("На Покровському напрямку наші воїни ліквідували 120 окупантів у районі Родинського.",
     {("claim", "ua", "Rodynske", "losses")}),
    ("Противник потерял два танка под Торским, сообщили в ВСУ.", {("claim", "ua", "Torske", "losses")}),
])
def test_short_ukrainian_sentences_and_losses(sentence, want):
    assert _triples(sentence) == want


# «під нашим контролем» is the defender still holding (a denial); a place marked «як окуповане» on
# DeepState's map is independent narration of its capture.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Командир батальйону заявив, що Ямпіль досі під нашим контролем.", {("denial", "ua", "Yampil", "control")}),
    ("На мапі DeepState Ямпіль позначене як окуповане.", {("confirmation", "other", "Yampil", "control")}),
])
def test_our_control_and_map_marks(sentence, want):
    assert _triples(sentence) == want


# Reaching the outskirts is an advance; the party named after «про» is who the denied event is
# about, not who claimed it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти вийшли на околиці Лиману — DeepState.", {("confirmation", "other", "Lyman", "control")}),
    ("Речник спростував інформацію про вихід окупантів до Лиману.", {("denial", "ua", "Lyman", "control")}),
    ("Генштаб спростував інформацію окупантів про захоплення Ямполя.",
     {("denial", "ua", "Yampil", "control"), ("claim", "ru", "Yampil", "control")}),
])
def test_outskirts_and_whose_information(sentence, want):
    assert _triples(sentence) == want


# A task set to take a town is a goal; a town "under fire" today is struck, a habit is not.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти мали завдання захопити Ямпіль ще навесні.", set()),
    ("Сьогодні під ворожим вогнем перебуває Оріхів.", {("claim", "ua", "Orikhiv", "strike")}),
    ("Оріхів та Гуляйполе постійно перебувають під вогнем ворога.", set()),
])
def test_tasks_and_towns_under_fire(sentence, want):
    assert _triples(sentence) == want


# The masculine past of harm verbs («постраждав», «поранив», «пошкодив») reports a strike that landed
# as the plural and feminine forms do.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У Білопільській громаді через удар ворожого дрона постраждав 50-річний водій.",
     {("claim", "ua", "Bilopillia", "strike")}),
    ("Вночі уламок шахеда пошкодив дах школи в Лозовій.", {("claim", "ua", "Lozova", "strike")}),
])
def test_masculine_past_of_harm(sentence, want):
    assert _triples(sentence) == want


# The river is not the city of Dnipro; a town's microdistrict is not a village of its name, and
# «на вулицях», «квартали» of a town name the town.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Окупанти не мають змоги форсувати Дніпро поблизу Херсона, наголосили в Силах оборони.", set()),
    ("Чутки про захоплення росіянами мікрорайону Острів у Херсоні — фейк, заявили в бригаді.",
     {("denial", "ua", "Kherson", "control")}),
    ("Геолоковані кадри показують російських піхотинців на вулицях Сіверська.",
     {("confirmation", "other", "Siversk", "control")}),
])
def test_rivers_and_parts_of_towns(sentence, want):
    assert {t for t in _triples(sentence) if t[2]} == want


# An attack repelled at a place is a claim even when the report adds that "the situation is under
# control"; holding a line near a town is no event there, holding the town itself denies its loss.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Захисники відбили чотири штурми біля Степової Новоселівки, ситуація під контролем Сил оборони, повідомили в угрупованні.",
     {("claim", "ua", "Stepova Novoselivka", "control")}),
    ("Головком провів нараду з командирами бригад, які тримають оборону поблизу Костянтинівки.", set()),
    ("Наші бійці досі тримають оборону в Сіверську, заявив речник бригади.", {("denial", "ua", "Siversk", "control")}),
])
def test_repelled_with_the_situation_in_hand_and_holding_near(sentence, want):
    assert {t for t in _triples(sentence) if t[2]} == want


# A withdrawal told with its noun («підтвердили вихід із X», «відхід від села X») is a concession;
# the line the defenders then hold («оборону по лінії A − B», «на рубежі біля C») is no place of it.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У Генштабі підтвердили вихід із Новоекономічного на Покровському напрямку.",
     {("confirmation", "ua", "Novoekonomichne", "control")}),
    ("Підрозділи бригади здійснили відхід від села Калинове, щоб організувати оборону по лінії Шахове − Рубіжне.",
     {("confirmation", "ua", "Kalynove", "control")}),
    ("Бійці відійшли з Новоселівки, щоб закріпитися на рубежі біля Ставків.",
     {("confirmation", "ua", "Novoselivka", "control")}),
])
def test_withdrawal_nouns_and_defence_lines(sentence, want):
    assert {t for t in _triples(sentence) if t[2]} == want


# A community named by a two-word town's adjective («Великописарівська», «Великобурлуцька»: -цька from
# -к) is that town's.
@pytest.mark.parametrize(("sentence", "want"), [
    ("У Великобурлуцькій громаді через обстріл постраждала 60-річна жінка.", {("claim", "ua", "Velykyi Burluk", "strike")}),
    ("Великописарівська громада: ворожий дрон поранив водія.", {("claim", "ua", "Velyka Pysarivka", "strike")}),
])
def test_two_word_towns_behind_community_adjectives(sentence, want):
    assert _triples(sentence) == want


# Regional administrations tell a strike by its aim and its munitions: «цілив по», «під прицілом були»,
# «спрямував N дронів на», «авіабомби скинули на», a weapon between verb and target («вдарили з важкої
# артилерії по»); «Межівська громада» is Mezhova's.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Зранку агресор цілив по Марганцю та Нікополю.",
     {("claim", "ua", "Marhanets", "strike"), ("claim", "ua", "Nikopol", "strike")}),
    ("Під прицілом ворога були Нікополь і Червоногригорівська громада.",
     {("claim", "ua", "Nikopol", "strike"), ("claim", "ua", "Chervonohryhorivka", "strike")}),
    ("На Покров окупанти спрямували два ударні дрони.", {("claim", "ua", "Pokrov", "strike")}),
    ("Дві керовані авіабомби росіяни скинули на селище Степногірськ.", {("claim", "ua", "Stepnohirsk", "strike")}),
    ("Увечері окупанти вдарили з важкої артилерії по Марганцю.", {("claim", "ua", "Marhanets", "strike")}),
    ("Через удар дрона по Межівській громаді постраждала жінка.", {("claim", "ua", "Mezhova", "strike")}),
])
def test_strikes_told_by_aim_and_munition(sentence, want):
    assert _triples(sentence) == want


# «геолокаційні кадри» are independent evidence; «не мають контролю над X» from a party denies; an
# adjective opening a sentence («Українська армія») is not the town of Ukrainsk.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Геолокаційні кадри свідчать про просування російських підрозділів на околицях Костянтинівки.",
     {("confirmation", "other", "Kostiantynivka", "control")}),
    ("Українська армія відкинула окупантів поблизу Торського, повідомили в бригаді.",
     {("claim", "ua", "Torske", "control")}),
])
def test_geolocation_and_opening_adjectives(sentence, want):
    assert _triples(sentence) == want


# «у селі X Y-ської громади»: the community only locates the village, and settles which namesake it is.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ворожий дрон влучив у житловий будинок у селі Піщане Сумської громади, постраждала жінка.",
     {("claim", "ua", "Pishchane", "strike")}),
])
def test_a_village_located_by_its_community(sentence, want):
    assert _triples(sentence) == want


def test_a_village_located_by_its_community_is_in_that_communitys_oblast():
    from tui.core.claims.places import find_places
    got = [(m.place.name, m.place.oblast) for m in find_places("Дрон влучив у будинок у селі Піщане Сумської громади.")
           if m.kind == "settlement"]
    assert got == [("Pishchane", "Sumy")]


def test_a_semicolon_report_signed_at_its_end():
    # «у сел. A ...; у сел. B ...; у с. C ...», - написав X»: the one who wrote it speaks for every clause
    got = _triples("«У сел. Кругляківка загинув чоловік; у сел. Ківшарівка постраждала жінка; у с. Петропавлівка "
                   "пошкоджено будинок», - написав Синєгубов у телеграм-каналі.")
    assert got == {("claim", "ua", "Kruhliakivka", "strike"), ("claim", "ua", "Kivsharivka", "strike"),
                   ("claim", "ua", "Petropavlivka", "strike")}


# The regional administrations' words for shelling: a settlement after its kind abbreviated («по с. X»,
# «(сел. Y)»), a weapon aimed at a town, fire opened on a community, a community «terrorised», the
# capital as the object of «атакують».
@pytest.mark.parametrize(("sentence", "want"), [
    ("Увечері окупанти вдарили дроном по с. Кругляківка, постраждав чоловік.", {("claim", "ua", "Kruhliakivka", "strike")}),
    ("Пошкоджено два будинки (с. Ківшарівка) та гараж (сел. Кругляківка).",
     {("claim", "ua", "Kivsharivka", "strike"), ("claim", "ua", "Kruhliakivka", "strike")}),
    ("Ворог скерував чотири дрони-камікадзе на Херсон.", {("claim", "ua", "Kherson", "strike")}),
    # (one of a community's villages is unnamed: not the community's town)
    ("Окупанти відкрили вогонь із мінометів по одному із сіл Білопільської громади.",
     {("claim", "ua", None, "strike")}),
    ("Увесь день ворог тероризував Нікопольську громаду.", {("claim", "ua", "Nikopol", "strike")}),
    ("Уночі окупанти атакують шахедами Київ.", {("claim", "ua", "Kyiv", "strike")}),
])
def test_shelling_in_the_administrations_words(sentence, want):
    assert _triples(sentence) == want


def test_an_abbreviated_settlement_kind_does_not_end_the_sentence():
    from tui.core.claims.sentences import split_sentences
    assert split_sentences("Ворог ударив по с. Шестакове. Постраждалих немає.") == [
        "Ворог ударив по с. Шестакове.", "Постраждалих немає."]


def test_opening_fire_is_no_forecast():
    # «відкриє шлях» is what a capture would bring; «відкрили вогонь» is fire, a strike told
    assert _triples("Росіяни відкрили вогонь з артилерії по Вовчанську.") == {("claim", "ua", "Vovchansk", "strike")}
    assert _triples("Захоплення Куп'янська відкриє окупантам шлях на Ізюм.") == set()


# Whose word it is: a map or an institute named with «згідно з», «Інститут вивчення війни» is an
# independent voice; a deputy of the Rada speaks for Kyiv; «путін» in lower case is still Putin.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Українські підрозділи відійшли з північної частини Торського, згідно з мапою DeepState.",
     {("confirmation", "other", "Torske", "control")}),
    ("Інститут вивчення війни повідомив про захоплення росіянами Ямполя.", {("confirmation", "other", "Yampil", "control")}),
    ("Народний депутат, секретар комітету Ради з питань оборони, стверджує, що окупанти увійшли до частини Ямполя.",
     {("confirmation", "ua", "Yampil", "control")}),
    ("путін заявив, що нібито оточив Костянтинівку.",
     {("claim", "ru", "Kostiantynivka", "control"), ("hedge", "ua", "Kostiantynivka", "control")}),
])
def test_independent_maps_the_rada_and_a_lowercase_putin(sentence, want):
    assert _triples(sentence) == want


# Names that only say where, or whose: a unit after its abbreviation («12 ошб "Азов"»), a town that
# locates the village named before it, the community the sentence already placed its village in.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Бійці 3 ошб \"Вовки\" разом із суміжниками звільнили село Нове Шахове, повідомила пресслужба 12 ошб \"Азов\".",
     {("claim", "ua", "Nove Shakhove", "control")}),
    ("Генштаб спростував чутки, що окупанти захопили село Богданівка поблизу Часового Яру.",
     {("denial", "ua", "Bohdanivka", "control")}),
    ("Удар по селу Кругляківка, у тій самій Куп'янській громаді пошкоджено будинок.",
     {("claim", "ua", "Kruhliakivka", "strike")}),
])
def test_names_that_only_locate_or_own(sentence, want):
    assert _triples(sentence) == want


def test_a_brigade_that_left_a_village_concedes_it():
    # «вийшла із X» (the feminine of «вийшли з»): the side's own withdrawal
    assert _triples("Українська бригада вийшла із Торського, щоб зберегти особовий склад.") == {
        ("confirmation", "ua", "Torske", "control")}


# Who spreads the account is who claims it («ворожі пабліки поширюють інформацію, що ...»), beside the
# outlet's own «нібито» (a hedge in its own, Kyiv's, voice); «наші війська» are the bulletin's own side, also when the enemy is made to yield.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ворожі пабліки поширюють інформацію, що окупанти нібито захопили Торське.",
     {("claim", "ru", "Torske", "control"), ("hedge", "ua", "Torske", "control")}),
    ("Біля Ямполя наші підрозділи просунулися вперед, змусивши ворога відступити.", {("claim", "ua", "Yampil", "control")}),
])
def test_who_spreads_an_account_and_our_own_troops(sentence, want):
    assert _triples(sentence) == want


# A third real set's misses: drones named before their verb and strikes «recorded» are strikes; repelling
# in the present tense is a repulse; fire control held over a town, a «teaser» line for another story and a
# forecast («вопрос нескольких дней») are no event.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ворожі дрони атакували територію Білопільської громади.", {("claim", "ua", "Bilopillia", "strike")}),
    ("Влучання зафіксували в центрі міста Охтирка.", {("claim", "ua", "Okhtyrka", "strike")}),
    ("Сили оборони відбивають російські штурми села Торське.", {("claim", "ua", "Torske", "control")}),
    ("Наші бійці тримають під вогневим контролем Ямпіль та його околиці.", set()),
])
def test_third_set_wordings_in_ukrainian(sentence, want):
    assert _triples(sentence) == want


def test_the_outlet_saying_the_enemy_does_not_control_a_village_denies():
    assert _triples("Російські війська не мають контролю у селі Торське.") == {("denial", "ua", "Torske", "control")}


def test_half_of_a_two_word_name_is_not_another_village():
    # «Козачу Локню» (a Kursk village the gazetteer lacks): «Локню» alone would be a Sumy namesake
    assert _triples("Загарбники окупували Торське та Козачу Локню.") == {("confirmation", "other", "Torske", "control")}


def test_no_enemy_army_in_the_town_is_a_denial():
    # «Армії РФ в місті немає»: the army named absent, as troops and occupiers already were
    assert _triples("Російської армії в Куп'янську немає, заявив речник.") == {("denial", "ua", "Kupiansk", "control")}


# A town as the direct object of the attack is where it landed («окупанти атакували Херсон»,
# «накрили вогнем місто»); attacks «в районі X» or on positions stay fighting without a result.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Минулої ночі окупанти знову атакували Дніпро.", {("claim", "ua", "Dnipro", "strike")}),
    ("Артилерія окупантів знову накрила вогнем Ізюм.", {("claim", "ua", "Izium", "strike")}),
    ("Ворог атакував село Кам'янка дронами.", {("claim", "ua", "Kamianka", "strike")}),
    ("Окупанти атакували позиції наших захисників у районі Торського.", set()),
    ("Ворог атакував у районі Ямполя та Серебрянки.", set()),
])
def test_a_town_attacked_is_a_strike(sentence, want):
    assert {t for t in _triples(sentence) if t[0] != "hedge"} == want


# Kyiv's repulse and recapture in its own words: «зуміли відбити штурм у X», «деокупували село X».
@pytest.mark.parametrize(("sentence", "want"), [
    ("Штурм окупантів у Ямполі нашим бійцям вдалося відбити.", {("claim", "ua", "Yampil", "control")}),
    ("Сили оборони деокупували Серебрянку, повідомили в угрупованні.", {("claim", "ua", "Serebrianka", "control")}),
    ("Окупанти намагаються відбити Ямпіль.", set()),
])
def test_kyivs_repulse_and_recapture(sentence, want):
    assert _triples(sentence) == want


def test_kyiv_naming_moscow_as_the_holder_concedes():
    assert _triples("Генштаб ЗСУ заявив, що село Торське перейшло під контроль російських військ.") == {
        ("confirmation", "ua", "Torske", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # the enemy forced back is Kyiv's repulse, told in its voice; our own units forced back concede
    ("Загарбники були змушені відійти від Ямполя.", {("claim", "ua", "Yampil", "control")}),
    ("Наші підрозділи були вимушені відійти від Ямполя.", {("confirmation", "ua", "Yampil", "control")}),
    # taking up the defence inside a town is holding it
    ("Наші бійці зайняли оборону в Ямполі.", {("denial", "ua", "Yampil", "control")}),
    # troops caught in a ring lost; the other side claims it
    ("Речник ЗСУ заявив, що російські штурмовики, які опинилися в оточенні біля Ямполя, складають зброю.",
     {("claim", "ua", "Yampil", "control")}),
])
def test_forced_back_holding_and_caught_in_a_ring(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the way to a town is no place of the event; a mine left in a field is no strike
    ("Десантники звільнили Ямпіль дорогою до Кремінної, повідомив командир.", {("claim", "ua", "Yampil", "control")}),
    ("Під Ізюмом на міні підірвався трактор, водій поранений.", set()),
])
def test_the_way_to_a_town_and_a_mine(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's flag over a place told by nobody in Ukrainian is the enemy's advance narrated
    ("Окупанти підняли прапор РФ над адмінбудівлею в Ямполі.", {("confirmation", "other", "Yampil", "control")}),
    ("Наші бійці підняли український прапор над Ямполем.", {("claim", "ua", "Yampil", "control")}),
])
def test_moscows_flag_told_in_ukrainian(sentence, want):
    assert _triples(sentence) == want


def test_a_forecast_of_a_capture_is_no_event():
    assert _triples("Військовий експерт передбачив скоре взяття Ямполя.") == set()


def test_holding_while_street_fighting_goes_on():
    assert _triples("У Ямполі тривають вуличні бої, наші бійці зайняли оборону в центрі міста.") == {
        ("denial", "ua", "Yampil", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # a capital listed with other towns is one of the places, not the government speaking
    ("Міста Суми, Київ і Чернігів під контролем Сил оборони, наголосив речник.",
     {("denial", "ua", "Kyiv", "control"), ("denial", "ua", "Chernihiv", "control"), ("denial", "ua", "Sumy", "control")}),
    ("Київ і Москва обмінялися заявами про Покровськ.", set()),
])
def test_a_capital_in_a_list_of_towns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # an attack on positions beaten off («однак відступила») is Kyiv's repulse, whose positions they were
    ("Ворожі штурмовики двічі атакували позиції ЗСУ під Серебрянкою, але відступили.",
     {("claim", "ua", "Serebrianka", "control")}),
    ("ЗСУ відступили з Ямполя.", {("confirmation", "ua", "Yampil", "control")}),
    ("Окупанти атакували позиції біля Ямполя.", set()),
])
def test_an_attack_on_positions_beaten_off(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the enemy forced back, told by a unit named after the verb, is the unit's repulse; our own retreat concedes
    ("Загарбники були змушені відійти від Ямполя, повідомили в бригаді.", {("claim", "ua", "Yampil", "control")}),
    ("Наші підрозділи відійшли від Ямполя, повідомили в бригаді.", {("confirmation", "ua", "Yampil", "control")}),
])
def test_the_enemy_forced_back_told_by_a_unit(sentence, want):
    assert _triples(sentence) == want
