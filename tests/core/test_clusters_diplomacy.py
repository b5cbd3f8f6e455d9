"""Clusters: news with no front-line place (statements, calls, talks) across languages."""

from __future__ import annotations

from tests.core.test_clusters import HOUR, T0, story
from tui.core.cluster_features import fold
from tui.core.clusters import Clusterer


def test_a_spokesman_s_statement_is_one_event_in_three_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "Kremlin: European troops in Ukraine would be unacceptable",
                               summary="Peskov told reporters Moscow would treat any foreign contingent as a target."))
    assert clusters.add(story("b", "Песков: присутствие войск европейских стран на Украине неприемлемо",
                              summary="Представитель Кремля заявил, что это не приблизит мир.", at=T0 + HOUR)) == first
    assert clusters.add(story("c", "У Кремлі виступили проти європейських військ в Україні",
                              summary="Пєсков заявив, що Москва не прийме іноземних контингентів.",
                              at=T0 + 2 * HOUR)) == first


def test_the_same_spokesman_on_another_subject_that_day_is_another_event():
    clusters = Clusterer()
    troops = clusters.add(story("a", "Kremlin: European troops in Ukraine would be unacceptable",
                                summary="Peskov told reporters Moscow would treat any foreign contingent as a target."))
    assert clusters.add(story("b", "Песков прокомментировал задержание журналиста в Москве",
                              summary="В Кремле заявили, что следят за делом.", at=T0 + 3 * HOUR)) != troops


def test_a_phone_call_between_two_leaders_is_one_event_in_three_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "Putin, Trump hold phone conversation - Ushakov",
                               summary="The Kremlin aide said the leaders spoke for an hour and a half."))
    for n, title in enumerate(["Путин и Трамп провели телефонный разговор",
                               "Зеленський чекає інформації від США після розмови Трампа з Путіним",
                               "Trump says he had 'good call' with Putin"], 1):
        assert clusters.add(story(f"s{n}", title, at=T0 + n * HOUR)) == first, title


def test_talks_told_with_the_ukrainian_word_join_the_talks_told_in_russian():
    clusters = Clusterer()
    first = clusters.add(story("a", "В Абу-Даби начались переговоры России, США и Украины",
                               summary="Делегации обсудят вопросы безопасности."))
    assert clusters.add(story("b", "Умєров: стартував новий раунд тристоронніх перемовин",
                              summary="Українську делегацію в Абу-Дабі очолює секретар РНБО.",
                              at=T0 + HOUR)) == first


def test_a_nuclear_plant_losing_power_is_one_event_whichever_word_tells_the_loss():
    clusters = Clusterer()
    first = clusters.add(story("a", "Zaporizhzhia nuclear plant loses external power again, IAEA says",
                               places=["Zaporizhzhia"]))
    assert clusters.add(story("b", "ЗАЕС знову втратила зовнішнє електропостачання – МАГАТЕ",
                              at=T0 + HOUR)) == first


def test_a_capital_named_only_in_the_text_is_no_place_shared_with_another_statement():
    clusters = Clusterer()
    talks = clusters.add(story("a", "Russian, Ukrainian and U.S. delegations open talks in Abu Dhabi"))
    assert clusters.add(story("a2", "Russia-US-Ukraine consultations begin in Abu Dhabi - Kremlin",
                              summary="Peskov said the delegation is led by the intelligence chief.",
                              at=T0 + HOUR)) == talks
    assert clusters.add(story("b", "U.S. imposes sanctions on Russian oil traders and 40 tankers",
                              summary="The Treasury said the measures target networks helping Moscow evade the cap.",
                              at=T0 + 30 * HOUR)) != talks
    # A headline about the city itself still places it there.
    outage = clusters.add(story("c", "Kyiv switches to scheduled blackouts of four hours a day", places=["Kyiv"],
                                at=T0 + 40 * HOUR))
    assert clusters.add(story("d", "Kyiv introduces scheduled blackouts of four hours from Wednesday",
                              places=["Kyiv"], at=T0 + 41 * HOUR)) == outage


def test_a_loan_decision_is_one_event_by_its_figure_in_three_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "EU leaders agree to 90 billion euro loan for Ukraine backed by frozen assets"))
    assert clusters.add(story("b", "Лідери ЄС погодили кредит Україні на 90 мільярдів євро", at=T0 + HOUR)) == first
    assert clusters.add(story("c", "Лидеры ЕС договорились о кредите Украине на 90 млрд евро",
                              at=T0 + 2 * HOUR)) == first
    # Another figure the same day is another decision.
    assert clusters.add(story("d", "Japan approves 3,000 million dollar loan to Ukraine", at=T0 + 3 * HOUR)) != first


