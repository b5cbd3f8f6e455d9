"""Who speaks: a lexicon of claimants with their side ('ru', 'ua' or 'other') and aliases.

Aliases are tried longest first, only at word starts, and only those that can begin with the
word's first character (a per-character bucket of the lexicon): the same result as one big
alternation over the sentence, at a fraction of the cost.
Generic subjects ("Russia", "Moscow", "Kyiv", "Ukrainian forces") are actors too, with a lower
rank, so "Russia's Defense Ministry" wins over "Russia" as the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.claims.gazetteer import RU_AREAS


@dataclass(frozen=True, slots=True)
class Actor:
    """A claimant: canonical name, side, and rank (2 named body/person, 1 generic side word)."""

    name: str
    side: str
    rank: int = 2


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in a sentence."""

    start: int
    end: int
    actor: Actor


_A = "['’]"  # apostrophe forms in possessives
# Russia's regions whose governors wire copy names by the region ("the Voronezh governor", "Kursk Regional Governor")
_RU_REGIONS = "|".join(sorted(RU_AREAS, key=len, reverse=True))
# Neighbours and allies whose governments speak as outsiders to the war (their own ministries and armies)
# Stems of Russia's regions in Ukrainian and Russian (a governor named by his region)
_RU_REGION_STEMS_CYR = ("Бєлгородськ|Белгородск|Курськ|Курск|Брянськ|Брянск|Воронезьк|Воронежск|Ростовськ|Ростовск|Самарськ|Самарск|"
                        "Саратовськ|Саратовск|Орловськ|Орловск|Тамбовськ|Тамбовск|Ленінградськ|Ленинградск|Рязанськ|Рязанск|"
                        "Волгоградськ|Волгоградск|Нижньогородськ|Нижегородск|Тульськ|Тульск|Калузьк|Калужск|Липецьк|Липецк|"
                        "Пензенськ|Пензенск|Смоленськ|Смоленск|Псковськ|Псковск|Тверськ|Тверск|Ярославськ|Ярославск|"
                        "Астраханськ|Астраханск|Краснодарськ|Краснодарск|Оренбурзьк|Оренбургск|Ульяновськ|Ульяновск")
_NEIGHBOURS = "Romania|Moldova|Poland|Lithuania|Latvia|Estonia|Finland|Hungary|Slovakia|Bulgaria|Turkey|Japan|Canada|Czechia"
_NEIGHBOUR_ADJ = "Romanian|Polish|Moldovan|Lithuanian|Latvian|Estonian|Finnish|Hungarian|Slovak|Bulgarian|Turkish|Japanese|Canadian|Czech"

