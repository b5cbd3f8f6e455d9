"""Analyst phrasing met in real assessments, OSINT map notes and their retellings that the rules
used to get wrong.

Each group is one general cause; the sentences are written for these tests, with their own
places, names and wording.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize("sentence", [
    # A condition, a capability or a prospect: nothing has happened at the place.
    "If Moscow's troops take Siversk and Lyman, it will be their largest gain of the autumn.",
    "If Russia seizes Huliaipole, the road to Orikhiv opens, one researcher wrote.",
    "Several analysts think the fall of Myrnohrad will be a heavy blow to Kyiv's defence.",
    "There is a realistic possibility that Kyiv's units are now able to encircle the Russian group in Vovchansk.",
    "The Russian grouping near Kupiansk may even become encircled within a fortnight, the briefing said.",
    "Окупанти можуть здійснити спробу заблокувати гарнізон у Мирнограді, вважають аналітики.",
    "Российские войска могут попытаться заблокировать украинский гарнизон в Константиновке.",
])
def test_conditions_capabilities_and_prospects_claim_nothing(sentence):
    assert _triples(sentence) == set()


def test_a_capture_achieved_is_still_told():
    # "were able to capture" is a result, not a capability
    assert _triples("Russian forces were able to capture Torske after weeks of fighting.") == {
        ("confirmation", "other", "Torske")}


@pytest.mark.parametrize(("sentence", "want"), [
    # The UK intelligence yardstick's lowest rung is a hedge, not a finding.
    ("There is a realistic possibility that Russian forces have taken Zarichne.",
     {("hedge", "other", "Zarichne")}),
    # An analyst that found no confirmation hedges the claim it answers.
    ("Российский военкор заявил о захвате Дробышево, но аналитики ISW не нашли подтверждения этому.",
     {("claim", "ru", "Drobysheve"), ("hedge", "other", "Drobysheve")}),
    ("Російський воєнкор стверджував, що окупанти захопили Торське, однак ISW не знайшло підтвердження цих заяв.",
     {("claim", "ru", "Torske"), ("hedge", "other", "Torske")}),
])
def test_analyst_hedges(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A war commentator is an independent voice, whatever his nationality.
    ("According to Ukrainian military observer Petro Hnatenko, Russian units have captured Zelene Pole.",
     {("confirmation", "other", "Zelene Pole")}),
    ("Військовий оглядач Павло Лужний вважає, що російські війська захопили Торське.",
     {("confirmation", "other", "Torske")}),
    # "An analysis by the institute reveals": the institute speaks, not the army it writes about.
    ("A fresh analysis by the ISW reveals small gains made by Russian troops west of Kreminna.",
     {("confirmation", "other", "Kreminna")}),
    # The OSINT map's nouns for a capture.
    ("The DeepState project reported the occupation of Novoiehorivka on Tuesday.",
     {("confirmation", "other", "Novoiehorivka")}),
    ("Satellite imagery confirms Russian presence in northern Dvorichna.",
     {("confirmation", "other", "Dvorichna")}),
    ("Russian troops established a foothold near Kolodiazi, DeepState said on Monday.",
     {("confirmation", "other", "Kolodiazi")}),
])
def test_analyst_voices_and_their_nouns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Residents of Izium still remember the occupation of the town in 2022.",
    "Ukrainian military officials said the brigade was rotated out of the sector.",
])
def test_history_and_rotations_stay_quiet(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's troops winning ground back, told by an analyst or footage: evidence against the capture.
    ("Geolocated footage shows that Ukrainian forces drove Russian forces from a school and advanced in southern Kurakhove.",
     {("denial", "other", "Kurakhove")}),
    ("Геолокаційні кадри свідчать, що українські сили відновили позиції на сході Куп'янська.",
     {("denial", "other", "Kupiansk")}),
    ("Як йдеться у звіті ISW, Сили оборони повернули собі територію в межах Часового Яру.",
     {("denial", "other", "Chasiv Yar")}),
    ("Как говорится в обзоре ISW, украинские подразделения добились успеха в районе Липцев.",
     {("denial", "other", "Lyptsi")}),
    # The same words from Kyiv's own command stay its claim, and Moscow's its own.
    ("Сили оборони відновили позиції біля Сіверська, повідомив Генштаб.",
     {("claim", "ua", "Siversk")}),
    ("Российские войска добились успеха в районе Северска, заявили в Минобороны РФ.",
     {("claim", "ru", "Siversk")}),
])
def test_ground_won_back_by_the_defender(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A front line named after the towns along it is no place of an event.
    ("Russian forces continued attempts to regain lost positions along the Svatove-Kreminna line, analysts said.", set()),
    ("Russian forces recently advanced along the Borova-Lyman line, ISW said.", set()),
    # The town named on its own beside the line still is.
    ("Russian forces recently advanced west of Kreminna along the Kupiansk-Svatove-Kreminna line, ISW said.",
     {("confirmation", "other", "Kreminna")}),
])
def test_front_lines_named_by_their_towns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Progress south of a town is an advance there; progress denied is fighting without a result,
    # unless the defender says so (its account of a repulse).
    ("Russian troops are making slow progress north and northwest of Siversk, the think tank said.",
     {("confirmation", "other", "Siversk")}),
    ("Russian forces made no gains near Siversk, ISW said.", set()),
    ("Russian units have made no progress near Huliaipole.", set()),
    ("Kyiv's southern command said Russian units had made no progress near Huliaipole.",
     {("claim", "ua", "Huliaipole")}),
    ("Moscow's ministry said Ukrainian units made no progress near Kupiansk.",
     {("claim", "ru", "Kupiansk")}),
])
def test_progress_and_no_progress(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «начебто» is the Ukrainian outlet's "allegedly", as «нібито» is: a hedge in its own, Kyiv's, voice.
    ("Російські воєнкори стверджують, що окупанти начебто просунулися в Новоєгорівку.",
     {("claim", "ru", "Novoiehorivka"), ("hedge", "ua", "Novoiehorivka")}),
    # A party declaring a town taken claims it, in whatever words the retelling uses.
    ("Варто нагадати, що російське командування оголосило Сіверськ звільненим.",
     {("claim", "ru", "Siversk")}),
    ("Минобороны РФ объявило Родинское освобожденным.",
     {("claim", "ru", "Rodynske")}),
])
def test_retold_claims_and_scare_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A town right after a village, or in brackets after it, only says where the village lies.
    ("Російські війська захопили Північне біля Торецька.", {("confirmation", "other", "Pivnichne")}),
    ("Окупанти просунулися в полях на північ від Новоселівки Першої (на південний схід від Покровська).",
     {("confirmation", "other", "Novoselivka Persha")}),
    # A list goes on after a comma: each place is one the enemy advanced at.
    ("Ворог просунувся у Костянтинівці, поблизу Олександро-Шультиного та Бересток.",
     {("confirmation", "other", "Kostiantynivka"), ("confirmation", "other", "Oleksandro-Shultyne"),
      ("confirmation", "other", "Berestok")}),
    # "Армия страны-агрессора" is Kyiv's media's name for Russia's army: its advance, told by its foe.
    ("Армия страны-агрессора захватила Торское.", {("confirmation", "other", "Torske")}),
])
def test_locators_and_kyivs_words_in_russian(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Russian sources" in the retellings' words speak for Moscow.
    ("За повідомленнями російських джерел, окупанти захопили Торське.", {("claim", "ru", "Torske")}),
    ("По данным российских источников, удары HIMARS разрушили мост в Глушково.",
     {("claim", "ru", "Glushkovo")}),
    # Russia's army in Kyiv's words, and its success, told by its foe.
    ("Российские оккупационные войска продвинулись вблизи Юнаковки.", {("confirmation", "other", "Yunakivka")}),
    ("Оккупационная российская армия имеет успехи в районе села Шевченко.", {("confirmation", "other", "Shevchenko")}),
    ("Российские войска не имеют успехов у Покровска.", set()),
    # Moving past a village is an advance there; an advance that stalled is no result.
    ("A Russian milblogger claimed that Russian forces have moved south of Kalynove toward Novopavlivka.",
     {("claim", "ru", "Kalynove")}),
    ("Russian forces moved reserves north of Kupiansk, ISW said.", set()),
    ("Britain's defence ministry said Russia's advance on Chasiv Yar had \"largely stalled\" in recent weeks.", set()),
])
def test_sources_successes_and_stalls(sentence, want):
    assert _triples(sentence) == want


def test_the_closing_attribution_survives_a_cut_relative_clause():
    # The relative clause is background and goes; the speaker named after it still speaks.
    got = _triples("Ukrainian forces regained ground near Lyptsi, where Russian troops have massed since last spring, "
                   "the Institute for the Study of War, a Washington think tank, said on Tuesday.")
    assert got == {("denial", "other", "Lyptsi")}


@pytest.mark.parametrize(("sentence", "want"), [
    # An analyst telling both sides' advances: each side's troops are their own statement.
    ("Russian forces recently advanced south of Kurakhove, and Ukrainian forces recently advanced west of Kurakhove, ISW said.",
     {("confirmation", "other", "Kurakhove"), ("denial", "other", "Kurakhove")}),
    ("Ukrainian forces recently advanced near Stepnohirsk, and Russian forces recently advanced near Huliaipole, the ISW said.",
     {("denial", "other", "Stepnohirsk"), ("confirmation", "other", "Huliaipole")}),
])
def test_both_sides_advancing_in_one_assessment(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Holding a share of a town, or "possession" of it, is a control claim.
    ("Gerasimov claimed that Russian troops held more than half of Siversk and Lyman.",
     {("claim", "ru", "Siversk"), ("claim", "ru", "Lyman")}),
    ("The Kremlin claimed to be in full possession of Myrnohrad.", {("claim", "ru", "Myrnohrad")}),
    # An OSINT map still checking a capture hedges it.
    ("Аналітики ще перевіряють інформацію щодо окупації Новоєгорівки.", {("hedge", "other", "Novoiehorivka")}),
    ("Проверяется информация об оккупации Торского.", {("hedge", "other", "Torske")}),
    # «агресор» is Russia in Kyiv's words; «село X окуповане» states the capture.
    ("Агресор окупував Новоєгорівку та Торське.",
     {("confirmation", "other", "Novoiehorivka"), ("confirmation", "other", "Torske")}),
    ("Аналітики DeepState пишуть, що село Торське окуповане, а бої йдуть за Заріччя.",
     {("confirmation", "other", "Torske")}),
    # «ворог стверджував»: the enemy claiming is no concession by it.
    ("Ворог стверджував, що ЗС РФ окупували Торське.", {("claim", "ru", "Torske")}),
    # "a matter of days" is a forecast; "в сторону X" is where they head.
    ("Аналитик заявил, что падение Торецка — вопрос нескольких недель.", set()),
    ("Русские войска продвинулись на километр в сторону города Гуляйполе, заявил Рогов.", set()),
])
def test_shares_checks_and_headings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The institute named in Ukrainian or Russian speaks as ISW does.
    ("Американський Інститут вивчення війни повідомив, що окупанти захопили Торське.",
     {("confirmation", "other", "Torske")}),
    ("В Институте изучения войны отметили продвижение российских войск у Покровска.",
     {("confirmation", "other", "Pokrovsk")}),
    # The advance named by its noun belongs to the party after it.
    ("В Інституті вивчення війни пишуть, що зафіксували просування українських сил у центрі Куп'янська.",
     {("denial", "other", "Kupiansk")}),
    # «– про це повідомив X»: who follows the verb said it.
    ("Окупанти просунулися на північ від Гуляйполя – про це повідомив проєкт DeepState.",
     {("confirmation", "other", "Huliaipole")}),
])
def test_the_institute_in_kyivs_and_moscows_languages(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "most likely" is the UK intelligence update's assessment; "may have made", "apparently" its hedges.
    ("Russian troops most likely made limited advances west of the canal in eastern Toretsk.",
     {("confirmation", "other", "Toretsk")}),
    ("Russian troops may have made a limited breakthrough into northern Lyman, according to the UK Ministry of Defence.",
     {("hedge", "other", "Lyman")}),
    # Progress in a contested town is an advance there; "contested" there only describes the town.
    ("Russian forces have made progress in the hotly contested city of Kostiantynivka.",
     {("confirmation", "other", "Kostiantynivka")}),
    # A breakthrough to be achieved, a city advanced on, a capture focused on and a link to another story: nothing.
    ("Moscow is unlikely to gather enough reserves to achieve a breakthrough in the Lyman sector, the ministry said.", set()),
    ("Satellite images show Russian columns advancing on the strategically important city of Kramatorsk.", set()),
    ("Окупанти зосередилися на захопленні Костянтинівки.", set()),
    ("Читайте також: окупанти захопили Торське, повідомили аналітики.", set()),
])
def test_intelligence_hedges_progress_and_links(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "..., southeast of Y, and northeast of Z": the list of advances goes on past the locator.
    ("Russian forces recently advanced in western Torske, east of Lyman, and northwest of Zarichne, ISW said.",
     {("confirmation", "other", "Torske"), ("confirmation", "other", "Zarichne")}),
    # «ссылаясь на российские источники»: the cited sources claim, the analysts hedge.
    ("Аналитики, ссылаясь на российские источники, пишут, что российские войска якобы продвинулись в Торском.",
     {("claim", "ru", "Torske"), ("hedge", "other", "Torske")}),
])
def test_lists_past_a_locator_and_cited_sources(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "There are no Russian troops in X": only Kyiv answers a capture so.
    ("There are no Russian troops in Kostiantynivka, the brigade's spokesman said.", {("denial", "ua", "Kostiantynivka")}),
    ("He added that \u201cthere is no Russian army in the town of Lyman\u201d.", {("denial", "ua", "Lyman")}),
])
def test_no_russian_troops_there(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian border region named in the same sentence does not make a village of a Ukrainian
    # oblast the sentence also names into a Russian namesake.
    ("The think tank said Moscow's units have advanced in Siversk and near Zarichne, both in Ukraine's Donetsk Oblast, "
     "and keep driving Kyiv's troops back in the Kursk region.",
     {("confirmation", "other", "Siversk"), ("confirmation", "other", "Zarichne")}),
])
def test_ukrainian_villages_beside_a_russian_region(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Analysts say X claimed ...": the party named inside the analysts' words makes the claim.
    ("Researchers say Moscow has said its troops have taken Siversk.", {("claim", "ru", "Siversk")}),
    ("Independent observers say both armies are bleeding in the fight for Huliaipole, where Moscow has said it "
     "has taken control of the town.", {("claim", "ru", "Huliaipole")}),
    # A map or an analyst that records "claims by a Russian source that ..." passes the claim on.
    ("A newer map records claims by a pro-Kremlin blogger that assault units had seized Zarichne.",
     {("claim", "ru", "Zarichne")}),
    ("The institute noted claims by Ukrainian sources that the brigade had retaken Torske.",
     {("claim", "ua", "Torske")}),
])
def test_party_claims_inside_independent_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The source named last, after a dash or "говорится в сообщении", speaks for the whole sentence.
    ("Степовое в Запорожской области не находится под оккупацией армии РФ, - DeepState",
     {("denial", "other", "Stepove")}),
    ("Село Торське не перебуває під окупацією, - DeepState.", {("denial", "other", "Torske")}),
    ("Окупанти зайняли Зарічне, - DeepState.", {("confirmation", "other", "Zarichne")}),
    # «заявления противника ... не соответствуют действительности, говорится в сообщении бригады ВСУ»:
    # the brigade denies, the enemy it answers claims; the message it speaks in is not a claim it answers.
    ("Утверждения противника о взятии Торского не соответствуют действительности, говорится в сообщении 24 ОМБр ВСУ.",
     {("denial", "ua", "Torske"), ("claim", "ru", "Torske")}),
    ("Заяви противника про захоплення Сіверська не відповідають дійсності, ідеться в повідомленні бригади ЗСУ.",
     {("denial", "ua", "Siversk"), ("claim", "ru", "Siversk")}),
])
def test_source_named_last(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An offensive still under way, named by its noun, takes nothing ...
    ("Кроме того, оккупанты продолжают продвижение в районе Северска на фоне затяжных боев.", set()),
    ("Продолжается наступление севернее Мирнограда в направлении Родинского, пишут аналитики.", set()),
    ("Ворог продовжує наступ поблизу Костянтинівки, зазначають аналітики.", set()),
    # ... unless the sentence also says what was taken.
    ("Окупанти продовжують наступ і вже захопили Торське, повідомили аналітики.", {("confirmation", "other", "Torske")}),
    # "gains towards X": where the gains point, not a place taken.
    ("The new map shows Moscow's gains towards Huliaipole and Zarichne over the week.", set()),
])
def test_offensives_under_way_and_gains_towards(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Footage of a flag being raised, in the present tense, is the control it shows.
    ("На геолокаційних кадрах видно, як російські військові піднімають прапор у центрі Торського.",
     {("confirmation", "other", "Torske")}),
    # A map or its graphic that shows a place occupied, or a capture among the gains it draws.
    ("The DeepState map shows Zarichne in Donetsk Oblast occupied by Russia as of Monday.",
     {("confirmation", "other", "Zarichne")}),
    ("The institute's graphic shows further Russian gains this week, including the capture of Siversk.",
     {("confirmation", "other", "Siversk")}),
])
def test_maps_and_flags_that_show_control(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the situation around X" frames the report; the gain it reports is at the other place.
    ("A new ISW map shows the situation around Siversk, with geolocated footage showing Russian advances in northern "
     "Zarichne, west of the town.", {("confirmation", "other", "Zarichne")}),
    # Z-channels are Russia's war bloggers: their word is Russia's claim, in any of the three languages.
    ("Z-канали стверджують, що окупанти захопили Торське.", {("claim", "ru", "Torske")}),
    ("Z-каналы утверждают, что российские подразделения взяли Торское.", {("claim", "ru", "Torske")}),
    ("Several Z-channels claimed that Russian troops had entered Siversk.", {("claim", "ru", "Siversk")}),
])
def test_situation_frames_and_z_channels(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Britain's intelligence update by its own name speaks for itself, not for the troops it writes about.
    ("UK Defence Intelligence said Moscow's troops had almost certainly taken Torske.", {("confirmation", "other", "Torske")}),
    ("In its daily update, British Defence Intelligence assessed that Russian units have captured Zarichne.",
     {("confirmation", "other", "Zarichne")}),
    # A mapping group named by what it is.
    ("The mapping group's update showed that both Siversk and Zarichne had fallen under Russian control.",
     {("confirmation", "other", "Siversk"), ("confirmation", "other", "Zarichne")}),
    ("Мониторинговый проект сообщил, что российские войска заняли Торское.", {("confirmation", "other", "Torske")}),
    # The side a loss belongs to claims nothing: narrated, it is the fact; a claim made by nobody it is not.
    ("Setbacks for Kyiv over the summer include the loss of Siversk and Zarichne.",
     {("confirmation", "other", "Siversk"), ("confirmation", "other", "Zarichne")}),
])
def test_british_updates_mapping_groups_and_losses(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Footage an outsider verified is independent evidence, whoever filmed it.
    ("Videos verified by the BBC show Russian soldiers in the centre of Zarichne.", {("confirmation", "other", "Zarichne")}),
    ("The agency verified footage showing Russian troops hoisting a flag in Torske.", {("confirmation", "other", "Torske")}),
    # A video the ministry released is its own word.
    ("A video released by the Russian Defence Ministry shows soldiers raising a flag in Torske.",
     {("claim", "ru", "Torske")}),
    # Footage of the defenders still inside ("operating in", "in central X") speaks against a capture.
    ("New geolocated footage shows Ukrainian troops operating in Siversk.", {("denial", "other", "Siversk")}),
    ("Geolocated video shows Ukrainian soldiers in central Zarichne.", {("denial", "other", "Zarichne")}),
])
def test_verified_footage_and_defenders_inside(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A counterattack told without what it won, and a withdrawal only prepared: nothing happened at the place.
    ("Kyiv's troops counterattacked near Zarichne on Tuesday, one Russian war blogger claimed.", set()),
    ("Pro-Kremlin bloggers claimed that Ukrainian units are preparing to withdraw from Torske.", set()),
    # A counterattack that won ground, or one repelled, still counts.
    ("The Russian Defence Ministry said its units repelled a Ukrainian counterattack near Siversk.",
     {("claim", "ru", "Siversk")}),
])
def test_counterattacks_and_prepared_withdrawals(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «По оценке ISW», «за оцінкою ISW»: the institute whose assessment it is speaks.
    ("По оценке ISW, российские подразделения продвинулись западнее Торского.", {("confirmation", "other", "Torske")}),
    ("За оцінкою ISW, окупанти просунулися в Сіверську.", {("confirmation", "other", "Siversk")}),
    # «не досяг підтвердженого просування»: attacks that gained nothing are nobody's claim.
    ("За оцінкою ISW, ворог не досяг підтвердженого просування поблизу Зарічного.", set()),
    ("По оценкам аналитиков, российские войска не добились подтвержденного продвижения у Северска.", set()),
])
def test_assessed_by_and_no_confirmed_advance(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Independent and open-source analysts opening a sentence speak for themselves, capitalised or not.
    ("Independent analysts confirmed on Friday that Moscow's troops had captured Zarichne.",
     {("confirmation", "other", "Zarichne")}),
    ("Open-source analysts have confirmed that Russian units entered Torske.", {("confirmation", "other", "Torske")}),
    # "likely withdrew" is assessed as "likely seized" is; a fall "likely imminent" has not happened.
    ("The institute assessed that Kyiv's troops likely withdrew from Siversk.", {("confirmation", "other", "Siversk")}),
    ("The think tank said the fall of Zarichne was likely imminent.", set()),
])
def test_independent_openers_and_likely_moves(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A retreat the reporter narrates, nobody quoted: an independent statement of fact, not the retreating side's word.
    ("Russian units were forced to retreat from Kupiansk.", {("confirmation", "other", "Kupiansk")}),
    ("Kyiv's troops withdrew from Zarichne last week.", {("confirmation", "other", "Zarichne")}),
    # Said by the side that withdrew, it is that side's concession.
    ("Ukrainian troops withdrew from Siversk, the army said.", {("confirmation", "ua", "Siversk")}),
])
def test_narrated_retreats(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "It is noted that ...": a report verb with nobody speaking; the analyst's narration stands.
    ("It is noted that the Ukrainian army advanced in the fields north of Toretsk this week.",
     {("denial", "other", "Toretsk")}),
    # A passive "appears to have been retaken" is the analyst's caution, not Kyiv's claim.
    ("Judging by the new videos, Vovchansk appears to have been recaptured by Kyiv's units.",
     {("hedge", "other", "Vovchansk")}),
    # Nothing won: "no new advances", "prevented ... from advancing" (even as "reportedly planned").
    ("Neither army registered any gains near Stepnohirsk; there were no new advances by either side.", set()),
    ("Stubborn defence around Siversk and Lyman kept preventing Russian units from advancing as quickly as they had reportedly hoped.",
     set()),
])
def test_impersonal_notes_passive_caution_and_nothing_won(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Words describing an independent source name no party: the mapping group keeps its own voice.
    ("DeepState, a volunteer mapping team that works with data from Ukraine's army, said Russian units had entered Kurakhove.",
     {("confirmation", "other", "Kurakhove")}),
    # A mapping group's "not under Russian control" is its own finding against the capture.
    ("DeepState's map still shows the west of Toretsk as not under Russian control.",
     {("denial", "other", "Toretsk")}),
])
def test_described_sources_and_areas_not_under_control(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The institute "confirmed advances by" an army: its own finding, and Kyiv's gain speaks against Moscow's hold.
    ("In its evening update ISW confirmed advances by the Ukrainian army northwest of Vovchansk.", {("denial", "other", "Vovchansk")}),
    # The bearing after "advances by the ... army" is where the gain was, even with a locator after it.
    ("ISW has confirmed new advances by the Ukrainian army east of the village of Lypove, "
     "12 kilometres north of Kupiansk.", {("denial", "other", "Lypove")}),
    # What "can be seen on the map" is the map's evidence.
    ("Russian troops advanced near the village of Zelenyi Hai, as is visible on the new map.",
     {("confirmation", "other", "Zelenyi Hai")}),
    # ... while "made no confirmed advances" is no finding at all.
    ("Russian forces made no confirmed advances near Siversk.", set()),
])
def test_confirmed_advances_by_and_what_a_map_shows(sentence, want):
    assert _triples(sentence) == want


def test_the_institutes_own_assessment_answering_a_claim():
    # "..., but ISW assesses that Russian forces have not seized the town": the institute's own denial
    got = _triples("The Russian MoD claimed that its troops seized Hryshyne, but ISW assesses that Russian forces "
                   "have not seized the village.")
    assert got == {("claim", "ru", "Hryshyne"), ("denial", "other", "Hryshyne")}