def test_the_daily_tally_of_clashes_and_a_return_of_civilians_join_across_languages():
    clusters = Clusterer()
    tally = clusters.add(story("a", "Генштаб: від початку доби відбулося 160 боєзіткнень"))
    assert clusters.add(story("b", "General Staff: 160 clashes reported on front line over past day",
                              at=T0 + HOUR)) == tally
    returned = clusters.add(story("c", "В Україну повернули 25 цивільних, незаконно утримуваних у Росії"))
    assert returned != tally
    assert clusters.add(story("d", "Ukraine brings home 25 civilians held in Russia", at=T0 + HOUR)) == returned


def test_a_nuclear_plant_s_damaged_line_is_one_event_in_three_languages():
    clusters = Clusterer()
    first = clusters.add(story("a", "Zaporizhzhia nuclear plant down to one power line, Energoatom says",
                               places=["Zaporizhzhia"]))
    assert clusters.add(story("b", "ZNPP: Ukrainian shelling damages backup power line", at=T0 + HOUR)) == first
    assert clusters.add(story("c", "На ЗАЭС повреждена резервная линия электропередачи", at=T0 + 2 * HOUR)) == first


def test_kinds_of_news_are_read_from_the_start_of_words_and_whole_words_where_marked():
    from tui.core.cluster_features import topics_in

    assert topics_in(fold(" Russia and Ukraine swap 150 POWs ")) == {"prisoners"}
    assert "prisoners" not in topics_in(fold(" Power restored after the strike "))  # 'pow ' is a whole word
    assert topics_in(fold(" Лідери ЄС погодили кредит ")) == {"funding"}
    assert "prisoners" not in topics_in(fold(" Місто захоплене "))  # 'плен' inside a word
    assert topics_in(fold(" ЗАЭС снова обесточена ")) == {"nuclear", "outage"}
    assert topics_in(fold(" Пєсков і Песков, Peskov ")) == {"person:peskov"}


def test_the_allies_meeting_on_aid_is_one_venue_in_every_spelling():
    clusters = Clusterer()
    first = clusters.add(story("a", "Allies pledge air defence to Ukraine at Ramstein-format meeting"))
    assert clusters.add(story("b", "Засідання «Рамштайну»: партнери пообіцяли нові системи ППО",
                              at=T0 + HOUR)) == first
    assert clusters.add(story("c", "Ramstein group pledges more air defense systems for Ukraine",
                              summary="New packages were announced at the meeting of the Contact Group.",
                              at=T0 + 2 * HOUR)) == first


def test_a_vote_on_the_mobilisation_age_and_children_brought_home_join_across_languages():
    clusters = Clusterer()
    vote = clusters.add(story("a", "Rada rejects bill to lower mobilization age"))
    assert clusters.add(story("b", "Рада провалила законопроєкт про зниження мобілізаційного віку",
                              at=T0 + HOUR)) == vote
    assert clusters.add(story("c", "Рада отклонила законопроект о снижении мобилизационного возраста",
                              at=T0 + 2 * HOUR)) == vote
    children = clusters.add(story("d", "Ukraine brings back 12 children deported to Russia"))
    assert children != vote
    assert clusters.add(story("e", "Qatar helps return 12 Ukrainian children from Russia", at=T0 + HOUR)) == children


def test_one_spokeswoman_on_one_matter_joins_and_on_another_matter_does_not():
    clusters = Clusterer()
    loan = clusters.add(story("a", "Zakharova: use of frozen Russian assets for Kiev loan is theft",
                              places=["Kyiv"]))
    assert clusters.add(story("b", "Russia threatens response to EU plan for reparations loan to Ukraine",
                              summary="Foreign ministry spokeswoman Maria Zakharova called the plan theft.",
                              at=T0 + HOUR)) == loan
    assert clusters.add(story("c", "Zakharova criticizes Moldova over expulsion of Russian diplomat",
                              at=T0 + 3 * HOUR)) != loan


def test_one_spokesman_saying_the_same_in_nearly_the_same_words_is_one_event():
    clusters = Clusterer()
    first = clusters.add(story("a", "Песков заявил о готовности продлить транзит нефти в Венгрию"))
    assert clusters.add(story("b", "Песков: Россия готова продлить транзит нефти в Венгрию через Беларусь",
                              at=T0 + HOUR)) == first
    assert clusters.add(story("c", "Песков заявил о переговорах с Вашингтоном в Эр-Рияде",
                              at=T0 + 2 * HOUR)) != first