LEXICON: list[tuple[Actor, tuple[str, ...]]] = [
    # --- Russia
    # Entry order decides at one position: longer names that start like a later entry's alias come first.
    (Actor("Russian milbloggers", "ru"), (
        r"Russian [Mm]ilbloggers", "Russian military bloggers", "Russian war bloggers?", "Russian war correspondents",
        r"Russian [Mm]ilblogger", "Russian military blogger", "Russian bloggers", "pro-Kremlin bloggers", "pro-war bloggers",
        r"(?:[Kk]remlin|[Mm]oscow)-(?:allied|aligned|friendly|backed) (?:military |war )?bloggers", r"Russian (?:state )?(?:media|news outlets|TV)",
        r"pro-war (?:Russian )?(?:military |war )?bloggers", "Z-bloggers", "Russian Z-bloggers", "milbloggers",
        # "another milblogger claimed": an analyst's milbloggers are Moscow's; «военблогеры» in one word
        r"(?:[Aa]nother |[Aa] |[Oo]ne |[Tt]he )?milblogger\b", r"(?:[Рр]оссийск\w+ )?[Вв]оенблогер\w*", r"(?:[Рр]осійськ\w+ )?[Вв]оєнблогер\w*",
        "WarGonzo", "Military Informant", "Yuri Podolyaka", "Podolyaka", "Alexander Kots",
        # Moscow's embedded reporters, «военкоры», in English copy (not a foreign outlet's correspondent)
        r"(?:[Aa] |[Tt]he )?(?:Russian )?(?:military|war) correspondents?(?! (?:for|of|at|with) )(?<!BBC military correspondent)(?<!BBC war correspondent)",
        r"(?:[Рр]осійськ\w+ |[Рр]оссийск\w+ |[Оо]дин із |[Оо]дин из )?[Мм][іи]лблогер\w*", r"[Вв]оенкор\w*", r"[Zz]-блогер\w*", "росЗМІ", r"[ZzЗ]-(?:канал|паблік|паблик)\w*", r"Z-channels?",
        r"(?:[Рр]оссийск\w+ )?военн\w+ блогер\w*", r"(?:[Рр]осійськ\w+ )?військов\w+ (?:блогер|журналіст|кореспондент)\w*",
        r"(?:[Рр]оссийск\w+|[Рр]осійськ\w+|[Пп]розападн\w+|[Пп]ровоенн\w+) (?:Z-)?блогер\w*",
        r"[Вв]оєнкор\w*", r"(?:[Рр]осійськ\w+|[Рр]оссийск\w+|[Кк]ремлівськ\w+|[Кк]ремлевск\w+) пропагандист\w*",
        r"(?:Russian|Kremlin|pro-Kremlin) propagandists?", r"(?:Russian|Kremlin|pro-Kremlin) state media",
        r"(?:Russian|[Pp]ro-Kremlin|[Pp]ro-Russian|Russian propaganda) (?:[Tt]elegram |war |military )?channels?", "Russian sources",
        # "information spread by pro-Kremlin resources", «прокремлевские ресурсы», «прокремлівські джерела»
        r"(?:[Pp]ro-Kremlin|[Pp]ro-Russian) (?:online )?(?:resources|sources|outlets|accounts|media)",
        r"[Пп]рокремл[её]вск\w+ (?:ресурс|источник|канал|паблик|СМИ|блогер)\w*", r"[Пп]рокремлівськ\w+ (?:ресурс|джерел|канал|паблік|ЗМІ|блогер)\w*",
        r"[Рр]осійськ\w+ (?:державн\w+ )?(?:ЗМІ|медіа)", r"[Рр]оссийск\w+ (?:государственн\w+ )?СМИ",
        # "Russian sources" as the retellings say it: «російські/окупаційні джерела», «российские источники»
        r"(?:[Рр]осійськ|[Оо]купаційн|[Вв]орож)\w+ джерел\w*", r"(?:[Рр]оссийск|[Оо]ккупационн)\w+ источник\w*",
        # «стверджують російські канали», «пишут пророссийские телеграм-каналы»
        r"(?:[Рр]осійськ|[Пп]роросійськ|[Рр]оссийск|[Пп]ророссийск|[Вв]орож|[Оо]купаційн)\w+ (?:телеграм-|Telegram-)?(?:канал|паблік|паблик)\w*")),
    (Actor("Gerasimov", "ru"), (
        r"(?:[Cc]hief of (?:the )?(?:Russian )?[Gg]eneral [Ss]taff,? )?Valery Gerasimov", "Gerasimov",
        r"(?:[Нн]ачальник\w* (?:российского )?[Гг]енерального штаба(?: ВС РФ| Вооруженных сил России)?,? )?(?:Валери\w+ )?Герас[иі]мов\w*",
        rf"(?:Russia|Moscow){_A}s (?:top general|military chief|chief of (?:the )?[Gg]eneral [Ss]taff)",
        r"(?:the )?Russian (?:top general|military chief|chief of (?:the )?[Gg]eneral [Ss]taff)")),
    # Before Ukraine's General Staff: "Russia's General Staff" names Moscow's, not Kyiv's.
    (Actor("Russian General Staff", "ru"), (
        rf"Russia{_A}s [Gg]eneral [Ss]taff", r"(?:the )?Russian [Gg]eneral [Ss]taff(?:{_A}s)?", r"(?:Генштаб|Генеральн\w* штаб)\w* (?:ВС РФ|ВС России|России|РФ|Вооруженных сил (?:России|РФ)|Российской Федерации|ЗС РФ|Росії|рф|Збройних сил (?:Росії|РФ))",
        "російськ\\w+ генштаб\\w*", "российск\\w+ генштаб\\w*")),
    (Actor("Russian Defense Ministry", "ru"), (
        rf"Russia{_A}s [Dd]efen[cs]e [Mm]inistry", "(?:[Tt]he )?Russian [Dd]efen[cs]e [Mm]inistry", "Russian Ministry of Defen[cs]e",
        "Russia's Ministry of Defen[cs]e", "Russian MoD", "Russian military", "Russia's military", rf"Moscow{_A}s (?:military|army|defen[cs]e ministry)",
        "Минобороны России", "Минобороны РФ", "Міноборони РФ", "Міноборони Росії", r"Минобороны(?! Украины)",
        "Міноборони рф", "Міноборони росії", r"[Мм]іністерств\w* оборони (?:[Рр]осії|РФ|рф)", r"[Мм]инистерств\w* обороны (?:России|РФ)",
        "российское военное ведомство", "российского военного ведомства",
        # «російське відомство заявило», «российское ведомство сообщило»: Moscow's ministry as copy names it second time
        r"(?:[Рр]осійськ|[Рр]оссийск)\w* (?:військов\w+ |военн\w+ |оборонн\w+ )?(?:відомств\w*|ведомств\w*)", r"(?:[Рр]осійськ|[Рр]оссийск)\w* (?:[Мм]іноборон\w*|[Мм]инобороны|[Мм]іністерств\w* оборони|[Мм]инистерств\w* обороны)",
        r"Russian state (?:media|television|TV)", "Russian war ministry", r"(?:[Tt]he )?Russian ministry(?! of)",
        r"(?:[Tt]he )?Russian [Dd]efen[cs]e [Dd]epartment")),
    (Actor("Russian force grouping", "ru"), (
        r"(?:the )?(?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr|North|West|South|Center|Centre|East)(?:ern)? (?:[Gg]roup(?:ing)? of [Ff]orces|[Ff]orce [Gg]rouping|[Gg]rouping|[Bb]attle ?group|[Gg]roup)",
        # the groupings' Russian adjectives, transliterated: "the Yuzhnaya group of forces", "Yuzhnaya units"
        r"(?:the )?(?:Severnaya|Zapadnaya|Yuzhnaya|Tsentralnaya|Vostochnaya|Dneprovskaya) (?:[Gg]roup(?:ing)? of [Ff]orces|[Gg]rouping|[Gg]roup|units|troops|forces)",
        r"(?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr) (?:units|troops|forces)\b",
        # a unit named as Russia's ("the Russian 5th Tank Brigade"), or by the analysts' "elements of the Nth ..."
        # for Moscow's units (theirs for Kyiv's name the country)
        r"(?:[Tt]he )?Russian [1-9]\d{0,2}(?:st|nd|rd|th) (?:[\w-]+ ){0,3}(?:Brigade|Division|Regiment|Army|Corps)",
        r"(?<=[Ee]lements of )the [1-9]\d{0,2}(?:st|nd|rd|th) (?:[\w-]+ ){0,3}(?:Brigade|Division|Regiment|Army|Corps)",
        # Russia's own unit titles: "the 36th Guards Motorized Rifle Brigade" (Kyiv's brigades are not "Guards" or "Rifle")
        r"(?:[Tt]he )?[1-9]\d{0,2}(?:st|nd|rd|th) (?:Separate )?(?:Guards (?:[\w-]+ ){0,2}|(?:[\w-]+ )?Motori[sz]ed Rifle |Motor Rifle )"
        r"(?:Brigade|Division|Regiment|Army)",
        r"(?:the )?(?:North|West|South|Center|Centre|East)(?:ern)? [Gg]roup(?:ing)? of Russian (?:[Ff]orces|[Tt]roops)",
        r"[Gg]roup(?:ing)? of [Ff]orces (?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr)",
        # a bulletin's unnamed grouping in translation: "units of the Russian group of troops"
        r"(?:the )?Russian [Gg]roup(?:ing)? of (?:[Tt]roops|[Ff]orces)",
        # Moscow's bulletins in English: "Battlegroup Yug", "the Battlegroup North", "Russia's Battlegroup Tsentr"
        rf"(?:Russia{_A}s |the )?[Bb]attle ?group (?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr|North|West|South|Center|Centre|East)\b",
        "группировка войск «?(?:Север|Запад|Юг|Центр|Восток|Днепр)»?")),
    (Actor("Rosatom", "ru"), (rf"Rosatom(?:{_A}s)?(?: chief| head)?", "Росатом")),
    (Actor("Belousov", "ru"), ("Andrei Belousov", "Andrey Belousov", "Belousov", r"Б[еє]лоусов\w*")),
    (Actor("Shoigu", "ru"), ("Sergei Shoigu", "Shoigu", "Шойгу")),
    (Actor("Putin", "ru"), (r"(?:Vladimir )?Putin['’]s private (?:army|military company)", "Vladimir Putin", "President Putin", "Putin", r"[Пп]ут[иі]н(?:а|у|ым|ом|е|им|і)?\b",
                            rf"(?:[Tt]he )?Russian [Pp]resident(?!{_A}s)", rf"Russia{_A}s [Pp]resident(?!{_A}s)")),
    (Actor("Kremlin", "ru"), ("the Kremlin", "Kremlin", r"Кремл(?:ь|я|ю|ем)")),
    (Actor("Peskov", "ru"), ("Dmitry Peskov", "Dmitri Peskov", "Peskov", r"П[еє]сков\w*")),
    (Actor("Zakharova", "ru"), ("Maria Zakharova", "Zakharova", r"Захаров(?:а|ой|ою|ій|у)")),
    (Actor("Konashenkov", "ru"), ("Igor Konashenkov", "Konashenkov", r"Конашенков\w*")),
    # Moscow's lawmakers on the war in its state media: "State Duma lawmaker Viktor Vodolatsky told TASS"
    (Actor("Russian lawmaker", "ru"), (r"(?:[Tt]he )?(?:Russian )?State Duma (?:lawmaker|deputy|member)", r"Russian (?:lawmaker|MP|legislator)",
                                       r"[Дд]епутат\w* (?:Государственной )?[Дд]ум\w*", "Viktor Vodolatsky", "Vodolatsky", r"Водолацк\w*")),
    (Actor("Rybar", "ru"), ("Rybar", "Рыбарь")),
    # Wagner's chief spoke for the Russian side at Bakhmut; wire copy names him or the group.
    (Actor("Wagner", "ru"), (r"(?:Wagner (?:chief|boss|head|founder|leader) )?Yevgeny Prigozhin", "Prigozhin",
                             r"(?:the )?Wagner (?:[Gg]roup|mercenar(?:y|ies)|chief|boss|fighters)", r"Пригожин\w*")),
    (Actor("Kadyrov", "ru"), (r"(?:Chechen (?:leader|head|strongman) )?Ramzan Kadyrov", "Kadyrov", r"(?:[Tt]he )?Chechen leader",
                              r"(?:the )?Akhmat (?:battalion|special forces|unit|fighters)", r"Кадыров\w*", r"Кадиров\w*")),
    (Actor("Two Majors", "ru"), ("Two Majors", "Два майора")),
    (Actor("Pushilin", "ru"), ("Denis Pushilin", "Pushilin", r"Пушил[иі]н\w*", r"Кимаковск\w*", r"Кімаковськ\w*")),
    (Actor("Saldo", "ru"), ("Vladimir Saldo", "Saldo", "Сальдо")),
    (Actor("Balitsky", "ru"), ("Yevgeny Balitsky", "Balitsky", "Балицкий")),
    (Actor("Pasechnik", "ru"), ("Leonid Pasechnik", "Pasechnik")),
    (Actor("Gladkov", "ru"), ("Vyacheslav Gladkov", "Gladkov", r"Гладков\w*")),
    (Actor("Khinshtein", "ru"), ("Alexander Khinshtein", "Khinshtein")),
    (Actor("Bogomaz", "ru"), ("Alexander Bogomaz", "Bogomaz", r"Богомаз\w*")),
    # the heads of Russia's regions and of Moscow whom wire copy quotes on drone raids (common surnames
    # only with the first name)
    (Actor("Russian regional governor", "ru"), (
        r"Sergei Sobyanin", "Sobyanin", r"Andrei Vorobyov", r"Alexe[iy] Smirnov", r"Alexander Gusev", r"Yuri Slyusar", "Slyusar",
        r"Veniamin Kondratyev", r"Pavel Malkov", r"Vasily Anokhin", r"Gleb Nikitin", r"Alexander Drozdenko", "Drozdenko",
        r"Roman Starovoit", r"Собянин\w*", r"Слюсар[ьяюе]\w*",
        rf"(?:{_RU_REGIONS}) (?:[Oo]blast|[Kk]rai|[Tt]erritory) (?:[Gg]overnor|[Hh]ead)")),  # an analyst's "Samara Oblast Governor"
    (Actor("Russian-installed official", "ru"), (
        r"(?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed) (?:\w+ ){0,3}(?:officials?|authorities|governor|head|mayor|leader|administration)",
        r"(?:[Tt]he )?head of the (?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed) (?:\w+ ){0,2}administration",
        r"(?:[Tt]he )?(?:Russian |local )?occupation (?:authorities|officials|administration|head)",
        "Vladimir Rogov", "Rogov",
        # the pro-Russian underground in Ukraine's cities, which Russian agencies quote on strikes there
        r"(?:[Tt]he )?pro-Russian underground", r"(?:[Aa] |[Tt]he )?pro-(?:Kremlin|Moscow|Russian) (?:proxy |separatist )?(?:leader|official|head|governor)\b", r"(?:[Пп]ророссийск|[Пп]роросійськ)\w+ (?:подпол|підпілл)\w*",
        r"(?:[Tt]he )?(?:governor|head) of (?:the )?(?:Kursk|Belgorod|Bryansk)(?: region| Oblast)?",
        # the governor of one of Russia's own regions, however the copy capitalises it
        rf"(?:{_RU_REGIONS}) (?:[Gg]overnor|[Rr]egion(?:al)? (?:authorities|[Gg]overnor|head))",
        "Mikhail Razvozhayev", "Razvozhayev", "Alexander Khinshtein",
        # Moscow's proxies and installed heads in English copy: the LPR's officer, the head of occupied Kharkiv land
        "Andrey Marochko", "Andrei Marochko", "Marochko", "Vitaly Ganchev", "Ganchev", "Vitaly Gadchev", "Gadchev",
        r"(?:[Tt]he )?head of the [\"“]?military-civilian administration[\"”]?",
        # in Russian copy: the Kursk governor, Moscow's heads of occupied Kharkiv and Zaporizhzhia land, the LPR's officer
        r"Хинштейн\w*", r"Ганчев\w*", r"Рогов(?:а|у|ым|е)?\b", r"Марочко",
        # «губернатор Самарської області», «глава Белгородской области»: the head of one of Russia's own regions
        r"(?:[Гг]убернатор|[Гг]лав[аиуеы]|[Оо]чільник|[Гг]олов[аиуі])\w* (?:" + _RU_REGION_STEMS_CYR + r")\w* (?:област\w*|кра[юяйє])",
        # Moscow's installed heads of occupied land, and its «врио губернатора» (a title only Moscow gives)
        r"Балицк\w*", r"Пушилин\w*", r"Сальдо\b", r"Пасечник\w*", "Balitsky", "Pushilin", "Saldo", "Pasechnik",
        r"[Вв]рио губернатора",
        # «глава российской (военно-гражданской) администрации области», «окупаційна адміністрація»
        r"[Гг]лав\w* (?:российской|пророссийской|оккупационной) (?:военно-гражданской )?администраци\w*",
        r"(?:[Гг]лав\w*|[Оо]чільник\w*|[Кк]ерівник\w*) (?:російської |окупаційної )(?:військово-цивільної )?адміністраці\w*")),
    (Actor("TASS", "ru"), ("TASS", "RIA Novosti", "RIA", "ТАСС", "РИА Новости", "Interfax", "Zvezda", "Sputnik")),
    # a wire's "according to Russian news agencies": Moscow's own agencies speaking
    (Actor("Russian news agencies", "ru"), (r"(?:[Tt]he )?Russian (?:state )?news agenc(?:y|ies)",)),
    (Actor("Russian commanders", "ru"), (
        r"(?:[Aa] |[Tt]he )?Russian (?:\w+ ){0,2}(?:commanders?|generals?|officers?)(?! (?:were|was) (?:captured|killed))",
        r"(?:[Tt]he )?Russian (?:military |army |high )?command\b",
        # Moscow's Black Sea Fleet and its press service (Kyiv's sea forces are its navy)
        r"(?:[Tt]he )?(?:Russian |Russia['’]s )?Black Sea Fleet(?:['’]s)?", r"Черноморск\w+ флот\w*", r"Чорноморськ\w+ флот\w*")),
    # who speaks for Moscow as a body: "the aggressor country's leadership" of Kyiv's bulletins
    (Actor("Russian leadership", "ru"), (r"(?:[Tt]he )?(?:aggressor (?:country|state)|Russian)['’]?s? (?:political |military )?leadership",)),
    (Actor("Russia", "ru", 1), (
        # the nouns in any case: Title Case headlines ("Russian Forces Liberate ...")
        rf"Russia(?:{_A}s)?", "Moscow", "Russian (?i:forces|troops|army|soldiers|armed forces|air force|aerospace forces|invaders|occupiers|occupation forces)", r"(?<!\d )(?<!of )Russian (?:infantry|servicemen|vehicles|paratroopers|marines)", r"(?:[Tt]he )?Armed Forces of (?:the )?Russia(?:n Federation)?", r"(?:[Tt]he )?Russian Federation",
        r"Russian (?:defen[cs]e |military |security |government )?officials", "Russian authorities", "Russian government", r"Russian (?i:air defen[cs]es?)", "Russian units",
        # Moscow's security service, which reports the border fighting
        r"(?:[Tt]he )?(?:Russian )?(?:FSB|Federal Security Service)(?: border (?:service|guards?))?(?! of Ukraine)",
        r"(?<=[Aa]ccording to )the Russian side",
        r"Russian (?:assault|airborne|special|mechani[sz]ed|motori[sz]ed|tank|naval infantry|infantry|drone|sabotage) (?:forces|troops|units)",
        r"(?<=according to )Russian (?:reports|sources|data)",
        # "a Russian security source told the agency": one unnamed voice of Moscow's side
        r"(?:[Aa] |[Tt]he )?(?:Russian|[Pp]ro-Russian|[Pp]ro-Kremlin) (?:(?:security|military|defen[cs]e|government|official|industry) )?source\b",
        r"Russian (?:assault|infiltration|sabotage|reconnaissance) groups?", "the Russians",
        # Kyiv's English word for Moscow's troops, as the teller of a claim: "the occupiers' claims"
        # (not "96 occupiers were neutralised": those are the losses)
        r"(?:[Tt]he )?(?:Russian )?occupiers['’](?= (?:\w+ )?(?:claims?|reports?|statements?|assertions?|allegations?)\b)",
        # ... and as the subject of its verb: "the occupiers claim they have 'liberated' X"
        r"(?:[Tt]he )?(?:Russian )?occupiers(?= (?:claim|claimed|say|said|insist|insisted|report|reported|announce|announced|assert|asserted)\b)",
        # Kyiv's name for Moscow in its English bulletins: "the aggressor country's army"
        r"(?:[Tt]he )?aggressor (?:country|state)(?:['’]s (?:army|troops|forces|military))?(?!['’]s leadership)", "Russians", "Россия", "Москва", "российские войска",
        "Росія", "росіяни", "російські війська", "русские", "Росіяни", "россияне", "Россияне", "рф", "РФ", "Рф",
        # Kyiv's words for Moscow's troops: «окупанти», «загарбники заявляють», «оккупанты утверждают»
        r"[Оо]купант(?:и|ів)\b", r"[Зз]агарбник(?:и|ів)\b", r"[Оо]ккупант(?:ы|ов)\b", r"[Зз]ахватчик(?:и|ов)\b",
        r"[Рр]осійськ\w* (?:окупаційн\w* |загарбницьк\w* )?(?:військ\w*|військов\w*|сил\w*|підрозділ\w*|штурмовик\w*|армі\w*|генерал\w*|солдат\w*|десантник\w*)",
        # «генерали путінські», «путинские генералы»: Moscow's commanders in Kyiv's words
        r"[Гг]енерал\w* (?:путінськ|путинск)\w*", r"(?:[Пп]утінськ|[Пп]утинск)\w* генерал\w*", r"[Рр]осійське [Мм]іноборони",
        r"[Рр]оссийск\w* (?:оккупационн\w* )?(?:войск\w*|военн\w*|сил[аыуе]?\b|подразделени\w*|арми\w*|солдат\w*|десантник\w*)", r"[Оо]ккупационн\w* российск\w* арми\w*", r"[Вв]орог\w*", r"[Вв]орож\w* (?:груп\w*|підрозділ\w*|військ\w*)",
        # «наши бойцы продвинулись»: Russian text's own fighters (Kyiv's outlets say «наши защитники»)
        r"[Нн]аши (?:бойц\w*|штурмовик\w*|десантник\w*|войска|подразделени\w*)",
        "ВС РФ", "ЗС РФ", "ВС России", r"[Вв]ооруж[её]нн\w+ [Сс]ил\w* (?:России|РФ|Российской Федерации)",
        r"[Рр]оссийск\w+ [Вв]ооруж[её]нн\w+ [Сс]ил\w*", r"[Рр]осійськ\w+ [Зз]бройн\w+ [Сс]ил\w*", r"[Зз]бройн\w+ [Сс]ил\w* (?:Росії|РФ|рф)",
        r"[Аа]рми[яиюей]\w* (?:России|РФ)\b", r"[Аа]рмі[яїює]\w* (?:Росії|РФ|рф)\b", r"[Аа]рмі\w* країни-агресор\w*", r"[Аа]гресор(?:а|ом|у|ові)?\b", r"[Аа]рми\w* страны-агрессор\w*", r"[Рр]осійськ\w* пропаганд\w*", r"[Рр]оссийск\w* пропаганд\w*", r"[Рр]оссийск\w* (?:власт\w*|командовани\w*|сторон\w*)", r"[Рр]осійськ\w* (?:влад\w*|командуванн\w*|сторон\w*)", r"[Уу] Москві", r"[Вв] Москве", r"[УуВв] Росії(?= (?:заяви|заявля|стверджу|повідоми|оголоси|кажуть|визна))",
        r"[Вв] России(?= (?:заяви|заявля|утвержда|сообщи|объяви|говорят|призна))", r"[Уу] Кремлі", r"[Вв] Кремле", "российская сторона", "Российская сторона", "російська сторона", r"[Гг]руппировк\w* (?:войск )?«?(?:Север|Запад|Юг|Южн\w*|Центр|Восток|Днепр)»?",
        # «Южная группировка войск»: Moscow's groupings with the adjective first (Kyiv's «Восточная» may be meant too)
        r"(?:Южн|Западн|Северн|Центральн)\w*[»“\"”]? группировк\w*")),
    # --- Ukraine
    (Actor("Ukraine's General Staff", "ua"), (
        rf"(?:Ukraine{_A}s |the Ukrainian |Ukrainian )?General Staff(?: of (?:the )?(?:Ukrainian )?Armed Forces(?: of Ukraine)?)?",
        rf"(?:[Tt]he )?(?:army|military){_A}s general staff\b", rf"(?:Ukraine{_A}s|[Tt]he Ukrainian) general staff\b",
        r"Генштаб(?:і|е|у|ом|а)?(?: ЗСУ| ВСУ)?", r"(?:[Уу]краинск|[Уу]країнськ)\w* [Гг]енштаб\w*", r"Генеральн\w* штаб\w*(?: ЗСУ)?")),
    (Actor("Syrskyi", "ua"), ("Oleksandr Syrskyi", r"S[iy]rsk(?:yi|iy|ii|y)", r"Сирськ\w*", r"Сырск\w*",
                              rf"(?:Kyiv|Ukraine){_A}s (?:top (?:general|commander)|commander-in-chief|army chief)")),
    (Actor("Ukrainian media", "ua"), (r"«?Суспільн(?:е|ого|ому)»?", r"«?Суспильн(?:е|ого|ому)»?", r"«?Укрінформ\w*»?",
                                     r"«?Укринформ\w*»?", r"«?Українськ\w* правд\w*»?", r"«?Украинск\w* правд\w*»?",
                                     # Kyiv's press in English copy, which speaks in its state's voice as Moscow's does
                                     r"Ukrainian (?:media|news outlets|outlets)(?! (?:citing|quoting)\b)",
                                     # Kyiv's state agency and public broadcaster named in English copy
                                     r"(?:the )?Ukrinform(?: news agency)?", r"(?:the )?Suspilne(?: broadcaster)?")),
    (Actor("Zelensky", "ua"), ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "President Zelensky",
                               "Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyi", "Зеленський", "Зеленский",
                               rf"(?:[Tt]he )?Ukrainian [Pp]resident(?!{_A}s)", rf"Ukraine{_A}s [Pp]resident(?!{_A}s)",
                               # his office speaks for him: his chief of staff, the presidential office
                               rf"(?:[Tt]he )?Ukrainian president{_A}s (?:chief of staff|office|adviser)", "Andriy Yermak", "Yermak",
                               r"(?:[Tt]he )?(?:Ukrainian )?[Pp]residential [Oo]ffice(?: of Ukraine)?")),
    # a minister of Kyiv's cabinet named by title ("Ukrainian Deputy Prime Minister X", "Ukraine's energy minister")
    (Actor("Ukrainian government", "ua"), (
        rf"(?:Ukrainian|Ukraine{_A}s) (?:[Ff]irst )?(?:[Dd]eputy |[Vv]ice )?(?:[Pp]rime [Mm]inister|(?:[Ff]oreign|[Ii]nterior|[Ee]nergy|"
        r"[Ii]nfrastructure|[Dd]efen[cs]e) [Mm]inister)(?: [A-Z][\w'’-]+){0,2}",)),
    (Actor("Ukrainian Defence Ministry", "ua"), (
        rf"Ukraine{_A}s (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)", "Ukrainian (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)",
        "Міноборони України", "Shmyhal", "Fedorov's ministry", r"(?:[Tt]he )?Ukrainian ministry(?! of)", rf"Ukraine{_A}s (?:military|army|armed forces)",
        # headline shorthand: "..., Ukraine military says"
        r"Ukraine (?:military|army|armed forces)(?= (?:says|said|claims|reports|confirms|denies)\b)",
        rf"Kyiv{_A}s (?:military|army|armed forces)")),
    (Actor("Ukrainian operational command", "ua"), (
        # Ukraine's own groupings share the English names of Russia's ("Eastern Group of Forces"):
        # qualified here; statements.py decides unqualified ones by context.
        rf"(?:Ukraine{_A}s|the Ukrainian|Ukrainian) (?:Eastern|Southern|Northern|Western) (?:[Gg]roup(?:ing)? of (?:[Ff]orces|[Tt]roops)|[Ff]orce [Gg]rouping|[Gg]rouping)",
        r"(?:the )?Skhid (?:[Gg]roup(?:ing)?|[Oo]perational[- ][Ss]trategic [Gg]roup)(?: of (?:[Ff]orces|[Tt]roops))?",
        "(?:угруповання|угрупування) (?:військ )?«?Схід»?", "ОСУВ «?Схід»?",
        # «ОСУВ "Дніпро"», «оперативно-стратегічне угруповання військ "Хортиця"»: the Ukrainian-language
        # names exist only for Kyiv's groupings (Moscow's «Днепр» is spelt in Russian)
        r"(?:ОСУВ|ОСГВ|ОТУ) [«\"'“]?(?:Дніпро|Хортиц\w+|Таврі\w+|Південь|Північ|Харків|Донецьк|Луганськ|Сіверськ|Курськ)\b[»\"'”]?",
        # the acronyms are Kyiv's own, so Russian-language copy of its groupings keeps them: «ОСУВ "Днепр"»
        r"(?:ОСУВ|ОСГВ|ОТУ) [«\"'“]?(?:Днепр|Хортиц\w+|Таври\w+|Юг|Север|Харьков|Донецк|Луганск|Северск|Курск)\b[»\"'”]?",
        r"[Оо]перативно-стратегічн\w+ (?:угрупован|угрупуван)\w+ (?:військ )?[«\"'“]?[А-ЯІЇЄҐ][\w'’]+[»\"'”]?",
        r"(?:the )?(?:Khortytsia|Tavria|Pivden|Pivnich|Siversk|Luhansk|Dnipro|Donetsk|Kharkiv)(?: [Oo]perational(?:[- ][Ss]trategic)? (?:[Gg]roup(?: of (?:[Ff]orces|[Tt]roops))?|[Cc]ommand)| [Gg]roup of [Ff]orces| [Oo]perational[- ][Tt]actical [Gg]roup| [Oo]TU| OSGT| OSUV| [Gg]roup)",
        r"(?:Southern|Eastern|Northern) (?:[Dd]efen[cs]e |[Oo]perational )?[Ff]orces", "Southern Defense Forces",
        r"(?:the )?(?:southern|eastern|northern) [Dd]efen[cs]e [Ff]orces",
        "Operational Command (?:South|North|East|West)",
        # the name after the group's noun: "the Operational Tactical Group Luhansk", "OTG Kharkiv"
        r"(?:[Tt]he )?(?:Operational[- ][Tt]actical [Gg]roup|OTG|OSGT|OSUV) (?:Khortytsia|Tavria|Siversk|Luhansk|Donetsk|Kharkiv|Kramatorsk|Soledar|Pokrovsk|Lyman)\b", r"(?:[Tt]he )?(?:Operation(?:al)? )?Task Force (?:East|West|South|North)", "OSUV Khortytsia",
        r"(?:the )?Joint Forces(?: Grouping| Group| Task Force| Operation| Command)?", "OSGT Tavria", "Khortytsia", "Tavria",
        "Хортиця", "Таврія", rf"(?:[Tt]he )?(?:Ukrainian|Ukraine{_A}s) (?:military |army |high )?command\b",
        # the same groupings in Russian-language copy: «ОСГВ «Хортица»», «группировки войск 'Таврия'»
        r"(?:(?:(?:ОСГВ|ОСУВ|ОТУ|ОТГ) |(?:[Оо]перативно-(?:стратегическ|тактическ)\w+ )?[Гг]руппировк\w* (?:войск )?)[«\"'“]?)?Хортиц[аыеу]\b[»\"'”]?",
        r"(?:(?:ОСГВ|ОСУВ|ОТУ|ОТГ) |(?:[Оо]перативно-(?:стратегическ|тактическ)\w+ )?[Гг]руппировк\w* (?:войск )?)[«\"'“]?Таври[яию]\b[»\"'”]?",
        # Kyiv's grouping formed for the Kursk incursion: «угруповання військ «Курськ»», «группировки войск „Курск“»
        r"(?:[Уу]груповання (?:військ )?|[Гг]руппировк\w* (?:войск )?)[«\"'“„]{1,2}Курсь?к[»\"'”“]{1,2}",
        # Kyiv's military intelligence (HUR) reports operations in English copy, often unqualified.
        rf"(?:[Tt]he )?(?:(?:Ukrainian|Ukraine{_A}s) )?(?<!Russian )(?<!Russia{_A}s )[Mm]ilitary intelligence(?: agency| directorate| service)?\b",
        r"(?<!Russia['’]s )(?<!Russian )(?:the )?Main (?:Military )?Intelligence Directorate\b(?! of (?:the )?(?:Russia|General Staff))",
        "HUR", "GUR", r"(?:Ukraine['’]s )?SBU(?: security service)?", "Kyrylo Budanov", "Budanov", "ГУР", r"Буданов\w*",
        # Kyiv's navy tells of the sea and the river fronts (Moscow's is its Black Sea Fleet)
        rf"(?:[Tt]he )?(?:Ukrainian|Ukraine{_A}s) (?:[Nn]avy|[Nn]aval [Ff]orces)\b", r"(?:[Tt]he )?Navy of (?:the )?(?:Armed Forces of )?Ukraine\b",
        # "head of communications for Ukraine's ground forces": a title that names the side it serves
        rf"(?:head|chief|director|spokes(?:man|woman|person)) of (?:communications|public affairs|the press service)"
        rf" (?:for|of|at) (?:Ukraine{_A}s|the Ukrainian|Ukrainian) (?:[\w-]+ ){{0,2}}(?:forces|army|military|navy|command)")),
    (Actor("Ukrainian military spokesperson", "ua"), (
        # «у 3-му армійському корпусі», «14-та окрема механізована бригада»: Kyiv's formations as Ukrainian copy names them
        # (words spelt only in Ukrainian: Moscow's «3-й танковой бригады ВСУ» in Russian is the object of its strike)
        r"[1-9]\d{0,2}-?(?:й|го|му|м|та|ї|ої|ій)? (?:окрем\w+ (?:[\w'’-]+ )?бригад\w*|армійськ\w+ корпус\w*|(?:механізован|аеромобільн|гірськ)\w+ бригад\w*)",
        "Viktor Trehubov", "Trehubov", "Dmytro Lykhovii", "Lykhovii", "Vladyslav Voloshyn", "Voloshyn",
        "Nazar Voloshyn", "Andrii Kovalenko", "Kovalenko", "Dmytro Pletenchuk", "Pletenchuk",
        # Kyiv's drone branch of the armed forces
        rf"(?:[Tt]he )?(?:(?:Ukrainian|Ukraine{_A}s) )?Unmanned Systems Forces", rf"(?:[Tt]he )?(?:(?:Ukrainian|Ukraine{_A}s) )?Air Assault Forces", "Robert Brovdi", "Brovdi",
        # Kyiv's border service and its spokesman tell of the border areas' fighting
        rf"(?:[Tt]he )?(?:(?:Ukrainian|Ukraine{_A}s) )?State Border (?:Guard )?Service(?: of Ukraine)?", r"Ukrainian border guards?", r"Border [Gg]uards(?=: )",
        r"ДПСУ", r"ГПСУ", r"Державн\w+ прикордонн\w+ служб\w+", r"Госпогранслужб\w+", r"Государственн\w+ пограничн\w+ служб\w+ Украины",
        r"(?:Andri[iy] )?Demchenko",
        "Oleksandr Shtupun", "Shtupun", "Serhii Bratchuk", "Bratchuk", "Ukrainian military spokesm[ae]n",
        # Kyiv's deputy defence minister and army spokespeople, in the Latin spellings wire copy uses.
        r"(?:Hann?a |Ganna )?(?:Maliar|Malyar|Maljar)", r"(?:Serhi[iy]? )?Cherevat(?:yi|y|ii)", r"(?:Oleksandr )?Tarnavs(?:kyi|kiy|ky)",
        # the ground forces' and the eastern forces' spokesmen, as wire copy spells them
        r"(?:Volodymyr )?Fit(?:io|yo|jo)", r"(?:Hryhorii |Hryhoriy )?Shapoval", r"(?:Dmytro )?Lykhov(?:iy|yi|yy)",
        "Viktor Tregubov", "Tregubov", r"(?:Andri[iy] )?Koval[oe]v", r"(?:Yuri[iy] )?Povkh", r"(?:Illia |Ilya )?Yevlash", r"(?:Nataliy?a )?(?:Humeniuk|Gumenyuk)",
        r"(?:[Aa] |[Tt]he )?Ukrainian (?:\w+ ){0,2}spokes(?:man|woman|person)",
        r"(?:[Aa] |[Tt]he )?spokes(?:man|woman|person) for (?:the )?Ukrainian (?:army|military|\w+ [Bb]rigade|\w+ [Cc]orps)",
        "Ukrainian (?:army|military) spokesperson", r"Трегубов\w*", r"Волошин\w*", r"Лихов(?:ий|ого|ой|ому)",
        r"(?:[Aa] |[Tt]he )?spokes(?:man|woman|person) for (?:a |the )?Ukrainian (?:\w+ ){0,2}(?:brigade|unit|corps|command|forces)",
        r"(?:[Aa] |[Tt]he )?spokes(?:man|woman|person) for Ukraine['’]s (?:\w+ ){0,2}(?:forces|brigade|corps|command)",
        r"Ukraine['’]s (?:top|army|military) (?:commander|chief)", "Ukraine's army chief",
        # (not "eliminated up to 60 Ukrainian servicemen": a count of them is what was done to them)
        r"(?<!\d )(?<!of )(?:[Aa] |[Tt]he )?Ukrainian (?:\w+ ){0,2}(?:commanders?|officers?|generals?|servicem[ae]n|servicemembers?|brigade|corps)",
        r"(?:[Aa] |[Tt]he )?spokes(?:man|woman|person) (?:for|of) (?:a |the )?Ukrainian (?:\w+ ){0,2}(?:grouping|group|forces)",
        r"Cent(?:er|re) for Countering Disinformation", "CCD", "ЦПД", "Andriy Kovalenko", r"Коваленк[оау]\b", r"[Рр]ечни\w* (?:угруповання|бригади|корпусу|[Сс]ил оборони|ОСУВ|ОТУ|Генштабу|ЗСУ|Повітряних сил|ВМС|НГУ|ДПСУ)", r"Центр\w* (?:протидії дезінформації|противодействия дезинформации)", r"(?:[Tt]he )?(?<!Russian )(?<!Russia['’]s )[1-9]\d{0,2}(?:st|nd|rd|th)? (?!(?:\w+ ){0,2}(?:Guards|Motori[sz]ed Rifle|Motor Rifle)\b)(?:\w+ ){0,3}(?:[Cc]orps|[Bb]rigade|[Rr]egiment|[Bb]attalion)(?: of the [\w ]{3,40}Forces)?",
        # English copy quotes Ukraine's units by their own statements; Russia's speak through the ministry.
        rf"(?:[Tt]he (?:[1-9]\d{{0,2}}(?:st|nd|rd|th) )?|(?<!Russian )(?<!Russia{_A}s )[1-9]\d{{0,2}}(?:st|nd|rd|th) )(?:brigade|corps)(?:{_A}s press service)?",
        # a headline's "..., brigade says": Kyiv's units speak so in English copy
        r"(?<![\w-] )(?<=, )[Bb]rigade(?= (?:says|said)\b)",
        # "the Corps press service said": a unit's press office, named as the unit's own text names it
        r"(?:[Tt]he )?(?<!Russian )(?:[Bb]rigade|[Cc]orps)(?:['’]s)? press (?:service|office)",
        "українська сторона", "Українська сторона", "украинская сторона", "Украинская сторона",
        "Ukrainian soldiers reached by phone")),
    (Actor("Ukrainian regional administration", "ua"), (
        # with the spellings wire and Russian-transliterating copy use (Synegubov, Sinegubov, Filashkin ...)
        r"(?:Oleh |Oleg )?S[iy]n(?:ie|ye|e)[hg]ubov", "Ivan Fedorov", "Fedorov", "Vadym Filashkin", "Filashkin",
        r"(?:Oleksandr |Aleksandr |Alexander )?Prokudin", r"Serh(?:ii|iy|ei) Lysak", "Lysak", r"Vitali(?:i|y)? Kim", r"Oleh Kiper", "Kiper",
        "Volodymyr Artiukh", "Artiukh", r"(?:Serhi[iy]|Sergi[iy]|Sergey) (?:Haidai|Hayday|Haiday|Gaidai|Gaiday)", "Haidai", "Hayday", "Haiday", "Gaidai", "Gaiday", "Ihor Terekhov", "Terekhov", "Vitali Klitschko", "Klitschko",
        "Tymur Tkachenko", "Oleh Hryhorov", "Hryhorov", "Vadym Lyakh", "Oleksandr Hanzha", "Hanzha",
        r"(?:Maksym )?Kozytskyi", r"(?:Mykola )?Kalashnyk", "Ruslan Kravchenko", r"Vi?acheslav Chaus", r"Ihor Taburets", "Taburets",
        r"Dmytro Lunin", r"Serhi[iy] Borzov", r"Козицьк\w*", r"Калашник\w*",
        # Kyiv's wartime "military administrations"; a plain "city administration" may be an occupied
        # town's installed one, so it is left to the local officials below (decided per place).
        r"(?:[A-Z][a-z]+ )?(?:[Rr]egional|[Oo]blast|[Cc]ity) [Mm]ilitary [Aa]dministration(?: head)?(?! building| headquarters| offices?)",
        r"(?:[A-Z][a-z]+ )?[Cc]ivil[- ][Mm]ilitary [Aa]dministration(?! building| headquarters| offices?)",
        r"[A-Z][a-z]+ (?:[Rr]egional|[Oo]blast) (?:[Ss]tate )?[Aa]dministration(?: head)?(?! building| headquarters| offices?)",
        # (a bare "the regional governor" is local: its region decides)
        r"(?!(?:The|A|An|Its|This|That|Their)\b)[A-Z][a-z]+ (?:[Oo]blast|[Rr]egional) [Gg]overnor", r"(?:[Tt]he )?[Oo]blast [Gg]overnor",
        # "the Sumy governor": an oblast Kyiv holds whole; the split oblasts' governors are decided per place below
        r"(?:[Tt]he )?(?:Sumy|Kharkiv|Dnipropetrovsk|Mykolaiv|Odesa|Chernihiv|Poltava) (?:regional |region['’]s |oblast )?(?:[Gg]overnor|head)\b",
        r"Син[єе]губов\w*", "Федоров", r"Ф[іи]лашк[іи]н\w*", r"Терехов(?:а|у|ым|им)?", r"Кличк[оа]", r"Л[иы]сак\w*")),
    (Actor("National Guard of Ukraine", "ua"), (
        r"(?:the )?[A-Z1-9][\w-]* Corps of the National Guard(?: of Ukraine)?", "(?:the )?National Guard of Ukraine",
        rf"Ukraine{_A}s National Guard", "(?:the )?Ukrainian National Guard",
        # a National Guard brigade or corps named by its name ('the National Guard brigade "Azov"')
        r"(?:[Tt]he )?National Guard(?:['’]s)? (?:brigade|corps|regiment|battalion)\b",
        # its units named by their own names, as their statements are quoted: "Azov Corps", «корпус «Азов»»
        r"(?:[Tt]he )?(?:1st |First )?Azov (?:Corps|[Bb]rigade)\b", r"(?:[Кк]орпус\w*|[Бб]ригад\w*) [«\"]?Азов[«»\"]?")),
    (Actor("Ukrainian Air Force", "ua"), (
        # wire copy writes it in lower case; Russia's is named so ("the Russian air force")
        rf"(?:Ukraine{_A}s |the Ukrainian |Ukrainian |the )?(?:Air Force(?<!Russian Air Force)|air force(?<!Russian air force))(?<!Russia{_A}s Air Force)(?<!Russia{_A}s air force)", "Yurii Ihnat", "Yuriy Ihnat", "Ihnat",
        "Повітряні сили", r"Повітрян\w+ сил\w*", "Ігнат",
        # Kyiv's air force in Russian-language copy (Moscow's are its aerospace forces, ВКС)
        r"Воздушн\w+ сил\w*(?! (?:России|РФ|Российской))", r"Игнат\w*")),
    (Actor("DeepState", "other"), ("DeepStateMap", "DeepState", "Deep State", "ДипСтейт",
                                   # "Ukraine's deep state military monitoring site" (not the political "deep state")
                                   r"deep state(?= (?:military |battlefield |war )?(?:monitor|map|project|analy|group|site|team))")),
    # "..., war monitor says": a headline's word for an independent mapping group
    (Actor("war monitor", "other"), ("war monitor", "war monitors", "conflict monitor", "conflict monitors")),
    # Kyiv's parliament and its members: «секретар оборонного комітету Ради», «признали в Раде»
    (Actor("Verkhovna Rada", "ua"), (
        r"(?:Верховн\w+ )?Рад(?:а|и|і|у|ою|е|ы|ой)\b(?! (?:безпеки|безопасности|ЄС|ЕС|Європ\w*|Европ\w*|ООН|НАТО))",
        r"[Нн]ардеп\w*")),
    (Actor("media", "other"), (
        "(?:[Tt]he )?Kyiv Post", "(?:[Tt]he )?Kyiv Independent", "Ukrainska Pravda", "Ukrainian journalists")),
    (Actor("Ukraine", "ua", 1), (
        rf"(?:Kyiv|Kiev){_A}s (?:army|military|forces|troops|command|generals)", rf"Ukraine(?:{_A}s)?", "Kyiv", "Kiev", "Ukrainian (?i:forces|troops|army|armed forces)", r"(?:[Tt]he )?Armed Forces of Ukraine",
        "Ukrainian soldiers", r"Ukrainian (?i:soldier|serviceman|servicewoman|officer|commander)",
        r"(?:(?:a|the) )?(?:(?:local|regional|senior) )?Ukrainian officials?", "Ukrainian authorities", "Ukrainian government", r"Ukrainian military(?! (?:observers?|analysts?|experts?|commentators?)\b)",
        r"Ukrainian (?i:air defen[cs]es?)", "Ukrainian units", r"(?<!\d )(?<!of )Ukrainian (?:infantry|servicemen|fighters|vehicles|paratroopers|marines)",
        r"(?:[Tt]he )?Ukrainian (?:Ground|Land|Naval|Airborne Assault|Special Operations) Forces", "Ukraine's Defen[cs]e Forces", "Ukrainian Defen[cs]e Forces",
        r"Ukrainian (?:assault|airborne|special|mechani[sz]ed|motori[sz]ed|tank|marine|infantry|drone) (?:forces|troops|units)",
        r"(?:[Tt]he )?AFU\b(?! (?:lost|losses))",
        r"(?<=according to )Ukrainian (?:reports|sources|data)",
        # "a Ukrainian security source told Reuters", "Ukrainian military sources say": Kyiv's unnamed voices
        r"(?:[Aa]n? |[Tt]he )?Ukrainian (?:(?:security|military|intelligence|defen[cs]e|government|official|industry)(?: service)? )?sources?\b",
        "Ukrainian defenders", r"(?:[Tt]he )?[Dd]efenders(?= (?:have |had )?(?:repel|repuls|held|hold|stopp|destroy|thwart|beat|fought|push))", r"[Oo]ur defenders", "Ukrainian aviation", r"Ukrainian (?:drone |UAV )operators", "the Ukrainians", "Ukrainians", r"(?<=[Aa]ccording to )the Ukrainian side", r"(?<![Aa]ir )(?<!Russian )(?:[Tt]he )?Defen[cs]e [Ff]orces(?: of Ukraine)?", r"[Tt]he defen[cs]e forces(?= (?:withdrew|pulled|repelled|liberated|retook|left|are|were|have|had|said|say)\b)", "our defenders", r"(?:[Ss]oldiers|[Ff]ighters|[Uu]nits) of the \w+ [Ss]eparate (?:[\w-]+ ){0,2}[Bb]rigade(?: of the Territorial Defen[cs]e(?: Forces)?)?",
        r"(?:[Tt]he )?Territorial Defen[cs]e Forces", r"the \w+ (?:Separate )?(?:Mechanized|Assault|Airborne|Marine|Jaeger) Brigade",
        "Україна", "Київ", "ЗСУ", "СОУ", "СОЮ", "СОП", "ВС Украины", r"[Вв]ооруж[её]нн\w+ [Сс]ил\w* Украины", r"[Зз]бройн\w+ [Сс]ил\w* України", r"[Уу] Києві", r"[Вв] Киеве", "Сили оборони", "українські війська", "Украина", "Киев", "ВСУ", "украинские войска",
        r"[Уу]країнськ\w* (?:військ\w*|військов\w*|сил\w*|підрозділ\w*|захисник\w*|бійц\w*|корпус\w*|бригад\w*|угрупован\w*)", r"Сил\w* оборони", r"ОТУ «?\w+»?",
        r"ОСУВ «?\w+»?", r"[Уу]годованн\w* військ «?\w+»?", r"[Уу]груповання військ «?\w+»?", r"[Вв] угрупованні", "СБУ", "ССО", r"Сил\w* ППО",
        r"[Уу]краинск\w* (?:войск\w*|военн\w*|сил[аыуе]?\b|формировани\w*|власт\w*|командовани\w*|сторон\w*)", r"[Уу]краинские формирования",
        r"[Фф]ормировани\w* ВСУ", r"[Бб]оевик\w* (?:ВСУ|украинск\w*(?: \w+)?)", r"[Бб]оевики(?= (?:[\w-]+ ){0,2}(?:отступа|отходя|бегут|бежал|покида|оставля)\w*)", r"[Уу]краинск\w* (?:бойц\w*|воин\w*|подразделени\w*|групп\w*|военнослужащ\w*|корпус\w*|бригад\w*|группировк\w*|защитник\w*)", r"Сил\w* обороны(?: Украины)?", r"[Оо]боронц\w*", r"[Аа]рми\w* Украины", r"[Аа]рмі\w* України", r"[Вв]ооруженн\w* [Сс]ил\w* Украины", r"[Зз]бройн\w* [Сс]ил\w* України", r"[УуВв] бригаді", r"[Вв] бригаде", r"[УуВв] \d{1,3}-(?:й|ій) (?:[\w-]+ ){0,4}бригад[іе]\b", r"[Уу] корпусі", r"[Нн]аші (?:захисник\w*|воїн\w*|бійц\w*|війська|військові|підрозділ\w*)",
        # «наши защитники остановили ...»: Kyiv's word for its troops in Russian-language bulletins (Moscow's are «наши бойцы»)
        r"[Нн]аши (?:защитник\w*|воин\w*)",
        # «повідомив військовий»: in Ukrainian copy a serviceman quoted is Kyiv's
        r"(?<=повідомив )військовий", r"(?<=розповів )військовий", r"(?<=зазначив )військовий", r"(?<=сказав )військовий", r"[Уу]країнськ\w* (?:влад\w*|командуванн\w*|сторон\w*|військов\w*)",
        # Kyiv's ministries spelt in Russian: «Министр МВД Украины», «в МИД Украины», «Минобороны Украины»
        r"(?:[Мм]инистр\w* )?(?:МВД|МИД|Минобороны|(?:Министерств|[Мм]инистр)\w* (?:обороны|внутренних дел|иностранных дел)) Украины")),
    # --- "the ministry" alone: statements.py gives it the side the sentence or the story means
    (Actor("ministry", "ua"), (
        r"(?:[Tt]he )?(?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e|[Dd]efen[cs]e ministry|MoD)",
        r"[Tt]he ministry", r"[Tt]he military(?! administration)",
        # «говорится в отчете министерства», «у зведенні відомства»: the ministry's own report
        r"(?:отчет\w*|отчёт\w*|сообщени\w*|сводк\w*|звіт\w*|повідомленн\w*|зведенн\w*) (?:министерства|ведомства|міністерства|відомства)\b")),
    # --- local officials speak for the country the place is in (resolved per place)
    (Actor("local officials", "local", 1), (
        r"(?:local|regional|city|municipal|district) (?:officials|authorities|administration|council|police)",
        # bare "officials said" after a strike's toll: those of the place hit
        r"(?:^|(?<=, ))[Oo]fficials(?= (?:said|say|says|reported|told|added)\b)",
        r"(?:the )?(?:regional|local) (?:governor|head)", r"[Tt]he (?:city'?s? )?mayor",
        # "the governors said": the heads of the regions hit, together
        r"[Tt]he (?:regional |two |three )?governors(?= (?:said|say|says|reported|added|wrote)\b)",
        # "..., Mayor Ivan Petrenko said": the title before his name (not "Moscow Mayor X", a head the lexicon names)
        r"(?:^|(?<=, ))Mayor(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}",
        # a headline's unnamed teller: "Governor: shelling kills one in ..."
        r"^Governor(?=: )",
        # "Governor Ivan Petrenko said", "..., governor of the region", "the head of the regional administration"
        # (not "Zaporozhye Region Governor X": a region's governor has the patterns of his side)
        r"Governor(?<![\w-]Governor)(?<![Rr]egion Governor)(?<!Oblast Governor)(?<!Province Governor)(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}", r"(?:the )?governor of the (?:region|oblast|province)",
        r"(?:the )?head of the (?:regional|city|district|oblast) (?:state |military )?administration",
        # ", the administration said" after a tally of a region's shelling (decided per place, as any local teller)
        r"(?<=, )the administration(?= (?:said|says|reported|added)\b)",
        # "the head of the local municipality", "head of the village community"
        r"(?:the )?head of the (?:local |village |town |city |district )?(?:municipality|community|hromada|council)",
        r"[Tt]he (?:local |city |town )?authorities of(?= [A-Z])", r"[Tt]he (?:regional )?governor",
        # a headline's ", governor says", ", mayor says": the unnamed local teller at its end
        r"(?<=, )(?:regional |local )?(?:governor|mayor)(?= (?:says|said)\b)",
        r"(?<=\bits )(?:mayor|governor)", r"(?:[Tt]he )?(?:region|city|town|village)['’]s (?:head|governor|mayor)", r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?['’]s (?:regional )?(?:governor|mayor)",
        r"emergency (?:services|workers)", r"(?:the )?(?:regional |local |district )?prosecutor(?:'s|s)? office", r"(?:regional |local |district )prosecutors", r"prosecutors(?= (?:said|say|reported|wrote))", "State Emergency Service", "rescuers", "police",
        # in Russian and Ukrainian: the mayor, the governor, the regional or city authorities
        r"[Мм]эр\w*(?: города)?", r"[Мм]ер\w*(?: міста)?", r"[Гг]убернатор\w*", r"(?:[Мм]естные|[Оо]бластные|[Гг]ородские) власти",
        r"(?:[Мм]ісцев\w*|[Оо]бласн\w*|[Мм]іськ\w*) влад\w*",
        # «по словам главы региона», «голова громади», «староста села»: the head of the place, unnamed
        r"[Гг]лав(?:а|ы|е|у|ой) (?:региона|области|района|округа|города|поселка|села|муниципалитета)\b",
        r"[Гг]олов(?:а|и|і|у|ою) (?:громади|сільради|селищної ради|району)\b", r"[Сс]тарост(?:а|и|і|у|ою)\b")),
    (Actor("Ukrainian military administration", "ua"), (
        r"(?:[Гг]лав[аыеу]|[Гг]олов[аиі]|[Нн]ачальник\w*) (?:\w+ )?(?:областной|городской|районной|обласної|міської|районної) "
        r"(?:военной администрации|військової адміністрації)", r"(?:[Оо]бласн\w*|[Мм]іськ\w*) військов\w* адміністраці\w*",
        r"(?:[Оо]бластн\w*|[Гг]ородск\w*) военн\w* администраци\w*", r"(?:[Гг]олов[аиі]|[Нн]ачальник\w*|[Гг]лав[аыеу]|[Оо]чільни\w*|[Кк]ерівни\w*) (?:ОВА|МВА|ОДА)", r"[Оо]чільни\w* (?:області|міста|громади)", "ОВА", "МВА", r"(?:the )?(?:regional |city |district )?military administration")),
    # --- independent
    (Actor("ISW", "other"), ("the Institute for the Study of War", "Institute for the Study of War", "ISW",
                             r"(?:[Аа]мериканськ\w* )?[Іі]нститут\w* вивчення війни", r"(?:[Аа]мериканск\w* )?[Ии]нститут\w* изучения войны",
                             r"[Аа]налітик\w*", r"[Аа]налитик\w*", r"[Вв]олонтери-аналітики", r"[Ээ]ксперт(?:ы|ов|ам|ами)\b", r"[Ее]ксперт(?:и|ів|ам|ами)\b",
                             r"(?<=[Aa]ccording to )(?:military |independent |western )?analysts", r"(?:[Mm]ilitary |[Ii]ndependent |[Ww]estern )?[Aa]nalysts(?= (?:(?:also|further|have|had|now) )?(?:said|say|says|believe|note|noted|wrote|report|reported|found|assess\w*|agree\w*)|:)",
                             r"(?:ISW|the institute's|the think tank's) analysts", r"[Tt]he (?:US-based |Washington-based )?think tank",
                             r"[Tt]he [Ii]nstitute(?= (?:assess|said|says|report|wrote|noted|added|observ))",
                             # «Інститут вважає, що ...»: the institute named before, by its first word
                             r"[Іі]нститут(?= (?:вважає|пов['’]язує|зазначає|повідомляє|оцінює|констатує|припускає|пише|додає|наголошує))",
                             r"[Ии]нститут(?= (?:считает|связывает|отмечает|сообщает|оценивает|констатирует|полагает|пишет|добавляет))",
                             # a war commentator is an analyst, whatever his nationality
                             # (Russian television's "military experts" speak for Moscow, so only these)
                             r"(?:(?:Ukrainian|Western|independent) )?(?:[Mm]ilitary|[Ww]ar) (?:observers?|commentators?)",
                             r"[Вв]ійськов\w* оглядач\w*")),
    (Actor("wire agency", "other"), ("Reuters", "the Associated Press", "Associated Press", "AP", "AFP", "Agence France-Presse",
                                     r"(?:[Аа]гентств\w* )?Рейтер\w*", r"(?:[Аа]гентств\w* )?Франс[ -]?[Пп]ресс")),
    (Actor("geolocation", "other"), (
        "[Gg]eolocated (?:footage|video|videos|images|photos|imagery)", "geolocated", "[Gg]eolocation (?:footage|video|videos|images|photos|imagery|maps|data|evidence)",
        "[Ss]atellite (?:imagery|images)", "[Oo]pen-source (?:analysts|investigators|intelligence)",
        # an analyst's "footage published on March 4 shows ...": dated evidence, the side that filmed it unnamed
        r"(?:[Ff]ootage|[Vv]ideos?) (?:published|posted|shared)(?= (?:on|in|online|last|this|earlier)\b)",
        # open-source researchers are independent whatever country they work from
        r"(?:Ukrainian|Russian|Western|independent) (?:open-source|OSINT) (?:researchers|analysts|investigators|monitors)",
        r"[Oo]pen-source researchers", r"(?:[Ii]ndependent |[Oo]pen-source |OSINT )?geolocators",
        r"(?:[Aa]n |[Tt]he )?OSINT (?:group|groups|analysts?|researchers?|project|investigators?|mapping (?:group|project))",
        "OSINT (?:analysts|researchers)", "Bellingcat", "[Ii]ndependent (?:verification|analysts|observers|monitors)",
        # mapping groups that wire copy cites
        r"(?:the )?(?:Finnish )?Black Bird Group", "Rochan Consulting", r"(?:the )?Conflict Intelligence Team",
        # a mapping group named by what it is: "the mapping group's update", "a Ukrainian monitoring project"
        r"(?:[Tt]he |[Aa] )?(?:Ukrainian |independent |crowd-?sourced |open-source )?(?:mapping|monitoring) (?:group|project|website|service)",
        r"(?:[Мм]оніторингов|[Мм]ониторингов|[Аа]налітичн|[Аа]налитическ)\w+ (?:проєкт|проект|канал|ресурс)\w*",
        "the BBC", "BBC Verify", "CNN", "the New York Times", "The Kyiv Independent", "the Kyiv Independent",
        "The Guardian", "the Guardian", "Meduza", "Mediazona", "journalists",
        # foreign and independent media as Russian- and Ukrainian-language copy names them
        "Bild", "BILD", "(?:[Tt]he )?Financial Times", "(?:[Tt]he )?Washington Post", "(?:[Tt]he )?Wall Street Journal", "Politico",
        "Deutsche Welle", r"Би-би-си", r"«?Медуз[аеуы]»?", r"«?Медиазон[аеуы]»?")),
    # Kyiv's energy ministry and its ministers, who report strikes on the grid
    (Actor("Ukrainian energy ministry", "ua"), (rf"Ukraine{_A}s (?:[Ee]nergy [Mm]inist(?:ry|er))", r"(?:[Ee]nergy [Mm]inister )?(?:Herman |German )?Halushchenko",
                                               r"(?:[Ee]nergy [Mm]inister )?(?:Svitlana )?Hrynchuk", r"[Мм]іненерго")),
    # Russian nationals fighting on Kyiv's side: their raids and holds are Kyiv's side's word
    (Actor("pro-Kyiv Russian volunteers", "ua"), (r"(?:[Tt]he )?Freedom of Russia Legion", r"(?:[Tt]he )?Russian Volunteer Corps", r"(?:[Tt]he )?Siberian Battalion",
                                                 r"[Лл]егио[н]\w* «?Свобод[аыи] России»?", r"[Лл]егіон\w* «?Свобод[аи] Росії»?",
                                                 r"[Рр]усск\w+ добровольческ\w+ корпус\w*", r"[Рр]осійськ\w+ добровольч\w+ корпус\w*", "РДК")),
    # the United Nations and its missions: an international agency, an independent voice
    (Actor("United Nations", "other"), (r"(?:[Tt]he )?(?:UN|U\.N\.|United Nations)(?: (?:[Hh]uman [Rr]ights )?(?:[Mm]onitoring )?"
                                        r"(?:[Mm]ission|[Mm]onitors|[Oo]ffice|[Aa]gency|[Cc]hief|Secretary-General|[Ss]pokes(?:man|woman|person)))?",
                                        "UNESCO", "UNICEF")),
    (Actor("foreign government", "other"), ("the Pentagon", "Pentagon", "NATO", "(?:[Tt]he )?White House", "UK Defence Ministry",
                                             r"(?:[Tt]he )?(?:U\.?S\.? )?State Department",
                                             rf"(?:Britain{_A}s|(?:[Tt]he )?UK{_A}s|(?:[Tt]he )?UK|[Tt]he British|British|Britain's) (?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e|MoD)",
                                             r"(?:Western|U\.?S\.?|American|European) (?:officials|intelligence(?: officials)?)",
                                             r"British (?:defen[cs]e chiefs|defen[cs]e officials)",
                                             "British (?:military )?intelligence", "the UK Ministry of Defence", "the IAEA", "IAEA", r"МАГАТ[ЕЭ]",
                                             # the British ministry's daily intelligence update, by its own name
                                             rf"(?:(?:[Tt]he )?UK{_A}s |(?:[Tt]he )?UK |British |Britain{_A}s )?Defen[cs]e Intelligence",
                                             r"[Бб]ританськ\w+ (?:воєнн\w+ |військов\w+ )?розвідк\w*|[Бб]ританск\w+ (?:военн\w+ )?разведк\w*",
                                             # a Western government's minister or spokesperson ("Britain's armed forces minister")
                                             rf"(?:Britain{_A}s|British|(?:the )?UK{_A}s|French|France{_A}s|German|Germany{_A}s|(?:the )?U\.?S\.?|American|Polish) "
                                             r"(?:[\w-]+ ){0,2}(?:minister|secretary|spokes(?:man|woman|person))",
                                             # a neighbour's ministry or government ("Romania's Ministry of National Defense")
                                             rf"(?:{_NEIGHBOURS}){_A}s (?:[Mm]inistry of [A-Z][\w ]{{0,30}}?(?=\s+(?:said|says|reported|stated|added|confirmed)\b)|"
                                             r"(?:[\w-]+ ){0,2}(?:[Mm]inistry|[Gg]overnment|[Aa]rmy|[Aa]rmed [Ff]orces|[Mm]ilitary|[Pp]resident|[Pp]rime [Mm]inister))",
                                             rf"(?:[Tt]he )?(?:{_NEIGHBOUR_ADJ}) (?:[\w-]+ ){{0,2}}(?:[Mm]inistry|[Gg]overnment|[Aa]rmy|[Aa]rmed [Ff]orces|[Mm]ilitary|[Pp]resident|[Pp]rime [Mm]inister)")),
]


def _compile() -> tuple[re.Pattern[str], list[Actor]]:
    """One alternation with a named group per lexicon entry; longest aliases first."""
    parts, actors = [], []
    for k, (actor, aliases) in enumerate(LEXICON):
        alts = sorted(aliases, key=len, reverse=True)
        parts.append(f"(?P<a{k}>" + "|".join(alts) + ")")
        actors.append(actor)
    return _Lazy(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"), actors


class _Lazy:
    """A pattern compiled on its first use: a process compiles only the buckets its text needs
    (English text never reaches the Cyrillic ones), where compiling all of them at import
    would be most of the start of every worker. Compiled, it puts the pattern itself in its table's place,
    so later scans call re's own match as before."""

    __slots__ = ("finditer", "home", "key", "match", "pattern")

    def __init__(self, pattern: str, home: dict | None = None, key: str = "") -> None:
        self.pattern = pattern
        self.home, self.key = home, key
        self.match = self._compiled("match")
        self.finditer = self._compiled("finditer")

    def _compiled(self, name: str):
        def first(*args):
            compiled = re.compile(self.pattern)
            self.match, self.finditer = compiled.match, compiled.finditer
            if self.home is not None and self.home.get(self.key) is self:
                self.home[self.key] = compiled
            return getattr(compiled, name)(*args)
        return first


# re's parser is private: any surprise from it makes an alias a candidate at every word start.
try:
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover (another Python's layout)
    _c = _parser = None

from tui.core.claims.cues import pattern_starts  # noqa: E402 (beside the parser it reads)

_ANY = None  # _first_chars() result for "could start with anything"


def _zero_width(op: object, av: object) -> bool:
    """Whether a parsed group or alternation never consumes a character."""
    items = [(op, av)]
    try:
        return _parser.SubPattern(_parser.State(), items).getwidth() == (0, 0)
    except Exception:  # noqa: BLE001 (a private API: then it is treated as consuming)
        return False


def _first_chars(items: list) -> set[str] | None:
    """Characters a parsed regex can start with, or None when that is not simply known."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width ("(?<!Russian )"): the next character starts the match
        if op is _c.LITERAL:
            return out | {chr(av)}
        if op is _c.IN:
            chars: set[str] = set()
            for o, v in av:
                if o is _c.LITERAL:
                    chars.add(chr(v))
                elif o is _c.RANGE and v[1] - v[0] < 100:
                    chars.update(map(chr, range(v[0], v[1] + 1)))
                else:
                    return _ANY  # categories, negation, wide ranges
            return out | chars
        if op in (_c.SUBPATTERN, _c.BRANCH) and _zero_width(op, av):
            continue  # "(?:^|(?<=, ))": only where the match may start, like an assertion
        if op is _c.BRANCH:
            for branch in av[1]:
                sub = _first_chars(list(branch))
                if sub is _ANY:
                    return _ANY
                out |= sub
            return out
        if op is _c.SUBPATTERN:
            sub = _first_chars(list(av[3]))
            if sub is _ANY or av[3].getwidth()[0] == 0:
                return _ANY
            return out | sub
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, body = av
            sub = _first_chars(list(body))
            if sub is _ANY:
                return _ANY
            out |= sub
            if low:
                return out
            continue  # optional: what follows can start the match too
        return _ANY
    return _ANY


def _two_chars(items: list) -> set[str] | None:
    """The two characters every match of a parsed alias begins with, or None when not simply known."""
    found = pattern_starts(items, 2)
    if not found or any(len(text) < 2 for text, _done in found):
        return None
    return {text for text, _done in found}


def _buckets() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """Per first two characters, the alternation of only the aliases that can start with them.

    Scanning a sentence with the whole ~300-alias alternation tries every alias at every word;
    here a cheap character-class scan finds word starts and one small alternation is tried there
    (keyed by the word's first two characters, or by its first one for the few aliases whose
    second is not a known letter). Aliases keep their lexicon order inside each bucket, so the
    same alias wins as before.
    """
    ordered: list[tuple[str, set[str] | None, set[str] | None]] = []
    n = 0
    for k, (_actor, aliases) in enumerate(LEXICON):
        for alias in sorted(aliases, key=len, reverse=True):
            try:
                items = list(_parser.parse(alias))
                first, two = _first_chars(items), _two_chars(items)
            except Exception:  # noqa: BLE001 (a private API: fall back to trying the alias everywhere)
                first = two = _ANY
            ordered.append((f"(?P<a{k}_{n}>{alias})", first, two))
            _PREFIXES[ordered[-1][0]] = _prefixes(alias)
            n += 1
    chars = set().union(*(f for _, f, _ in ordered if f is not _ANY))
    pairs = set().union(*(t for _, _, t in ordered if t is not None))

    def starts_with(key: str, first: set[str] | None, two: set[str] | None) -> bool:
        if two is not None:
            return len(key) == 2 and key in two
        return first is _ANY or key[:1] in first

    # A two-character key holds every alias that can start so; a one-character key only those
    # whose second character is not known (tried when the word's first two make no key).
    by_key = {key: [alt for alt, f, t in ordered if starts_with(key, f, t)] for key in pairs | chars}
    by_key = {key: alts for key, alts in by_key.items() if alts}
    anywhere = [alt for alt, f, _ in ordered if f is _ANY]
    if anywhere:
        # Some alias can start with anything: every word start is a candidate.
        start = re.compile(r"(?<![\w])[\w]")
        default = _Lazy("(?:" + "|".join(anywhere) + r")(?![\w])")
    else:
        # Only word starts some bucket is keyed by: a key's one character, or a key's two.
        ones = sorted(key for key in by_key if len(key) == 1)
        seconds: dict[str, set[str]] = {}
        for key in by_key:
            if len(key) == 2 and key[0] not in ones:
                seconds.setdefault(key[0], set()).add(key[1])
        parts = ["[" + "".join(map(re.escape, ones)) + "]"] if ones else []
        parts += [re.escape(ch) + "[" + "".join(map(re.escape, sorted(nxt))) + "]" for ch, nxt in sorted(seconds.items())]
        start = re.compile(r"(?<![\w])(?:" + "|".join(parts) + ")")
        default = None
    table: dict[str, re.Pattern[str] | _Lazy] = {}
    for key, alts in by_key.items():
        table[key] = _Lazy("(?:" + "|".join(alts) + r")(?![\w])", table, key)
    if default is not None:
        table[""] = default
        default.home, default.key = table, ""
    for key, alts in by_key.items():
        if len(key) == 2 and len(alts) >= _DEEP_FROM:
            _deepen(key, alts)
    return start, table


_DEEP_KEY = 6
"""Characters of the deeper key of a crowded bucket ("the Uk", "the Ru"...)."""
_DEEP_FROM = 12
"""Buckets of this many aliases or more are split again by the deeper key."""
_PREFIXES: dict[str, list[str] | None] = {}
"""Alias alternative -> the literal beginnings (up to _DEEP_KEY characters) of its matches, or None."""
_DEEP: dict[str, re.Pattern[str] | None] = {}
"""A crowded bucket's aliases that can begin with a given _DEEP_KEY characters, in their order."""
_REST: dict[str, re.Pattern[str] | None] = {}
"""A crowded bucket's aliases that can begin where none of the deeper keys is written."""


def _prefixes(alias: str) -> list[str] | None:
    """The literal beginnings of an alias's matches, each _DEEP_KEY long or shorter where the
    literal ends (anything may follow); None when not simply known."""
    if "(?" in alias.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<", ""):
        return None  # an inline flag ("(?i:...)") changes what its letters match
    try:
        found = pattern_starts(list(_parser.parse(alias)), _DEEP_KEY)
    except Exception:  # noqa: BLE001 (a private API: then the alias goes in every deeper bucket)
        return None
    if not found or any(len(text) < _DEEP_KEY and not done for text, done in found):
        return None
    return [text for text, _done in found]


def _deepen(key: str, alts: list[str]) -> None:
    """Split a crowded bucket by the first _DEEP_KEY characters: an alias goes under each deeper
    key it can begin with, and an alias whose beginning is shorter or not known under every one
    and under the rest, so each deeper bucket holds every alias of the bucket that can match there."""
    def can_start(alt: str, deep: str | None) -> bool:
        found = _PREFIXES.get(alt)
        if found is None:
            return True
        if deep is None:  # where no deeper key is written: only a shorter beginning can match
            return any(len(text) < _DEEP_KEY for text in found)
        return any(deep.startswith(text) for text in found)

    deeper = {text for alt in alts for text in (_PREFIXES.get(alt) or ()) if len(text) == _DEEP_KEY and text[:2] == key}
    for deep in deeper:
        kept = [alt for alt in alts if can_start(alt, deep)]
        _DEEP[deep] = _Lazy("(?:" + "|".join(kept) + r")(?![\w])", _DEEP, deep)
    rest = [alt for alt in alts if can_start(alt, None)]
    _REST[key] = _Lazy("(?:" + "|".join(rest) + r")(?![\w])", _REST, key) if rest else None


_ACTOR_RE, _ACTORS = _compile()
_WORD_START, _BUCKETS = _buckets()


def _match_at(sentence: str, at: int) -> re.Match[str] | None:
    """The actor alias that begins at `at`, by the buckets of its first characters."""
    key = sentence[at:at + 2]
    if key in _REST:
        # A crowded bucket: only the aliases that can begin with the next few characters.
        deep = sentence[at:at + _DEEP_KEY]
        bucket = _DEEP[deep] if deep in _DEEP else _REST[key]
    else:
        bucket = _BUCKETS.get(key) or _BUCKETS.get(sentence[at], _BUCKETS.get(""))
    return bucket.match(sentence, at) if bucket is not None else None


def find_actors(sentence: str) -> list[ActorMention]:
    """Every actor named in a sentence, left to right; at one position the earlier entry wins."""
    out = []
    pos = 0
    for w in _WORD_START.finditer(sentence):
        at = w.start()
        if at < pos:
            continue
        m = _match_at(sentence, at)
        if m is None:
            continue
        out.append(ActorMention(at, m.end(), _titled_head(sentence, at, m.end(), _ACTORS[int(m.lastgroup[1:].partition("_")[0])])))
        pos = m.end()
    return out


def _titled_head(sentence: str, start: int, end: int, actor: Actor) -> Actor:
    """'Mayor Ihor Terekhov': a head the lexicon names is his side's, not any town's official."""
    if actor.side == "local" and sentence.startswith(("Mayor ", "Governor "), start):
        named = _match_at(sentence, sentence.index(" ", start) + 1)
        if named is not None and named.end() == end:
            return _ACTORS[int(named.lastgroup[1:].partition("_")[0])]
    return actor


def find_actors_slow(sentence: str) -> list[ActorMention]:
    """find_actors by the one big alternation (the reference the fast scan is tested against)."""
    return [ActorMention(m.start(), m.end(), _titled_head(sentence, m.start(), m.end(), _ACTORS[int(m.lastgroup[1:])]))
            for m in _ACTOR_RE.finditer(sentence)]