def test_a_visit_whose_text_recalls_a_spokesman_joins_the_visit_not_the_spokesman():
    clusters = Clusterer()
    talks = clusters.add(story("a", "Kremlin sees no date yet for new talks with Kiev - Peskov",
                               summary="Moscow is waiting for signals from Washington, the Kremlin spokesman said."))
    visit = clusters.add(story("b", "Zelensky in Berlin as Germany promises more air defence", at=T0 + 2 * HOUR,
                               summary="Chancellor Merz received the Ukrainian president."))
    assert clusters.add(story("c", "Zelensky meets Merz in Berlin, two more Patriot systems promised",
                              at=T0 + 2.5 * HOUR, summary="The leaders held talks on air defence.")) == visit
    assert clusters.add(story("e", "Merz promises Zelensky two Patriot systems after Berlin talks",
                              at=T0 + 3 * HOUR, summary="Germany will also help pay for more.")) == visit
    # Its first report fits, barely: the fuller ones after it say how well.
    assert clusters.add(story("d", "Zelensky asks Merz for more Patriots in Berlin", at=T0 + 4 * HOUR,
                              summary="Kremlin spokesman Dmitry Peskov said earlier that new talks had "
                                      "no date and Western arms only prolong the war.")) == visit != talks


def test_the_plant_cut_off_in_any_words_is_one_event_and_its_name_is_not_the_city():
    clusters = Clusterer()
    first = clusters.add(story("a", "Zaporizhzhia nuclear plant loses off-site power again, IAEA says",
                               places=["Zaporizhzhia"]))
    # «втратила» is a verb of losing power, not the losses of a battle.
    assert clusters.add(story("b", "ЗАЕС вкотре втратила зовнішнє живлення – Енергоатом", at=T0 + HOUR)) == first
    # The city in the plant's name with shelling in the text is no strike on the city.
    assert clusters.add(story("c", "Zaporozhye NPP switches to diesel after power line cut",
                              summary="The plant said Ukrainian shelling had damaged the last line.",
                              at=T0 + 2 * HOUR, places=["Zaporizhzhia", "Enerhodar"])) == first
    assert clusters.add(story("d", "На ЗАЭС пропало внешнее питание", at=T0 + 3 * HOUR)) == first


def test_next_years_budget_is_one_event_in_three_languages_and_this_years_is_no_figure():
    from tui.core.cluster_features import anchors

    clusters = Clusterer()
    first = clusters.add(story("a", "Ukraine's parliament approves 2027 budget, half of it for defence"))
    for n, title in enumerate(["Верховна Рада ухвалила держбюджет-2027", "Рада приняла бюджет Украины на 2027 год"], 1):
        assert clusters.add(story(f"s{n}", title, at=T0 + n * HOUR)) == first, title
    assert anchors("Parliament adopts 2027 budget", 2026)[0] == {"2027"}
    assert anchors("Russia's budget deficit for 2026 widens", 2026)[0] == set()


def test_a_leader_on_a_settlement_is_talks_news_in_russian_as_in_english():
    clusters = Clusterer()
    first = clusters.add(story("a", "Putin says US plan could be the basis for a final settlement"))
    assert clusters.add(story("b", "Путин заявил, что план США может стать основой для урегулирования",
                              at=T0 + HOUR)) == first


def test_a_figure_spelled_out_is_the_same_figure_in_digits():
    from tui.core.cluster_features import anchors

    clusters = Clusterer()
    first = clusters.add(story("a", "EU adopts 20th sanctions package against Russia"))
    assert clusters.add(story("b", "В ЕС утвердили двадцатый пакет антироссийских санкций", at=T0 + HOUR)) == first
    assert anchors("Двадцять п'ять дронів збито над областю")[0] == {"25"}
    assert anchors("Fifteen injured in the strike")[0] == {"15"}
    # Dozens, a decade and a fortified line are no figures.
    assert anchors("Десятки дронів, десятиліття війни, a fortified line")[0] == set()


def test_a_ban_on_russian_gas_is_one_event_in_three_languages_by_its_kind_and_year():
    clusters = Clusterer()
    first = clusters.add(story("a", "EU agrees to phase out Russian gas imports by 2028"))
    for n, title in enumerate(["ЄС погодив відмову від російського газу до 2028 року",
                               "В ЕС договорились отказаться от российского СПГ к 2028 году"], 1):
        assert clusters.add(story(f"s{n}", title, at=T0 + n * HOUR)) == first, title
    # A newspaper is no gas.
    from tui.core.cluster_features import topics_in

    assert "energy-trade" not in topics_in(fold(" Газета пишет о санкциях "))
