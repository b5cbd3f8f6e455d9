"""Stance, the last word on each voice of a sentence, by CLAIMS_GUIDE.md.

Contract: `revise(orig, low, voices, actors, speaker, lang_side)` takes the voices attribution
found (stance, side, speaker name, event, clause span) and returns them corrected and
completed by the guide's rules:
- a defender saying it still holds a place denies the other side's claim;
- an independent voice stating a capture or advance confirms it;
- nobody speaking: Russian- or Ukrainian-language text speaks for its state, a strike is
  reported by the side it hit, an advance narrated in English is an independent confirmation;
- a reporter's hedge is `other`, and the claim it hedges is a statement of the claimant's side
  when the sentence attributes it ("the Russian claim", "the ministry said");
- a party's denial of the other side's attributed claim ("rejected Moscow's claims that")
  is two statements: the claim and the denial.
"""

from __future__ import annotations

import re

from tui.core.claims.actors import ActorMention
from tui.core.claims.cues import ATTEMPT_BEFORE, ATTEMPTS_FAILED, CAPTURE_RE, CONFIRM_VERB, CONTINUING, DENIAL, ENEMY, EVIDENCE, FIRE_SEEN, FLAG_TORN_DOWN, FOILED, FORCES_HIT, FREED_FROM, HEDGE, MOVED_BACK, MOVED_TO_BETTER, NO_COMMENT, NOT_LEFT_CYR, NOT_SO_IN_FACT, OWNED_BY, POSITIONS_NOT_LOST, REPORT, SITUATION_HELD_CYR, STILL_THERE, STRIKE_RESULT, STRUCK_AFTER_SUBJECT, WITHDRAW, Cue, rx, latin_text

Voice = tuple[str, str, "str | None", str, int, int]
PARTIES = ("ru", "ua")

# Kyiv's groupings by their names, in Ukrainian and Russian: «угруповання військ «Курськ»», «группировки войск „Хортица“»
_KYIV_GROUPING_CYR = r"(?:угрупован\w*|группировк\w*) (?:військ |войск )?[«\"„“]{1,2}(?:курсь?к|хортиц|таври|таврі)"
# "its forces had not been pushed out of X", "our troops have not withdrawn": the withdrawal denied, the
# speaker's side still there
_NOT_WITHDRAWN = (r"\b(?:(?:has|have|had|did|do|does) not|(?:has|have|had)n['’]t|didn['’]t|never) (?:yet )?(?:been )?"
                  r"(?:withdr[ae]wn?|withdraw|retreat(?:ed)?|pulled (?:back|out)|pull (?:back|out)|pushed out|driven out|forced out|"
                  r"knocked out|left|leave|abandoned|abandon)\b|")
# The speaker's own side still holds: "remains under Ukrainian control", "still hold the north".
# "retains control of X", "kept control over X": either side's words for a place it has not lost
_KEEPS_CONTROL = (r"\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept) (?:full |firm |complete )?control (?:of|over)\b|"
                  # "..., but Ukraine's military said it remained in control there": the teller's own hold
                  r"\b(?:said|says|insisted|insists|stated|added) (?:that )?(?:it|they) (?:still )?remain(?:s|ed)? in (?:full |firm )?control\b|"

                  # «зберігають контроль над X», «сохраняют контроль над X»
                  r"\b(?:зберіга\w*|зберегл\w*|утримують|сохраня\w*|сохранил\w*) (?:повн\w+ |надійн\w+ |полн\w+ |надежн\w+ )?контроль (?:над|за)\b|")
_HOLDS_UA = rx(_NOT_WITHDRAWN + _KEEPS_CONTROL +
    # «перебуває під повним контролем угруповання військ «Курськ»»: a grouping of Kyiv's holds it
    r"\b(?:під|под) (?:повн\w+ |полн\w+ )?контролем " + _KYIV_GROUPING_CYR + r"|"
    # "strengthened their control over X": Kyiv's hold made firmer (Moscow's "consolidated control" follows a gain)
    r"\b(?:strengthen|reinforc|tighten)\w* (?:(?:their|its|our) )?(?:control|grip|hold) (?:of|over|on)\b|"
    # "there is no occupant presence in X": the enemy is not there
    r"\bno (?:russian |enemy )?(?:occupant|occupier|russian|enemy)s?['’]? presence\b|"
    # the enemy's flag torn down: the defender is there
    r"\b" + FLAG_TORN_DOWN + r"|"
    # "Ukraine controls the situation near X", "defence forces control the situation in the village": holding it
    r"\b(?:kyiv|ukraine|(?:ukrainian|ukraine['’]s) (?:forces|troops|army|units)|(?:our |the |ukraine['’]s )?defen[cs]e forces|our (?:troops|forces|units)) "
    r"(?:still |fully |firmly )?control(?:s|led)? the situation (?:in|near|around|at|on)\b|"
    r"\b(?:kyiv|ukraine|ukrainian (?:forces|troops|army|units)) (?:still )?remains? in (?:full |firm )?control\b|"
    r"\b(?:remains?|stays?|is,? and will be|was,? is and will be|is still) ukrainian\b|\bwill (?:always )?be ukrainian\b|\b(?:залишається|залишаються|лишається|остается|остаются) (?:\w+ )?(?:українськ|украинск)\w*|"
    r"\b(?:(?:remain\w*|still|are|was|were|stays?|stayed) |(?<=\bis ))(?:[\"“”']?(?:firmly|fully|completely)[\"“”']? )?under (?:the )?(?:full |firm )?"
    r"(?:control of (?:the )?(?:ukraine|ukrainian|our|ukraine['’]s|defen[cs]e forces|armed forces of ukraine)|(?:ukrainian|our|its|their|ukraine['’]s|kyiv['’]s) control)|"
    # a defender's bare "X still under control" (a headline, a statement): whose control goes without saying
    r"\b(?:remains?|remained|still) under (?:full |firm )?control\b(?! of)|"
    r"\bstill (?:holds?|held|holding|controls?|controlled|there|present|fighting|inside|in (?:the )?(?:town|city|village|centre|center)|in (?:the )?(?:\w+ )?(?:part|parts|districts?|outskirts) of)\b|"
    r"\b(?:ukrainian|our|its|their|his) (?:troops|forces|units|defenders|soldiers|positions) (?:are |were |remain |remained )?still (?:remain\w* )?in\b|"
    r"\bour (?:troops|forces|units|defenders|soldiers) (?:are|remain) (?:in|inside|within)\b|"
    r"\b(?:ukrainian|our|its|their) (?:troops|forces|units|defenders|soldiers) [\"“]?(?:still |now |fully |firmly |completely )?(?:control|hold)\b|"
    # "the General Staff said Ukrainian troops controlled X": the same hold in reported speech's past
    r"\b(?:said|says|insisted|stated|added|reported) (?:that )?(?:ukrainian|its|our|their) (?:troops|forces|units|defenders|soldiers) "
    r"(?:still |fully |firmly )?(?:controlled|held)\b|"
    # "saying Ukrainian units were holding X": the same hold in the continuous
    r"\b(?:ukrainian|our) (?:troops|forces|units|defenders|soldiers) (?:are|were|remain|remained) (?:still )?(?:holding|controlling|defending)\b|"
    r"\bdefending (?:our|their) positions\b|\b(?:re)?(?:affirm|confirm)\w* (?:its|their|our) control (?:over|of)\b|"
    r"\b(?:ukraine['’]s|ukrainian|our) (?:armed forces|defen[cs]e forces) (?:still |now |currently )?(?:control|hold)\b|"
    r"\b(?:still|remains?|remained) in (?:ukrainian|our|its|their) hands\b|\b(?:is|are|remains?|still) ours\b|"
    # a defender's quoted words: "it remains \"under control\"", "holding back enemy forces" in the town
    r"\bremain\w* [\"“']under (?:full |firm )?control\b|\bholding back (?:the )?(?:enemy|russian) (?:forces|troops|units)\b|"
    r"\b" + STILL_THERE + r"|\bcontinu\w+ to (?:hold|defend|control|fight)\b|\b(?:продолжа|продовжу)\w* (?:[\w-]+ ){0,2}(?:оборонять|удерживать|обороняти|утримувати|стримувати|сдерживать)\b|\bcontinu\w+ to be (?:held|controlled|defended) by (?:the )?(?:ukrainian|ukraine['’]s|our|defen[cs]e forces)|\bhold(?:ing|s)? (?:firm|on|out)\b|"
    r"\b(?:it|they|we|ukraine|kyiv) (?:is|are) (?:still )?holding\b|"
    # "Ukraine's Defense Forces Holding Lyman", "forces are \"holding Lyman well\"": the defender holds the town
    r"\b(?:forces|troops|units|defenders) (?:are )?(?:still )?[\"“]?holding (?=[A-Za-z]+\b(?! (?:back|off|on|out|talks|positions)\b))|\b(?:are|is|remains?|remained) (?:still |firmly |fully )?in control of\b|\bheld (?:firm|on|out)\b|\bstill defending\b|\bmaintain\w* (?:(?:their|its|our) )?(?:positions|control|defen[cs]es)\b|\bremain\w* in (?:the )?(?:town|city|village)\b|(?:troops|forces|units) remain\w* in\b|"
    r"\bhold(?:s|ing)? (?:the )?(?:\w+ )?(?:districts?|parts?|positions|the town|the city|front ?line|lines?|defen[cs]es?)\b|"
    r"\b(?:is|are|remains?|still) (?:still |firmly )?held by (?:the )?(?:defen[cs]e forces|ukrain\w+|our)|"
    r"залишаєт\w* під (?:нашим )?контролем|"
    # «підрозділи Сил оборони залишаються в місті», «ВСУ остаются в городе»: the defender still inside
    r"(?:залишаю\w*|залишаєть\w*|остают\w*|остаёт\w*|остает\w*) (?:[\w'’-]+ )?(?:в|у) (?:місті|селі|селищі|городе|селе|поселке)\b|під (?:нашим|українським) контролем|під (?:повним |надійним )?контролем (?:сил оборони|зсу|україни|наших)|"
    r"контролюють (?:місто|селище|село)|контролювати (?:місто|селище|село)|продовжу\w* контролювати|обороня(?:ють|є|ют|ет)\b|"
    r"перебува\w* під (?:повним |надійним )?контролем (?:сил оборони|зсу|збройн\w+ сил\w* україни|україни|українськ\w+)|"
    # «Ситуація в X контролюється Силами оборони», «ворог не перебуває в X»: Kyiv still holds it
    r"контролю(?:ється|ються) (?:[\w'’-]+ ){0,3}(?:сил\w* оборони|зсу|збройн\w+ сил\w* україни|українськ\w+ (?:військ|захисник|підрозділ)\w*)|"
    r"(?:ворог|окупант|росіян)\w* (?:\w+ )?не (?:перебуває|перебувають|присутн\w*|заходив|заходили|заход\w*)|"
    r"наш[аеиі]?(?=[»\"”!.])|утримують|тримають оборону(?! (?:[\w'’-]+ ){0,2}(?:поблизу|біля|під|неподалік|навколо|на підступах|в районі|у районі)\b)|тримають (?:\w+ ){0,2}(?:наші|українськ\w+)|(?:остает|остают|наход|пребыва)\w* под (?:полным |надежным )?контролем (?:всу|вооруженных сил украины|украин\w+|сил\w* обороны|наших)|контролюють (?:українськ\w+|наші)|"
    r"під контролем (?:українськ\w+|наших)|под (?:полным |надежным )?контролем (?:всу|вооруженных сил украины|украинск\w+|сил\w* обороны|наших)\b|контролируют (?:украинск\w+|наши)|контролиру(?:ется|ются) (?:\w+ ){0,3}(?:сил\w* обороны|всу|вооруженных сил украины|украинск\w+ (?:военн|войск|подразделен|защитник)\w*)|удержива\w*|утримува\w*|"
    r"(?:(?:по-прежнему|все ещё|всё ещё|досі|як і раніше) )?(?:контролиру(?:ет|ют)|контролює|контролюють)\b|"
    # «захисники продовжують оборонну операцію в X»: the defence still goes on inside it
    r"(?:сил\w* оборон[иы]|зсу|всу|(?:українськ|украинск)\w+(?: [\w'’-]+)?|наш[іи](?: [\w'’-]+)?|захисник\w*|защитник\w*) (?:україни |украины )?"
    r"(?:продолжа|продовжу)\w* (?:[\w'’-]+ ){0,2}(?:(?:оборонн|оборонительн)\w+ (?:операці\w+|операци\w+)|оборону)(?! (?:[\w'’-]+ ){0,2}(?:поблизу|біля|під|неподалік|навколо|на підступах|в районі|у районі|около|возле|под|вблизи|на подступах|в районе)\b)\b|"
    r"оборонн\w+ операці\w+ (?:[\w'’-]+ ){0,3}(?:трива\w*|продовжу\w*)|"
    r"продолжа\w* (?:\w+ )?контролировать|зайняли (?:кругову )?оборону (?:у|в)\b|заняли (?:круговую )?оборону в\b|"
    # "not a single position near X has been lost", «жодної позиції не втрачено»: nothing given up
    r"\b" + POSITIONS_NOT_LOST + r"|"
    r"жодно\w* (?:[\w'’-]+ )?позиці\w* (?:[\w'’-]+ ){0,3}?не (?:втрачен\w*|втратил\w*|залишил\w*)|не (?:втратил\w*|залишил\w*|втрачено) жодно\w* (?:[\w'’-]+ )?позиці\w*|"
    r"ни одной (?:[\w-]+ )?позиции (?:[\w-]+ ){0,3}?не (?:потерян\w*|потерял\w*|оставил\w*|сдал\w*)|не (?:потерял\w*|оставил\w*|сдал\w*) ни одной (?:[\w-]+ )?позиции|"
    # «наші військові не покинули X», «ВСУ не отступили из X»: the defender has not left
    + NOT_LEFT_CYR)
_HOLDS_RU = rx(_NOT_WITHDRAWN + _KEEPS_CONTROL +
    r"\b(?:remain\w*|still) in russian hands\b|\b(?:remain\w*|still) (?:firmly |fully )?under (?:russian|our|its|their|moscow['’]s) control\b|остается под контролем (?:российск|наш)")


# "The situation is under control", «ситуація під контролем українських сил»: the front holds, no place is named.
_SITUATION_BEFORE = rx(r"\b(?:situation|ситуаці\w*|ситуаци\w*|обстановк\w*) (?:\w+ ){0,2}$")


# "battles to hold the city", "struggling to hold on": an effort to hold, which says nothing of holding.
_TRYING_BEFORE = rx(r"\b(?:battl\w*|tr(?:y|ies|ied|ying)|struggl\w*|seek\w*|sought|attempt\w*) to $")


# «оккупанты контролируют половину X», «ворог утримує позиції»: the enemy is who holds, not the defender
_ENEMY_BEFORE = re.compile(r"(?:окупант|оккупант|россиян|росіян|ворог|враг|противник|загарбник|захватчик|рашист)\w* (?:[\w'’-]+ ){0,2}$|"
                           # "Russian troops hold the northern part of X", "the enemy still holds positions in Y"
                           r"\b(?:russians|(?:the )?enemy|occupiers|invaders|russian (?:troops|forces|units|soldiers|infantry)) (?:[\w'’-]+ ){0,2}$")


def _held(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first words of `pattern` in `text` that say a place is held, not that the situation is."""
    for m in pattern.finditer(text):
        if not _SITUATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not _TRYING_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                and not (m.group().startswith(("контрол", "удержива", "утримува", "утримую", "hold"))
                         and _ENEMY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            return m
    return None


def holds_own(side: str, text: str) -> bool:
    """The words of a party of `side` say its own side still holds the place ("remained under its control")."""
    return _held(_HOLDS_UA if side == "ua" else _HOLDS_RU, text) is not None


# "stopped the advance of the Russian army near X": an advance that gained nothing.
HALTED = rx(r"\b(?:stopped|halted|stalled|blunted|checked|repelled|repulsed|зупинили|зупинено|остановили|відбили|відбито|отбили|"
              # «блокують спроби ворога розширити зону окупації»: the attempts blocked
              r"блоку(?:ють|є|вали|вав)|блокиру(?:ют|ет|ли)|"
              r"отразили|зірвали|сорвали|зірвано|сорваны?|(?:смогли|змогли|удалось|вдалося) (?:сорвать|зірвати)) (?:\w+ ){0,3}(?:advance|advancing|offensive|assaults?|push|просування|наступ|продвижение|"
              r"спроб\w*|попыт\w*|штурм\w*|атак\w*)")


# Presence of the defender in evidence: footage shows them there, the place still contested.
_PRESENCE = rx(
    r"\b(?:still|maintain\w*|remain\w*|hold\w*|in control|clearing|cleared|moving|striking|evacuating|patrolling|operating|continue to operate|in the (?:centre|center)|in central|"
    r"contested|present|зачища\w*|утримую\w*|тримають|перебува\w*|присутн\w*|досі|все ще|удерживают|находятся|"
    r"присутству\w*|остаются|залишаються|в центре|в центрі|у центрі|на улицах|на вулицях|"
    # "shows Ukrainian soldiers in the northern districts of X", «у північних кварталах X»: there, in a part of the town
    r"in (?:the )?(?:northern|southern|eastern|western|central)|"
    r"(?:у|в) (?:північн|південн|східн|західн|центральн|северн|южн|восточн|западн)\w* (?:частин|част|квартал|район|мікрорайон|микрорайон)\w*)\b")
# a side's own gain in a part of a town: «звільнили кілька кварталів», «відбили деякі позиції»
_OWN_GAIN_CYR = re.compile(r"звільнил\w*|освободил\w*|відбил[аи]? (?:\w+ )?позиці\w*|отбил[аи]? (?:\w+ )?позици\w*")
_ADVANCE = rx(r"\b(?:advanc\w*|captur\w*|occupied|occupies|seiz\w*|liberat\w*|recaptur\w*|retook|retak\w*|regain\w*|gained ground|breakthrough|(?:made|making|makes|make) (?:[\w-]+ ){0,2}progress|took|taken|entered|enters?|pushed into|deeper into|further into|broke into|takes?|gains|"
               # (not "the territory surrounding X", "the surrounding villages": where, not an encirclement)
               r"(?<!territory )(?<!territories )(?<!area )(?<!areas )(?<!villages )(?<!land )(?<!the )surround\w*|"
               # "Russian troops infiltrate X", "Russian forces are inside X": a headline's narrated entry
               r"infiltrat(?:e|es|ed)\b|(?:are|were) (?:already |now )?inside|"
               r"захоп\w*|окупува\w*|просуну\w*|продвину\w*|закріпил\w*|закрепил\w*|зайшли|зайшов|зайшла|вийшли до|вышли к|увійш\w*|"
               # Kyiv's Russian-language copy: «оккупанты зашли в X», «ворвались в Y»
               r"зашл[иао]\b|зашёл|зашел|ворвал\w*|"
               r"вошли|оточил\w*|окружил\w*|взял\w*|овладе\w*|оволоді\w*|захватил\w*|заняли|занял|прорвал\w* в|"
               r"улучшил\w* (?:\w+ )?положение|покращил\w* (?:\w+ )?(?:положення|становище)|"
               # Ukrainian: «зуміли взяти», «потрапили під контроль», «окупацію X», «проникають у X»
               r"відновил[аи]? (?:свої )?позиці\w*|повернул[аи]? (?:собі )?(?:позиці|територі)\w*|"
               r"восстановил[аи]? (?:свои )?позици\w*|вернул[аи]? (?:себе )?(?:позици|территори)\w*|добил(?:ись|ась|ся) (?:[\w-]+ )?успех\w*|"
               r"вийш\w* на (?:\w+ )?околиц\w*|вышл\w* на (?:\w+ )?окраин\w*|взяти|взяли|взяв|потрапил\w* під (?:\w+ )?контроль|окупаці\w*|проника\w*|проникл\w*|проникненн\w*|увірвал\w*|помітили|(?:мають|має|мали|мав) (?:[\w'’-]+ )?успіх\w*|(?<!не )(?:имеют|имеет|имели|имела) (?:[\w-]+ )?успех\w*|"
               r"(?<!не )(?:имеют|имеет|зафиксирован\w*|фиксиру\w*) (?:\w+ ){0,2}продвижени\w*|"
               # «удалось ворваться», «подошёл к X с трёх сторон», «проломили оборону»
               r"ворвал\w*|(?:удалось|смогл[иао]?|смог|сумел[иао]?) (?:[\w-]+ ){0,4}(?:ворваться|прорваться)|проломил\w*|"
               r"подош(?:ли|ел|ёл|ла) (?:[\w-]+ ){0,3}с (?:трех|трёх|двух|нескольких|разных|всех) сторон)")
# Russian-language words that tell a strike the way its target does: Moscow's weapon named by its
# adjective (Moscow's own bulletins say «ВС РФ нанесли удар»), or Ukraine's words for the attackers.
_UA_VOICE_RU = rx(r"\b(?:российск\w+ (?:\w+ )?(?:беспилотник|дрон|ракет|удар|атак|авиаудар|авиабомб|обстрел|шахед|снаряд|бомб)\w*|"
                   r"россиян\w*|оккупант\w*|рашист\w*|(?:огнем|обстрелом|ударом|ударами) российск\w+|"
                   # Moscow's forces as the subject of the victim's verbs: Moscow says «нанесли удар», not «обстреляли»
                   r"(?:российск\w+|росси\w+|рф) (?:военн|войск|арми|подразделени)\w* (?:[\w-]+ ){0,2}(?:обстрел\w*|накрыл\w*|атаковал\w*|попал\w*)|"
                   # «войска РФ осуществили атаки по 24 населенным пунктам»: settlements attacked, Kyiv's tally
                   r"(?:войска|армия|военные) (?:рф|россии) (?:[\w-]+ ){0,3}(?:обстрел|атак|удар)\w* по (?:\d+ )?(?:населенн|жил|город|сел|поселк)\w*|"
                      # «авиационным ударам подверглись населенные пункты А, Б»: Kyiv's General Staff bulletin in Russian
                      r"(?:авиационн|ракетн)\w+ удар\w* подверглись населенн\w+ пункт\w*|"
                      # «зафиксировано 120 атак дронов по X»: a bulletin's tally of what hit its towns, the attacker unnamed
                      r"зафиксирован\w* (?:около |более |свыше |почти )?\d[\d ]* (?:[\w-]+ ){0,2}(?:атак|обстрел|удар|прил[её]т)\w*"
                      r"(?![^.]*(?:всу|вфу|украинск|киевск|боевик|националист))|"
                      # «российские военные нанесли 12 авиаударов по X»: the strikes on towns counted as their side counts them
                      r"(?:российск\w+|росси\w+|рф) (?:военн|войск|арми)\w* (?:[\w-]+ ){0,2}(?:провел|нанесл|осуществил|совершил)\w* "
                      r"(?:около |более |свыше )?\d+ (?:[\w-]+ )?(?:авиа)?(?:удар|обстрел|атак)\w* по|"
                   r"росси[яи] (?:[\w-]+ ){0,2}(?:ударил\w*|атаковал\w*|атакова\w*|обстрел\w*))")
# A gain Moscow's own voice never narrates for Kyiv: «восстановила контроль», «вернули контроль», «освободили».
_UA_GAIN_RU = rx(r"\b(?:восстановил[аио]? контроль|установил[аио]? (?:полный )?контроль|подняли (?:[\w-]+ )?флаг украины|вернул[аио]? (?:контроль|село|поселок|посёлок|город|деревню)|освободил[аио]?|отбил[аио]?|отразил[аио]?|отбросил[аио]?|остановил[аио]?|"
                  # «выбили противника из X», «вытеснили оккупантов из Y»
                  r"(?:выбил[аио]?|вытеснил[аио]?) (?:[\w-]+ ){0,3}из|"
                  # «провели успешную контратаку и зачистили X»: a counterattack and what it cleared
                  r"(?:провел[аио]? (?:[\w-]+ )?контратак\w* (?:и )?)?зачистил[аио]?|"
                  # «ВСУ удалось ... взять под контроль X»: what Kyiv's forces managed (the forces in the dative)
                  r"(?<!не )(?:удалось|удалос[ья]|смогли|сумели) (?:[\w%-]+ ){0,8}?(?:взять|освободить|вернуть|отбить|отбросить|восстановить))\b")
_MANAGED_RU = ("удал", "смог", "сумел")
"""A gain told as managed may stand further from its doer («ВСУ благодаря ... удалось»)."""
# A retaking in the Russian words Kyiv's side uses, whoever is named: «вернули контроль», «контрнаступление»,
# «отбили 56 квадратных километров»
_UA_RETAKE_RU = rx(r"\b(?:вернул[аио]? контроль|восстановил[аио]? контроль|контрнаступ\w*|"
                    r"отбил[аио]? (?:[\w-]+ ){0,2}(?:квадратн\w+ )?(?:километр\w*|км)\b)")
# Moscow's flag in Ukrainian words: «прапор РФ», «російський прапор», «триколор».
_RU_FLAG_UA = rx(r"\b(?:прапор\w* (?:рф|росії|російськ\w*|окупант\w*)|(?:російськ|окупантськ)\w* прапор\w*|триколор\w*)")
# Kyiv's flag raised, in Russian words; Moscow's media tell of it only as staged for a camera
_UA_FLAG_RAISED_RU = rx(r"\b(?:подня|поднима|установи|водрузи|вывеси)\w* (?:[\w-]+ ){0,2}флаг\w* украины|"
                        r"(?:украинск\w+|государственн\w+ флаг\w* украины) (?:[\w-]+ )?флаг\w* (?:[\w-]+ )?(?:поднят|установлен|водружен)\w*")
_STAGED_RU = rx(r"\b(?:постановоч|съемк|съёмк|видеоролик|пиар|фейк|пропаганд|инсценир)\w*")
# Kyiv's hold told in Russian words, whoever writes them.
_UA_HELD_RU = rx(r"\bпод (?:\w+ )?контролем (?:всу|вооруженных сил украины|украин\w+|сил обороны)")
# What a Russian-language denial rejects in Kyiv's words: a Russian «захват» or «оккупация» of the place.
_KYIV_DENIES_RU = rx(r"\b(?:захват\w*|оккупаци\w*|российск\w+ (?:войск|военн|подразделени|арми)\w*|россиян\w*|"
                     # «армия РФ так и не смогла взять X»: Moscow's own failure, which only Kyiv's media tell
                     r"(?:арми\w*|войск\w*|вс) (?:рф|россии)\b|"
                     # «продвижение врага по X не зафиксировано»: the enemy's advance, as Kyiv's officials put it in Russian
                     r"(?:продвижени|наступлени)\w* (?:врага|противника|оккупантов)\b|"
                     # «X не находится под контролем РФ»: Moscow's hold denied, which Moscow never does
                     r"не (?:находится|находятся|находилс\w*) (?:\w+ )?под (?:\w+ )?контролем (?:рф|россии|российск\w+))")
_SEIZED_RU = rx(r"\b(?:захвати(?:л|ли|ла|ло)|захвачен\w*|оккупировал\w*|оккупирован[аоы]?\b)")
_RU_FORCES_RU = rx(r"\b(?:российск\w+ (?:арми|войск|военн|подразделени|штурмовик|сил)\w*|(?:арми[яи]|войска|вс) (?:россии|рф)\b)")
# Outcomes a party reports of its own action (not narration of a change of control).
_SECOND_CLAUSE = re.compile(r"\s(?:as|while|whereas|amid)\s")
_OWN_RESULT = rx(r"\b(?:repel\w*|repuls\w*|thwart\w*|fought off|beat(?:en)? (?:back|off)|destroy\w*|cleared|held|holding|hold|"
                 r"(?:stopped|halted|foiled) (?:[\w-]+ ){0,3}(?:attempts?|attacks?|assaults?|advances?))\b")
# A claim attributed to a party: "the Russian claim", "Moscow's claims", "claims by the MoD".
_ATTRIBUTED = Cue(
    r"\b(?:(?P<adj>russian|russia['’]s|moscow['’]s|kremlin['’]s|the kremlin['’]s|ukrainian|ukraine['’]s|kyiv['’]s|"
    r"the ministry['’]s|the defen[cs]e ministry['’]s|russian defen[cs]e ministry['’]s|gerasimov['’]s|putin['’]s)"
    r" (?:(?!(?:rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes|called|calls|questioned|"
    # ("a Ukrainian commander said claims about X were untrue": the party speaks, the claims are not its own)
    r"said|says|told|stated|added|insisted|noted|wrote|stressed)\b)\w+ ){0,2}"
    r"(?:claims?|statements?|reports?|assertions?|boasts?|announcements?|declarations?|report|allegations?|versions?|accounts?|"
    # ("Russian fakes about the capture of X": the claim answered, named by its scorner's word)
    r"fakes?(?= (?:about|of|on|regarding) )|"
    r"claimed(?= (?:capture|seizure|fall|liberation|takeover)\b))(?!\w)|"
    r"(?:claims?|statements?|reports?|assertions?) (?:made )?(?:by|in|from) (?:the )?(?P<by>russian|russia|moscow|the kremlin|kremlin|ukrainian|ukraine|kyiv)|"
    r"(?:заяв(?:а|и|у|ою|ам|ами|ах|і)?\b|твердженн\w*|повідомленн\w*|інформаці\w*|заявлени\w*|утверждени\w*|сообщени\w*|информаци\w*|"
    r"доповід(?:ь|і|ями|ях)\b|доклад(?:а|у|е|ом|ы|ов)?\b|брехн\w*|лож(?:ь|и|ью)\b|фейк\w*|вигадк\w*|вымысл\w*|"
    # (not past a verb of denial: «ці заяви спростував командувач угруповання» is who denies them)
    r"вкид\w*|вброс\w*) (?:(?!про\b|о\b|об\b|спрост|опроверг|заперечи|запереч|отверг)\w+ ){0,4}(?P<cyr>минобороны(?! украины)|пропагандист\w*|окупант\w*|оккупант\w*|загарбник\w*|захватчик\w*|"
    r"країни-агресор\w*|страны-агрессор\w*|агресор\w*|агрессор\w*|росі\w*|росс\w*|рф|кремл\w*|москв\w*|герасимов\w*|путін\w*|путин\w*|"
    r"ворог\w*|противник\w*|мінобор\w* рф|киев\w*|київ\w*|всу|зсу|украин\w*|україн\w*)|"
    r"\b(?:яку|які|яке|которую|которые|которое|це|это) (?:\w+ ){0,2}(?:поширил\w*|поширю\w*|оприлюднил\w*|распространил\w*|распространя\w*|"
    r"опубликовал\w*) (?P<rel>пропагандист\w*|росі\w*|росс\w*|окупант\w*|оккупант\w*|кремл\w*|москв\w*|україн\w*|украин\w*|київ\w*|киев\w*)|"
    r"\b(?P<pre>російськ|росій|кремлівськ|ворож|окупаційн|московськ|российск|кремлевск|вражеск|оккупационн|українськ|украинск|київськ|киевск)\w* "
    r"(?:\w+ )?(?:заяв(?:а|и|у|ою|ам|ами|ах|і)\b|заявлени\w*|твердженн\w*|інформаці\w*|доповід\w*|фейк\w*|вкид\w*|утверждени\w*|сообщени\w*|информаци\w*|доклад\w*|вброс\w*)|"
    r"\b(?:(?:як|как) (?:\w+ )?(?:стверджу\w*|заявля\w*|заяви\w*|пишуть|повідомля\w*|утвержда\w*|пишут|сообща\w*)|"
    r"за словами|по словам|за версією|по версии) "
    r"(?P<asx>пропагандист\w*|окупант\w*|оккупант\w*|росі\w*|росс\w*|кремл\w*|ворог\w*|враг\w*|україн\w*|украин\w*|київ\w*|киев\w*))|"
    # «Российские Telegram-каналы (со ссылкой на ...) распространяют информацию, что ...», «ворожі пабліки поширюють»
    r"\b(?P<spr>російськ|ворож|окупаційн|пропагандистськ|российск|вражеск|оккупационн|пропагандистск|українськ|украинск|роспропаганд)\w* "
    r"(?:[\w-]+ ){0,8}(?:поширю\w*|поширил\w*|розповсюджу\w*|розповсюдил\w*|распространя\w*|распространил\w*|тиражу\w*)")
_SOURCE_MESSAGE = re.compile(r"(?:говорится|сообщается|отмечается|ідеться|йдеться|зазначається)\s+(?:в|у|во)\s+$")
_CLAIM_OF = re.compile(r"(?:['’]s|(?<=s)['’]) (?:\w+ ){0,2}(?:claims?|assertions?|statements?|reports?|announcements?|allegations?)\b")
_CLAIM_BY = re.compile(r"\b(?:claims?|assertions?|statements?|reports?|announcements?|allegations?|information)(?: made)? (by|of) (?:the )?"
                       r"(?:(?:chief|head|commander|spokes(?:man|woman|person)|minister) of (?:the )?)?$")
# "The claim about Huliaipole, made by the Russian ministry": the claim noun and its maker apart.
_MADE_BY = re.compile(r"\b(?:claims?|assertions?|statements?|reports?|information)\b[^.;]{0,40}?,?\s+(?:made|issued|published|spread|circulated) by (?:the )?$")
# «інформацію окупантів про ...», «информация, которую распространяют прокремлевские ресурсы»: whose account is answered
_CLAIM_OF_CYR = re.compile(r"(?<!\w)(?:(?:інформаці|заявлен|твердженн|вигадк|информаци|заявлени|утверждени|выдумк|фейк)\w*|заяв(?:а|и|у|і|ою|ам|ах)) $|"
                           # «назвали ложью слова Сырского» (not «по словам X», who speaks)
                           r"(?<!\w)(?<!по )слова $|"
                           r"(?<!\w)(?:распространя|распространил|поширю|поширил|розповсюджу|розповсюдил)\w* $")
_CLAIM_SAY = rx(r"\s?(?:\w+ ){0,3}(?:said(?! to (?:be|have)\b)|says|claimed|claims|reported|announced|told|insisted|declared|spread(?:ing|s)?|"
                 r"had said|has said|заявил\w*|заяви\w*|сообщ\w*|повідоми\w*|вигада\w*|выдума\w*|поширю\w*|поширил\w*|"
                 r"распространя\w*|распространил\w*|розповсюд\w*|доповіл\w*|доповів|доложил\w*)\b")


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Ukrainian letters, or an apostrophe inside a word («Куп'янськ», «пам'ять»: Russian writes ъ there).
# ... or, in the few sentences without those letters, a word Russian does not have («ЗСУ», «ще», «було»).
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]|[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]|"
                        r"(?<![\u0400-\u04ff])(?:ЗСУ|[Щщ]о|[Щщ]е|[Цц]е|[Йй]ого|[Бб]уло|[Бб]ули|[Зз])(?![\u0400-\u04ff])")


# Kyiv's words written in Russian: what Moscow's media never call their own army or the land it
# holds. «киевские оккупанты» is Moscow's phrase for the other side, so the owner must not be Kyiv.
_UA_WORDS_RU = re.compile(r"(?<![Кк]иевские )(?<![Кк]иевских )(?<![Уу]краинские )(?<![Уу]краинских )"
                          r"\b(?:[Оо]ккупант\w*|[Зз]ахватчик\w*|[Рр]ашист\w*|[Оо]ккупационн\w*|[Вв]ременно оккупированн\w*|"
                          r"[Рр]оссиян(?:е|а|ам|ами|ах)?\b|[Сс]ил[аыу]? обороны|(?:[Аа]рмия|[Аа]рмии|[Вв]ойска|[Вв]ойск|[Вв]оенные) рф\b|"
                          # Ukraine's own units of local government, which Moscow's media do not write of
                          r"[Гг]ромад[аыуеой]\w*|ОВА\b|[А-Я][а-я]+(?:ская|цкая|ской|цкой|скую|цкую) общин\w*|"
                          # Russia's name in lower case, as Kyiv's outlets write it in Russian
                          r"(?<![\w-])(?:росси(?:я|и|ю|ей)|рф)(?![\w-])|"
                          # «армия страны-агрессора»: Kyiv's media's name for Russia
                          r"[Сс]тран\w*-агрессор\w*)")


# Kyiv's forces named as the attacker: then «россияне» are the people hit, not Kyiv's word for the enemy.
_UA_ATTACKER_RU = rx(r"\b(?:атак\w*|удар\w*|обстрел\w*|налет\w*) (?:[\w-]+ ){0,3}(?:всу|вооруженных сил украины|"
                      r"украинск\w+ (?:беспилотник|дрон|бпла|военн|войск|боевик)\w*)|\b(?:всу|вооруженные силы украины|"
                      r"украинск\w+ (?:беспилотник|дрон|бпла|военн|войск|боевик)\w*) (?:[\w-]+ ){0,2}(?:атаковал|обстрелял|ударил|нанесл|сбросил)\w*")


def _russians_hit(text: str, words: re.Pattern[str]) -> bool:
    """«Двое россиян пострадали при атаке ВСУ»: the only Kyiv-sounding word names Russian victims."""
    low = text.lower()
    return _UA_ATTACKER_RU.search(low) is not None and all(
        m.group().lower().startswith("россиян") for m in words.finditer(text))


def strike_narrator_side(sentence: str) -> str | None:
    """narrator_side for a strike: Russian that tells it in the words of the side that was hit
    («российские военные попали в жилые кварталы», «Россия продолжила обстреливать») is Kyiv's."""
    side = narrator_side(sentence)
    if side != "ru":
        return side
    low = sentence.lower()
    if ((_UA_VOICE_RU.search(low) and not _russians_hit(sentence, _UA_VOICE_RU)) or _ru_strike_killed(low)) \
            and not _STRUCK_UA_FORCES.search(low):
        return "ua"
    return side


# Kyiv's strike told as Kyiv tells it, in Russian: by the agency that made it (which only Kyiv's
# sources name as the striker), or with the enemy's forces as what was hit
_UA_OWN_STRIKE_RU = rx(r"\b(?:сбу|гур|ссо)\b[^.;]{0,40}?\b(?:поразил|атаковал|ударил|нанесл|уничтожил|уразил|вразил)\w*|"
                       r"\b(?:украинск\w+ (?:военн|бойц|защитник|дрон|беспилотник|подразделени|войск|артиллерист)\w*|всу|"
                       r"сил[ыа]? обороны)\b[^.;]{0,30}?\b(?:поразил|уничтожил|ударил|нанесл)\w* (?:[\w-]+ ){0,4}"
                       r"(?:врага|противника|оккупантов|российск\w+ (?:войск|военн|техник|арми)\w*)")


# Before the forces that open a clause: an opening adverbial and the units they are of
# ("On the night of August 15, units of the ...", "In addition, the ...")
_SUBJECT_LEAD = re.compile(r"(?:(?:in addition|also|meanwhile|overnight|earlier|later|at night|last night|on [\w ]{3,30}?|"
                           r"in the early hours of [\w ]{3,20}?),? )?(?:(?:units?|soldiers|fighters|operators|crews?) of )?(?:the )?")
# What a side's own report of its strike names: a military or fuel target (the side that was hit tells of its
# dead and its houses)
_MILITARY_TARGET = re.compile(r"\b(?:oil|refiner\w*|fuel|depots?|terminals?|air ?bases?|airfields?|radars?|arsenals?|ammunition|"
                              r"warehouses?|storage|command posts?|headquarters|launchers?|air[- ]defen[cs]e|ships?|vessels?)\b")
_HIT_VERB = re.compile(r"\b(?:struck|hit|destroyed|targeted)\b")
_PEOPLE_HARMED = re.compile(r"\b(?:injur\w*|wound\w*|kill\w*|dead|died|civilians?|houses?|homes|residential|apartments?|children)\b")


def _striking_subject(low: str, doers: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """The side's forces that open an English clause and strike: a named service of theirs whatever it hit,
    the army as a whole when what it hit is a military or fuel target and no one was hurt."""
    unit = next((a for a in doers if start <= a.start < end), None)
    if unit is None or unit.actor.side not in PARTIES or not low.isascii() or not _SUBJECT_LEAD.fullmatch(low, start, unit.start):
        return None
    verb_at = unit.end
    if low.startswith(", ", verb_at) and (aside := low.find(", ", verb_at + 2, verb_at + 90)) != -1:
        verb_at = aside + 1  # "units of X, in cooperation with other components of Y, struck ..."
    if (struck := STRUCK_AFTER_SUBJECT.match(low, verb_at, end)) is None:
        return None
    if unit.actor.rank >= 2 and (_HIT_VERB.search(struck.group()) or _MILITARY_TARGET.search(low, verb_at, end)):
        return unit  # (not "the Armed Forces of Ukraine shelled X and Y; a power line was damaged": the hit side's words)
    # (not "attacked" or "shelled": the words of the side that was hit)
    return unit if _HIT_VERB.search(struck.group()) and _MILITARY_TARGET.search(low, verb_at, end) \
        and not _PEOPLE_HARMED.search(low, start, end) else None


_STRUCK_BY = re.compile(r"\b(?:was|were|has been|have been|had been) (?:\w+ )?(?:attacked|struck|hit|targeted) by (?:the )?$")


def _striking_agent(low: str, doers: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """A side's named service after a passive strike verb in English: "X was attacked by the SBU"."""
    if not low.isascii():
        return None
    return next((a for a in doers if start <= a.start < end and a.actor.rank >= 2 and a.actor.side in PARTIES
                 and _STRUCK_BY.search(low, max(start, a.start - 40), a.start)), None)


def _claim_and_its_answer(low: str, voices: list[Voice], actors: list[ActorMention],
                          speaker: ActorMention | None) -> list[Voice] | None:
    """A sentence that opens on the other side's claim and answers it with the place still held or fought
    for: the claim, and the answer's denial ("Contrary to claims by Russian bloggers, Ukrainian forces still
    hold X, the group added": the outsider's answer; «Попри заяви Росії про захоплення X, там триває
    зачистка»: the claimant's foe's)."""
    if not voices or voices[0][3] != "control":
        return None
    at, to = voices[0][4], voices[-1][5]
    if len(voices) == 1 and low.startswith(("contrary", "despite", "in contrast")) \
            and (contrary := _CONTRARY_TO_CLAIMS.match(low)) is not None \
            and (claimed := next((a for a in actors if a.actor.side in PARTIES and a.start < contrary.end()), None)) is not None \
            and holds_own("ua" if claimed.actor.side == "ru" else "ru", low[contrary.end():]):
        # the answer is a party's when one speaks after the claim, else the outsider's
        teller = speaker if speaker is not None and speaker.start >= contrary.end() and speaker.actor.side in (*PARTIES, "other") else None
        return [("claim", claimed.actor.side, claimed.actor.name, "control", at, to),
                ("denial", teller.actor.side if teller else "other", teller.actor.name if teller else None, "control", at, to)]
    if not low.isascii() and (despite := _DESPITE_CLAIM_CYR.match(low)) is not None and _STILL_FOUGHT_CYR.search(low, despite.end()):
        side = next((a.actor.side for a in actors if a.actor.side in PARTIES and a.start < despite.end()), "ru")
        return [("claim", side, None, "control", at, to), ("denial", "ua" if side == "ru" else "ru", None, "control", at, to)]
    return None


def _ru_strike_killed(low: str) -> bool:
    """«Российские войска нанесли удар по X, погибли три человека»: Moscow's strike told with its dead."""
    return ("погиб" in low or "ранен" in low or "пострада" in low or "поврежд" in low) \
        and (struck := _RU_STRIKE_KILLED.search(low)) is not None \
        and not _ENEMY_DEAD.match(low, struck.end())


# Moscow's forces striking and people killed or hurt by it, or homes and shops damaged: Moscow's media tell of
# their strikes with what they destroyed, never with the civilians they killed; the side that was hit does
_RU_STRIKE_KILLED = rx(r"\b(?:российск\w+ (?:войск|военн|арми)\w*|(?:войск\w*|арми\w*|вс) рф|россия|росси[яи] (?:нанесл|ударил|атаковал)\w*)"
                       r"[^.;!?]+?\b(?:погиб\w*|ранен\w*|пострадал\w*|поврежден\w* (?:[\w-]+ ){0,2}(?:магазин|торгов|рын|жил|дом|здани|многоэтаж|школ|больниц|автомоб|квартир)\w*)")
_ENEMY_DEAD = rx(r"[^.;]{0,30}\b(?:военнослужащ|боевик|наемник|солдат|бойц|всу|нацистов|националист)\w*")


# «удары по аэродрому украинских войск», «поразили позиции ВСУ»: Kyiv's forces as the target, which
# only the attacker tells of (Kyiv's media name the town or the civilians that were hit)
_STRUCK_UA_FORCES = rx(r"\b(?:удар\w*|поразил\w*|поражени\w*) (?:[\w-]+ ){0,5}?(?:украинских (?:войск|военных|формирований|подразделений)|всу|"
                        r"вооруженных сил украины|противника)\b")


def narrator_side(sentence: str) -> str | None:
    """The side whose voice a Cyrillic sentence speaks in: its language's state, except Russian
    written in Kyiv's words («оккупанты», «армия рф», «Силы обороны»), which Ukrainian outlets use."""
    side = lang_side(sentence)
    if side == "ru" and ("кк" in sentence or "хват" in sentence or "аши" in sentence or "рф" in sentence or "росси" in sentence
                         or "оссиян" in sentence or "бороны" in sentence or "ромад" in sentence or "ОВА" in sentence
                         or "агрессор" in sentence or "бщин" in sentence) \
            and _UA_WORDS_RU.search(sentence) and not _russians_hit(sentence, _UA_WORDS_RU):
        return "ua"
    return side


_RUSSIAN_LETTER = re.compile(r"[ыэъёЫЭЪЁ]")
# Words only one of the languages writes: a verbal noun in -ння/-ття («захоплення»; Russian -ние/-тие),
# a past tense in -ували/-ювали («атакували»; Russian -овали), «знову», «зазнав» (Russian «снова»,
# «подвергся»); Russian «под», «от», «сутки», «кроме» (Ukrainian «під», «від», «доба», «крім»), «та же».
_UK_WORD = re.compile(r"\b(?:сили|та(?! же\b)|що|щоб|також|вже|поблизу|ворог\w*|окупант\w*|зсу|й|загарбник\w*|наші|\w+(?:нн|тт)я|"
                      r"\w+[ую]вал[аио]?|знову|зазна\w+|"
                      # the words of a strike's harm that Russian says otherwise («У Краматорську поранено 2 людини»)
                      r"людин\w*|поранен\w*|загину\w*|пошкодж\w*|будин\w*|вибух\w*|вдар\w*)\b")
_RU_WORD = re.compile(r"\b(?:что|также|уже|около|вблизи|враг\w*|оккупант\w*|всу|силы|наши|и|под|от|сутки|кроме|после|его|когда|где|полностью)\b")


def lang_side(sentence: str) -> str | None:
    """The side whose language a Cyrillic sentence is in (Ukrainian letters, Russian letters)."""
    if sentence.isascii() or not _CYRILLIC.search(sentence):
        return None
    # Ukrainian text nearly always has і, ї, є, ґ or an apostrophe in a word; Russian text has none of them.
    if _UKRAINIAN.search(sentence):
        return "ua"
    # A short Ukrainian sentence may lack them («Сили оборони знищили два танки противника»): without
    # ы, э, ъ or ё, Ukrainian-only words decide.
    if not _RUSSIAN_LETTER.search(sentence) and len(_UK_WORD.findall(sentence.lower())) > len(_RU_WORD.findall(sentence.lower())):
        return "ua"
    return "ru"


def _adj_side(word: str) -> str:
    return "ua" if word.startswith(("ukrain", "kyiv")) else "ru"


def claimant(low: str, actors: list[ActorMention], not_side: str | None = None,
             nouns_only: bool = False) -> tuple[str, str | None] | None:
    """(side, name) of a party the sentence attributes a claim to, other than `not_side`
    (`nouns_only`: only by a claim noun, "X's claims", "claims by X", not by "X said")."""
    for m in _ATTRIBUTED.finditer(low):
        if _SOURCE_MESSAGE.search(low, max(0, m.start() - 24), m.start()):
            continue  # «..., говорится в сообщении бригады ВСУ»: the message that speaks, not a claim answered
        groups = m.groupdict()
        word = groups.get("adj") or groups.get("by") or ""
        if cyr := groups.get("cyr") or groups.get("rel") or groups.get("pre") or groups.get("asx") or groups.get("spr"):
            word = "ukrain" if cyr.startswith(("киев", "київ", "всу", "зсу", "украин", "україн")) else "russia"
        if word.startswith(("the ministry", "the defen")):
            continue  # whose ministry: only a speaker next to a verb says
        side = _adj_side(word)
        if side != not_side:
            return side, "Ukraine" if side == "ua" else "Russia"
    for a in actors:
        if a.actor.side in PARTIES and a.actor.side != not_side and (
                (not nouns_only and _CLAIM_SAY.match(low, a.end)) or _CLAIM_OF.match(low, a.end)
                or ((by := _CLAIM_BY.search(low, max(0, a.start - 40), a.start))
                    and (by.group(1) == "by" or a.actor.rank == 2)
                    # "a statement by the Ukrainian military said: ...": the statement speaks, it is not answered
                    and not (nouns_only and _CLAIM_SAY.match(low, a.end)))
                or _MADE_BY.search(low, max(0, a.start - 80), a.start)
                or (not low.isascii() and _CLAIM_OF_CYR.search(low, max(0, a.start - 24), a.start))):
            return a.actor.side, a.actor.name
    return None


def _agent(actors: list[ActorMention]) -> ActorMention | None:
    return next((a for a in actors if a.actor.side in PARTIES), None)


# «перейшло під контроль російських військ», «перешел под контроль ВС РФ»: who holds it now, in Kyiv's
# and Moscow's words (a party saying so of the other side concedes it).
UNDER_SIDE_CYR = re.compile(r"(?<!\w)(?:під|под) (?:повн\w+ )?контрол\w* (?:\w+ ){0,1}?(рос\w+|рф|вс рф|укр\w+|всу|зсу|сил\w* оборон\w+|"
                            # Kyiv's groupings by their names: «під контролем угруповання військ «Курськ»»
                            + _KYIV_GROUPING_CYR + r"\w*)(?!\w)")


_NOT_BEFORE_CYR = re.compile(r"(?<!\w)(?:не|ні|ни)\s+(?:\w+\s+)?$")


def holder_side(held: re.Match[str]) -> str:
    """The side a match of UNDER_SIDE_CYR (or voice's English one) says holds the place."""
    return "ru" if next(g for g in held.groups() if g).startswith(("russ", "mosc", "рос", "рф", "вс рф")) else "ua"


# "X not captured", "the town has not been taken": the capture itself negated
NOT_TAKEN = re.compile(r"\bnot (?:been )?(?:captured|taken|seized|occupied|encircled|surrounded|lost)\b")


def headline_speaker(orig: str, actors: list[ActorMention]) -> ActorMention | None:
    """The speaker a headline names by a colon or a dash: "Syniehubov: ...", "... — DeepState",
    «Комбат ВСУ Петренко: ...»."""
    for a in actors:
        if a.start <= 2 and orig[a.end:a.end + 2].startswith(":"):
            return a
        if a.start <= 40 and _LABEL_BEFORE_COLON.match(orig, a.end) is not None \
                and _LABEL_HEAD.fullmatch(orig, 0, a.start):
            return a  # a post, the outfit and the man's name before the colon
    return None if not actors else _dash_speaker(orig, actors)


# «Комбат ВСУ Петренко:», «Спикер ОСУВ «Хортица» Иванов:»: up to three words of a post before the
# outfit, its man's name (capitalised words) after it, then the colon.
_LABEL_HEAD = re.compile(r"(?:[А-ЯІЇЄҐЁа-яіїєґё'’-]+\s+){1,3}")
_LABEL_BEFORE_COLON = re.compile(r"(?:\s+[«\"]?[А-ЯІЇЄҐЁ][\w'’-]*[»\"]?){1,2}:\s")


def _dash_speaker(orig: str, actors: list[ActorMention]) -> ActorMention | None:
    """"... — DeepState": the last actor closing a headline after a dash."""
    last = actors[-1]
    tail = orig[last.end:].strip(" .»\"'")
    if not tail and orig[max(0, last.start - 3):last.start].strip() in ("—", "–", "-"):
        return last
    return None


# A town (or a settlement word) right after the verb is the attack's object, where it landed:
# «окупанти атакували Запоріжжя», «ВСУ атаковали поселок X», «накрили вогнем місто»; «атакували в
# районі X» or «атакував позиції» is fighting near a place. Case-sensitive: the object's capital says it.
_ATTACKED_TOWN = re.compile(
    r"(?<!\w)(?:[Аа]такува(?:в|ла|ли)|[Аа]таковал[аи]?|[Нн]акри(?:в|ла|ли) вогнем|[Нн]акрыл[аи]? огнем)\s+"
    r"(?:(?:вночі|уночі|ввечері|вранці|вдень|знову|ночью|вечером|утром|днем|снова|вновь|(?:в|у|во) (?:понедельник|вторник|"
    r"среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю))\s+)?"
    r"(?:(?:місто|село|селище|смт|город|поселок|посёлок|деревню|хутор)\s+)?[А-ЯІЇЄҐЁ]")
_FALSELY = rx(r"\b(?:falsely (?:claim|stat|report|announc|assert)\w*|(?:are|is|were|was) (?:likely )?falsifying)")
_QUOTES_OPEN = "\"“«‘'"
_QUOTE_CLOSE = re.compile(r"\w*[\"”»’']")


# A capture word alone in quotation marks: 'have "captured"', «"захоплювали"», ««звільнення»».
_SCARE_QUOTED_CAPTURE = re.compile(r"[\"“«‘](?:captur\w*|liberat\w*|seiz\w*|taken|took|encircl\w*|захопи\w*|захопл\w*|захоплю\w*|"
                                   r"звільн\w*|взят\w*|взял\w*|оточ\w*|захват\w*|освобо\w*|окруж\w*)[\"”»’]")


def _quoted_capture(clause: str) -> bool:
    """The word of capture stands in quotation marks: the reporter will not use it as their own."""
    return any(m.start() > 0 and clause[m.start() - 1] in _QUOTES_OPEN and _QUOTE_CLOSE.match(clause, m.end())
               for m in CAPTURE_RE.finditer(clause))


# "troops occupied X", "forces took X": a capture in the plain past, narrated like "captured"
_OCCUPIED_TOOK = re.compile(r"\b(?:occupied|occupies|took)\b(?! (?:part|place|positions?|cover|refuge|shelter|prisoner)\b)")
# "It is noted that ...": a report verb with nobody as its subject names no speaker.
_IMPERSONAL_REPORT = re.compile(r"\bit (?:is|was|has been|had been) (?:also )?(?:noted|stated|added)\b")


# "X reported that" closing a voice, and "that Russia claimed" opening the next: the first only relays
_RELAY_END = re.compile(r"\b(?:reported|reports|said|says|wrote|writes|noted|notes|stated)(?: on \w+)?,?\s*$")
_CLAIMED_NEXT = re.compile(r"\s*that\s+(?:[\w'’-]+\s+){1,4}?(?:claimed|claims|claiming|alleged|alleges)\b")
# Voices that do contradict their own side's command: "Russian milbloggers rejected the ministry's claim" is theirs.
_OWN_SIDE_CRITICS = frozenset(("Russian milbloggers",))


def revise(orig: str, low: str, voices: list[Voice], actors: list[ActorMention], speaker: ActorMention | None,
           language: str | None, russian_soil: bool = False) -> list[Voice]:
    """The voices of one sentence after the guide's rules (see the module docstring).

    `russian_soil`: every place of the sentence lies in Russia proper (the Kursk incursion), where
    Kyiv is the one advancing: its gains are a capture, not evidence against Moscow's."""
    out: list[Voice] = []
    if len(voices) == 2 and voices[0][5] == voices[1][4] and voices[0][0] == voices[1][0] == "claim" \
            and {voices[0][1], voices[1][1]} == {"ru", "ua"} and _RELAY_END.search(low, voices[0][4], voices[0][5]) \
            and _CLAIMED_NEXT.match(low, voices[1][4]):
        voices = voices[1:]  # "Kyiv's General Staff reported that Russia claimed ...": it relays the other side's claim
    if (answered := _claim_and_its_answer(low, voices, actors, speaker)) is not None:
        return answered
    # Who acts: the parties named as subjects, not as owners of what was hit («оборону ВСУ»).
    # («Подразделения группировки ...» opening the sentence are its subject: their owner acts.)
    doers = actors if low.isascii() else [a for a in actors if not OWNED_BY.search(low, max(0, a.start - 24), a.start)
                                          or _OPENING_UNITS.fullmatch(low, 0, a.start)]
    # "liberated from the Russian forces": those a place is freed from lost it, they did not act.
    doers = [a for a in doers if not FREED_FROM.search(low, max(0, a.start - 45), a.start)]
    if speaker is None and (labelled := headline_speaker(orig, actors)) is not None and len(voices) == 1:
        stance, side, name, event, start, end = voices[0]
        speaker = labelled
        if stance in ("claim", "denial", "confirmation") and labelled.actor.side in (*PARTIES, "other", "local"):
            if stance == "claim" and labelled.actor.side == "other":
                stance = "confirmation" if event == "control" else stance
            elif stance == "claim" and event == "control" and labelled.actor.side in PARTIES \
                    and (held := UNDER_SIDE_CYR.search(low)) is not None and holder_side(held) != labelled.actor.side:
                stance = "confirmation"  # «Комбат ВСУ: X перешел под контроль ВС РФ»: a party conceding a place
            # "... shelling Kherson – region's head": local officials speak for the place's side
            voices = [(stance, labelled.actor.side, labelled.actor.name, event, start, end)]
    for stance, side, name, event, start, end in voices:
        clause = low[start:end]
        if stance == "hedge" and side == "ua" and event == "control" and CONTINUING.search(clause) \
                and claimant(low, actors, not_side="ua") is not None:
            stance = "denial"  # Kyiv answering Moscow's capture claim with the fight still going on there
        if stance in ("claim", "confirmation") and side in PARTIES and NO_COMMENT.search(clause) \
                and (found := claimant(low, actors, not_side=side, nouns_only=True)) is not None:
            stance, (side, name) = "claim", found  # "Kyiv has not commented on the Russian claim that ...": Moscow's
        elif stance in ("claim", "confirmation") and side in PARTIES and _NOT_YET_CONFIRMED.search(clause):
            stance = "hedge"  # "Ukraine has yet to confirm the takeover": the party will not vouch for it
        elif stance in ("claim", "confirmation") and event == "control" and side == "ua" and speaker is not None \
                and speaker.actor.side == side and _SCARE_QUOTED_CAPTURE.search(clause) and _gainer_side(clause, actors) != side:
            # 'Russians have "captured" Kupiansk once again, the spokesman said', «які вони "захоплювали" вже
            # декілька разів»: the capture word held at arm's length by the other side is its claim, denied
            out.append(("claim", "ru", None, event, start, end))
            stance = "denial"
        elif stance in ("claim", "confirmation") and side in PARTIES and _REACTED.search(clause) \
                and (found := claimant(low, actors, not_side=side, nouns_only=True)) is not None:
            # «В Генштабе отреагировали на заявления России о захвате X»: the claim answered is Moscow's,
            # and the reaction itself says nothing yet
            out.append(("claim", *found, event, start, end))
            continue
        # One voice, or several clauses nobody is named in («у с. X постраждала жінка; у с. Y ...»): the narrator's
        if speaker is None and (len(voices) == 1 or all(v[2] is None for v in voices)):
            if language is not None:
                agent = _agent(doers)
                foe = _enemy_acting(clause)
                agent_side = agent.actor.side if agent is not None else (
                    ("ru" if language == "ua" else "ua") if foe else None)
                advance_by = _ADVANCE_BY_CYR.search(clause) if ("прос" in clause or "прод" in clause) \
                    and not _TRIED_OR_FOILED_CYR.search(clause) else None
                if advance_by is not None and agent_side is None:
                    # «зафіксовано просування росіян на схід від X»: the advance's noun, its party after it
                    agent_side = "ua" if advance_by.group(1).startswith(("всу", "зсу", "укр")) else "ru"
                if foe and agent is not None and agent.actor.rank == 1 and not ENEMY.search(
                        low[agent.start:agent.end]) and not _OWN.search(low[agent.start:agent.end]):
                    # (not «наші війська ..., змусивши ворога відступити»: our own troops act, the enemy yields)
                    agent_side = "ru" if language == "ua" else "ua"
                if stance == "claim" and event == "control" and agent is None and language == "ua" and _PULLED_BACK_PASSIVE.search(clause):
                    # «частина позицій була відведена»: positions pulled back, told in Ukrainian by nobody, are Kyiv's
                    # own, a concession (in Russian the words do not say whose they were)
                    stance, side, name = "confirmation", language, None
                elif stance == "confirmation" and event == "control" and side in PARTIES and side != language \
                        and ENEMY.search(clause) and _WITHDREW.search(clause):
                    stance, side, name = "claim", language, None  # «ворог ... відступив»: its foe's claim of a repulse
                elif stance == "confirmation" and event == "control" and side == "ua" and language == "ru" \
                        and _MOSCOW_WORDS_FOR_KYIV.search(clause):
                    # «Боевики ВСУ вышли из Купянска»: Kyiv's troops named in Moscow's words, their retreat Moscow's claim
                    stance, side, name = "claim", "ru", None
                elif stance == "confirmation" and event == "control" and side in PARTIES and side != language \
                        and (fled := _ONGOING_FLIGHT.search(clause)) is not None \
                        and _withdrawer(actors, start + fled.start(), fled.group()) == side and not _OWN.search(clause):
                    # «бригады ВСУ отступают у X» told in Moscow's words by nobody: the other side's retreat
                    # still going on, or its flight, is the narrating side's own success (a withdrawal done,
                    # «отошли», is what the side that made it announces)
                    stance, side, name = "claim", language, None
                elif stance == "claim" and agent is not None and agent.actor.rank == 2 and agent.actor.side in PARTIES \
                        and agent.actor.side != language:
                    side, name = agent.actor.side, agent.actor.name  # «Кремль «взяв» Куп'янськ»: a named body's own claim
                elif (stance == "claim" and event == "control" and agent_side not in (None, language)
                        and (advance_by or _ADVANCE.search(clause)) and not FOILED.search(clause) and not HALTED.search(clause)
                        and not ATTEMPTS_FAILED.search(clause)):
                    if _quoted_capture(clause):
                        side, name = agent_side, None  # «Росіяни вкотре «захопили» X»: the enemy's word, its claim
                    else:
                        stance, side, name = "confirmation", "other", None  # the enemy's advance, told by its foe
                elif (stance == "claim" and event == "control" and language == "ru" and _SEIZED_RU.search(clause)
                        and (agent_side == "ru" or _RU_FORCES_RU.search(clause)) and "освобо" not in clause
                        and not _OWN.search(clause)):
                    # «Российская армия захватила X»: Moscow says it «освободила»; a Russian «захват» is
                    # the foe's (or an outsider's) word for it, narrated as established
                    stance, side, name = "confirmation", "other", None
                elif stance == "claim" and event == "control" and language == "ru" and _ua_gains(low, start, clause, doers):
                    side, name = "ua", None  # «Армия Украины восстановила контроль над X»: Kyiv's gain as Kyiv tells it
                elif stance == "claim" and event == "control" and language == "ru" and agent_side != "ru" \
                        and _UA_RETAKE_RU.search(clause):
                    side, name = "ua", None  # «в результате контрнаступления вернули контроль над X»: only Kyiv tells a retaking so
                elif stance == "claim" and event == "control" and language == "ru" and (
                        _UA_HELD_RU.search(clause) or (agent_side == "ua" and _held(_HOLDS_UA, clause))):
                    stance, side, name = "denial", "ua", None  # «остается под контролем Сил обороны Украины»: Kyiv's hold
                elif stance == "claim" and event == "control" and language == "ru" and "флаг" in clause \
                        and _UA_FLAG_RAISED_RU.search(clause) and not _STAGED_RU.search(clause):
                    side, name = "ua", None  # «бойцы бригады подняли флаг Украины над мэрией X»: only Kyiv tells its flag raised
                elif stance == "claim" and event == "control" and language == "ua" and _RU_FLAG_UA.search(clause):
                    # «окупанти підняли прапор РФ над X»: the enemy's flag told by nobody in Kyiv's
                    # language is its advance narrated (as «окупанти зайшли у X» is), not Kyiv's claim
                    stance, side, name = "confirmation", "other", None
                elif stance == "claim" and event == "control" and language == "ua" and agent_side != "ua" \
                        and (held := UNDER_SIDE_CYR.search(clause)) is not None and holder_side(held) == "ru" \
                        and not _NOT_BEFORE_CYR.search(clause, max(0, held.start() - 24), held.start()):
                    # «частина населеного пункту перебуває під контролем російських військ», told by nobody in
                    # Kyiv's language: the foe's hold conceded
                    stance, side, name = "confirmation", "ua", None
                elif stance == "claim" and event == "strike" and language == "ru" and _UA_OWN_STRIKE_RU.search(clause):
                    side, name = "ua", None  # «дроны СБУ атаковали НПЗ», «ВСУ поразили пункт управления врага»: Kyiv's own hit
                elif stance == "claim" and event == "strike" and language == "ru" \
                        and (_UA_VOICE_RU.search(clause) and not _russians_hit(clause, _UA_VOICE_RU) or _ru_strike_killed(clause)) \
                        and not _STRUCK_UA_FORCES.search(clause):
                    side, name = "ua", None  # «удар российского беспилотника», «россияне атаковали»: told as Ukraine tells it
                elif stance == "denial" and language == "ru" and _KYIV_DENIES_RU.search(clause):
                    side, name = "ua", None  # «об оккупации речи не идёт»: only Kyiv denies a Russian capture
                elif stance == "claim" or (stance == "denial" and side not in PARTIES and name != _EVIDENCE_VOICE):
                    side, name = language, None  # the state's own media speaking in its voice (footage keeps its own)
            elif stance == "claim" and event == "strike" and (unit := _striking_subject(low, doers, start, end)) is not None:
                # "Units of the Unmanned Systems Forces also hit the Ryazan refinery", "In addition, the Defence Forces hit
                # a fuel depot near X": a side's own forces telling their hit
                side, name = unit.actor.side, None
            elif stance == "claim" and event == "strike" and (unit := _striking_agent(low, doers, start, end)) is not None:
                # "the Saratov refinery was attacked by the Unmanned Systems Forces": a named service of a side, its own hit
                side, name = unit.actor.side, None
            elif stance == "claim" and event in ("strike", "shootdown") and (owned := FORCES_HIT.search(clause)) is not None:
                # "Russian artillery struck a Ukrainian ammunition depot in X": the army's own hit on its foe's forces
                side, name = ("ua" if owned.group(1).lower() == "russian" else "ru"), None
            elif stance == "claim" and event in ("strike", "shootdown"):
                # the side that was hit, or whose air defence fired over its land, reports it (a party named
                # in the sentence with no verb of saying is the attacker or the shooter, not who reports it)
                side, name = "local", None
            elif stance == "claim" and event == "control":
                agent = _agent(doers)
                # Told by nobody at all (no "said", no "according to"): the reporter's own narration.
                took = CAPTURE_RE.search(clause) or _OCCUPIED_TOOK.search(clause)
                # (the other side's "as Ukraine battles to hold the city" is no result of the one advancing)
                own_end = answer.start() if took is not None and (answer := _SECOND_CLAUSE.search(clause, took.end())) else len(clause)
                narrated = (agent is not None and agent.actor.rank == 1 and took is not None
                            # the party is the one who took it, not its object ("X was seized by Russian troops" too)
                            and (agent.start - start < took.end() or _BY_AGENT.fullmatch(clause, took.end(), agent.start - start))
                            and _ADVANCE.search(clause) and not _OWN_RESULT.search(clause, 0, own_end)
                            and not REPORT.search(_IMPERSONAL_REPORT.sub(" ", clause))
                            and not FOILED.search(clause) and not HALTED.search(clause))
                if narrated and agent.actor.side in PARTIES and (
                        _quoted_capture(clause) or "liberat" in clause
                        or (agent.actor.side == "ua" and (TOOK_BACK.search(clause) or _TOOK_CONTROL.search(clause)))
                        or (agent.actor.side == "ru" and _MOSCOW_SPELLING.search(orig, start, end) is not None)):
                    # 'troops "liberated" X': the reporter quotes the claimant's word; "Russian forces
                    # liberate X" or "the Armed Forces of Ukraine liberated X" unquoted is a side's own
                    # media in its own voice, and so is Kyiv's taking back control of a town.
                    side, name = agent.actor.side, None
                elif narrated:
                    stance, side, name = "confirmation", "other", None
        if stance == "claim" and event == "control" and (side in PARTIES or side == "local"):
            holds = _HOLDS_UA if side in ("ua", "local") else _HOLDS_RU
            if not low.isascii() and ("контрол" in clause or "оборон" in clause) and SITUATION_HELD_CYR.search(clause):
                stance = "denial"  # «ситуация в X под контролем»: its defender still holds it
                if speaker is None or speaker.actor.side not in PARTIES:
                    side, name = ("ru" if russian_soil else "ua"), None
            elif russian_soil and side == "ru" and _ua_holds(clause, actors) and _gainer_side(clause, actors) != "ru":
                stance = "confirmation"  # Moscow's own voices saying Kyiv's troops hold a Russian town concede it
            elif russian_soil and side in ("ua", "local"):
                pass  # Kyiv saying it holds a Russian town claims it; there is no Ukrainian defender to deny
            elif _held(holds, clause) and not any(v[0] == "denial" and v[1] in PARTIES and v[1] != side for v in voices):
                # the defender still holds: a denial of the other side's claim (unless the other side
                # answers in its own clause, whose words these are)
                stance = "denial"
        if stance == "denial" and event == "control" and side in ("other", "ru") and _NO_RUSSIANS.search(clause):
            side, name = "ua", None  # "there are no Russian troops in X": only Kyiv answers a capture so
        if event == "control" and side in ("other", "ru") and stance in ("claim", "confirmation") \
                and _NO_GAIN.search(clause) and not (side == "ru" and _NO_GAIN_UA.search(clause)):
            continue  # "Russian forces made no gains near X, ISW said": fighting without a result (Kyiv's saying so is its repulse)
        if speaker is None and language is None and event == "control" and stance in ("claim", "confirmation") \
                and side in PARTIES and (_WITHDREW.search(clause) or _RETREATED.search(clause)) and not REPORT.search(clause) \
                and not _STATE_ORDERS_OUT.search(clause) \
                and (mover := _agent(doers)) is not None and mover.actor.rank == 1 and mover.start - start < 40:
            # "Russian troops withdrew from X", told by nobody: the reporter narrates a retreat as fact
            # (but "Ukrainian defenders have withdrawn": "defenders" is Kyiv's own word, its concession)
            stance, side, name = ("confirmation", "ua", None) if mover.actor.side == "ua" and "defenders" in low[mover.start:mover.end] \
                else ("confirmation", "other", None)
        if speaker is None and language is not None and event == "control" and stance == "confirmation" and side == "ru" \
                and name is not None and not _OWN.search(clause) \
                and (fled := _WITHDREW.search(clause) or _FLIGHT.search(clause)) is not None \
                and _withdrawer(doers, start + fled.start(), fled.group()) == "ru":
            # «российские войска отступили из X» told by nobody: Moscow never tells its retreats so; the narrator's fact
            stance, side, name = "confirmation", "other", None
        if speaker is None and language is None and event == "control" and stance in ("claim", "confirmation") \
                and side in PARTIES and (" to " in clause or " under " in clause or " into " in clause) and _FELL_TO.search(clause) \
                and not REPORT.search(clause) and not FOILED.search(clause):
            # "X fell to Russian forces", "X came under the control of Ukrainian troops", told by nobody:
            # the reporter narrates the change of hands as fact
            stance, side, name = "confirmation", "other", None
        if stance == "claim" and side == "other" and name is not None:
            stance = "confirmation"  # an independent voice states it as fact
        if stance == "confirmation" and side == "other" and event == "control" and not russian_soil and (
                _defender_present(clause, actors) or _ua_holds(clause, actors) or _gainer_side(clause, actors) == "ua"
                or _RUSSIANS_NOT_HOLDING.search(clause)):
            stance = "denial"  # the defender still there, or advancing, or the attacker holding nothing: evidence against the capture
        if stance == "denial" and side == "other" and name is not None and event == "control" \
                and (against := _AGAINST_CLAIMS.search(clause)) is not None \
                and (answered := claimant(low[start + against.start():end], _shifted(actors, start + against.start()), nouns_only=True)):
            # "footage shows Ukrainian troops still in X, contrary to Moscow's claims of its capture": the
            # evidence answers a party's claim, which the sentence reports too
            out.append(("claim", answered[0], answered[1], event, start, end))
        if stance == "denial" and side == "other" and name is None and latin_text(low) and _ENEMY_CLAIMS.search(clause):
            # '"The enemy claims it has taken X. That is a lie," the spokesman said': in English only
            # Kyiv's officials call Russia's forces "the enemy".
            out.append(("claim", "ru", None, event, start, end))
            side = "ua"
        elif stance == "denial" and side == "ua" and latin_text(low) and _ENEMY_CLAIMS.search(clause):
            out.append(("claim", "ru", None, event, start, end))  # the same, told by a Ukrainian officer named
        elif stance == "denial" and side == "other" and name is None and event in ("control", "other") and latin_text(low) \
                and _PARTY_DENIAL.search(clause) and {a.actor.side for a in actors if a.actor.side in PARTIES} <= {"ru"} \
                and not claimant(low, actors):
            # "reports of Russian troops on the outskirts of X are not true", or an unnamed official calling
            # a capture untrue: only Kyiv answers so (outsiders say they see no evidence)
            side = "ua"
        elif stance == "denial" and side == "other" and name is None and latin_text(low) and _ENEMY_OUTLETS.search(clause) \
                and not any(a.actor.side == "other" for a in actors):
            # '"Enemy channels say X has fallen; that is a lie," the spokesman said': only
            # Kyiv's voices call Moscow's outlets the enemy's, and what they spread is Moscow's claim
            out.append(("claim", "ru", None, event, start, end))
            side = "ua"
        elif stance == "denial" and side == "other" and name is None and latin_text(low) and _ENEMY_CAPTURED.search(clause) \
                and not any(a.actor.side == "other" for a in actors):
            side = "ua"  # "reports that the enemy captured X are false": in English only Kyiv's voices name Russia's forces so
        elif stance == "denial" and side == "other" and name is None and (found := claimant(low, actors)):
            side = "ua" if found[0] == "ru" else "ru"  # an unnamed voice rejecting Moscow's claim speaks for Kyiv
        elif stance == "denial" and side == "other" and name is None and event == "control" and latin_text(low) \
                and " lost" in clause and _NOT_LOST.search(clause) and not russian_soil \
                and not any(a.actor.side == "other" for a in actors) and _ua_holds(clause, actors):
            side = "ua"  # "X remains under Ukraine's control, no positions lost", told by nobody: the defender's own formula
        if stance == "denial" and side in PARTIES and (false := _FALSELY.search(clause)) is not None and (
                speaker is None or speaker.actor.side not in PARTIES or 0 <= start + false.start() - speaker.end <= 12) \
                and any(a.actor.side == side and a.end <= start + false.start() for a in actors):
            # "Russian forces falsely claimed to have captured X", an analyst's words: Moscow's claim,
            # and the narrator's own verdict on it.
            out.append(("claim", side, name, event, start, end))
            side, name = "other", None
        elif stance == "denial" and side in PARTIES and (answer := _answering(low, [a for a in actors if a.start < end], side)) is not None:
            # "X claims it took Y, Z says that is untrue": the denial is Z's, the claim X's.
            out.append(("claim", side, name, event, start, end))
            side, name = answer.actor.side, answer.actor.name
        elif stance == "denial" and side in PARTIES and language not in (None, side) and speaker is not None \
                and speaker.actor.side == side and (turn := _CONTRAST.search(low, speaker.end)) is not None and not DENIAL.search(low, 0, turn.start()) \
                and DENIAL.search(low, turn.end()):
            # «Окупанти заявляють, що захопили X, проте ... навіть не наблизилися»: the party's claim,
            # then the narrator's own rebuttal in the language of the other side.
            out.append(("claim", side, name, event, start, end))
            side, name = language, None
        elif stance == "denial" and side in PARTIES and (rebut := _REBUTTAL.search(low)) is not None and any(
                a.actor.side == side and a.end <= rebut.start() and _CLAIM_SAY.match(low, a.end) for a in actors):
            # '"Russia claims it has taken X. This is not true," a spokesman said': the claim quoted,
            # then the answer to it, which is the other side's.
            out.append(("claim", side, name, event, start, end))
            side, name = ("ua" if side == "ru" else "ru"), None
        elif stance == "denial" and side in PARTIES and DENIAL.search(low) \
                and (found := claimant(low, actors, nouns_only=True)) and found[0] == side \
                and (speaker is None or speaker.actor.side == side):
            # "The ministry's claims about Toretsk are untrue, the command said": the claimant is
            # not the one who denies.
            out.append(("claim", side, found[1], event, start, end))
            side, name = ("ua" if side == "ru" else "ru"), None
            if speaker is not None and speaker.actor.name in _OWN_SIDE_CRITICS and found[1] != speaker.actor.name:
                side, name = speaker.actor.side, speaker.actor.name  # the critics deny their own command's claim
        if stance == "claim" and side in PARTIES and language not in (None, side) \
                and (despite := _DESPITE.search(low)) is not None \
                and any(a.actor.side == side and a.start >= despite.start() for a in actors) \
                and not any(a.actor.side == side and a.actor.rank == 2 and a.end <= despite.start() for a in actors):
            # «... втрачають контроль над X попри заяви Путіна про оточення»: the party speaks only inside
            # "despite its claims"; the sentence itself answers it in the other side's voice.
            out.append(("claim", side, name, event, start, end))
            stance, side, name = "denial", language, None
        if stance in ("claim", "hedge") and event == "control" and side in PARTIES and (conceded := _CONCEDED.search(clause)) \
                and not (side == "ru" and conceded.group().startswith("russian")):
            # "the enemy managed to enter X", said by the defender (Moscow telling of its own troops in X claims it)
            stance = "confirmation"
            if conceded.group().startswith(("всу", "украинцам")):
                side, name = "ru", None  # «ВСУ удалось потеснить наши подразделения»: Moscow's voice concedes
        elif stance == "claim" and event == "control" and not low.isascii() and speaker is not None \
                and speaker.actor.side == side and side in PARTIES \
                and _enemy_advanced(_without(clause, speaker.start - start, speaker.end - start), side):
            stance = "confirmation"  # «по словам ОСГВ, оккупанты улучшили положение у X»: the defender concedes
        elif stance == "claim" and event == "control" and speaker is None and side == "ua" and language == "ua" \
                and _enemy_controls(clause):
            stance = "confirmation"  # «ворог контролює частину X», told in Kyiv's voice by nobody: conceded
        elif stance == "claim" and event == "control" and side == "ua" and _enemy_hold(clause) is False:
            stance = "denial"  # «X не під контролем ворога»: Kyiv rejects the enemy's hold
        if stance == "claim" and event == "control" and language is not None and side == language \
                and (withdrew := _WITHDREW.search(clause)) and clause[max(0, withdrew.start() - 3):withdrew.start()] != "не " \
                and _withdrawer(doers, start + withdrew.start(), withdrew.group()) in (None, language) \
                and not (_is_noun(withdrew.group()) and _REPORTS_OF.search(clause, max(0, withdrew.start() - 30), withdrew.start())
                         and _withdrawer(doers, start + withdrew.start(), withdrew.group(), owner_only=True) is None) \
                and (_OWN.search(clause) or ((agent := _agent(doers)) is not None and agent.actor.side == language
                                             and not (ENEMY.search(clause, 0, withdrew.start()) and agent.start > start + withdrew.start())
                                             # («Пушилин отметил, что подразделения противника оставили X»: the enemy between them withdrew)
                                             and not ENEMY.search(clause, max(0, agent.end - start), withdrew.start()))
                     or (_agent(doers) is None and language == "ua" and not ENEMY.search(clause))):
            # "our units withdrew from X": a concession in the side's own words (not «загарбники відійшли
            # від X, повідомили в бригаді»: the brigade after the verb only tells of the enemy's retreat;
            # Moscow's media name whose withdrawal they tell, so in Russian an unnamed one is nobody's)
            stance = "confirmation"
        if stance == "claim" and event == "control" and speaker is not None and speaker.actor.side == side and side in PARTIES \
                and language is not None and side != language and (withdrew := _WITHDREW.search(clause)) \
                and _withdrawer(actors, start + withdrew.start(), withdrew.group()) == side:
            stance = "confirmation"  # «Генштаб ВСУ сообщил об отступлении ВСУ из X» in Russian: Kyiv's own concession
        if stance == "claim" and event == "control" and speaker is None and _WITHDREW.search(clause) \
                and CONFIRM_VERB.search(clause) and (agent := _agent(doers)) is not None:
            # "there they admitted that the AFU pulled back from X": the withdrawing side concedes.
            stance, side, name = "confirmation", agent.actor.side, agent.actor.name
        if event == "strike" and speaker is None and not STRIKE_RESULT.search(clause) \
                and not (stance == "hedge" and claimant(low, actors, nouns_only=True)) \
                and not (FIRE_SEEN.search(clause) and EVIDENCE.search(clause)) \
                and not (language is not None and _AIR_WEAPON_CYR.search(clause)) \
                and not _ATTACKED_TOWN.search(orig, start, end) and _striking_agent(low, doers, start, end) is None:
            # "an attack on X" with no result and nobody saying so (a hedged party's account is said);
            # a side's own media telling of drones or missiles sent at a town, or a town right after
            # the verb of attack, report a strike on it
            continue
        if event == "strike" and stance == "confirmation" and side in PARTIES and speaker is not None:
            stance = "claim"  # «глава ОВА подтвердил удар по X»: the side that was hit reports it, a claim
        if stance == "confirmation" and event == "control" and side in PARTIES \
                and (fled := _WITHDREW.search(clause) or _FLIGHT.search(clause)) is not None \
                and _withdrawer(actors, start + fled.start(), fled.group()) == ("ua" if side == "ru" else "ru"):
            stance = "claim"  # «Рогов: части ВСУ бегут из X»: the enemy's retreat, told by a party, is its own success
        if stance == "claim" and event == "control" and language == "ru" and speaker is None and _agent(doers) is None \
                and _WITHDREW.search(clause) and not _OWN.search(clause):
            continue  # «позиции были отведены» with nobody named: whose withdrawal, the words do not say
        if event == "other" and stance == "claim":
            continue  # evacuations, outages: news, not a claim about the war's events
        if stance == "denial" and side == "ru" and event == "control" and not russian_soil and not low.isascii() \
                and (held := UNDER_SIDE_CYR.search(clause)) is not None and holder_side(held) == "ru":
            # «у Міноборони Росії ці заяви назвали дезінформацією і стверджують, що X під контролем
            # російських військ»: Moscow rejects Kyiv's account and, with its own hold on a Ukrainian town, claims it
            out.append(("denial", side, name, event, start, end))
            stance = "claim"
        if stance == "denial" and side in PARTIES and low.isascii() and (speaker is None or speaker.actor.side == side) \
                and any(a.actor.side == side and a.actor.rank == 1 and a.start >= start and _DOES_NOT.match(low, a.end)
                        for a in actors) \
                and not any(a.actor.side == side and a.actor.rank == 2 for a in actors):
            # "According to the spokesperson, Russian troops have not crossed the canal in X": the troops
            # are what is denied, not who denies; the other side answers
            side, name = ("ua" if side == "ru" else "ru"), None
        out.append((stance, side, name, event, start, end))
        if stance == "hedge" and side == "other":
            found = (speaker.actor.side, speaker.actor.name) if speaker is not None and speaker.actor.side in (*PARTIES, "local") \
                else claimant(low, actors)
            if found and found[0] in PARTIES and not low.isascii() and name is None \
                    and not any(a.actor.side == "other" for a in actors) \
                    and all(m.group().strip() in _SCARE_WORDS for m in HEDGE.finditer(low)):
                # «Минобороны РФ заявило о якобы взятии X»: a party's claim called "alleged" in Russian or
                # Ukrainian, by no named analyst, is told by an outlet of the other side, which hedges it
                # in its own voice
                out[-1] = ("hedge", "ua" if found[0] == "ru" else "ru", None, event, start, end)
            if found:
                # "Kyiv says its troops still hold X, though this could not be verified": the hedged
                # account is the defender's stand, a denial.
                held = event == "control" and found[0] in PARTIES and holds_own(found[0], clause)
                # "'We have lost the village of X, though this is not verified,' the spokesman said": a hedged concession
                lost = event == "control" and found[0] in PARTIES and not held and (pulled := WITHDRAW.search(clause)) is not None \
                    and all(a.actor.side == found[0] for a in actors if a.end <= start + pulled.start() and a.actor.side in PARTIES)
                out.append(("denial" if held else "confirmation" if lost else "claim", found[0], found[1], event, start, end))
        elif stance == "denial" and side in PARTIES and event == "control" and (held := _HOLD_REPORTED.search(clause)) is not None \
                and ("ua" if held.group(1).startswith(("ukrain", "kyiv")) else "ru") != side:
            # "reports of Ukrainian units remaining in X were fake", told by Moscow: refuting the foe's hold claims the place
            out[-1] = ("claim", side, name, event, start, end)
        elif stance == "denial" and side in PARTIES:
            # "reports of Russian troops' presence in X are untrue": the troops named claim nothing
            found = None if _TROOPS_PRESENCE.search(clause) else claimant(low, actors, not_side=side)
            if found and found[0] == "ua" and event == "control" and not russian_soil and _HOLD_ACCOUNT.search(clause) is not None:
                # «заявления Сырского о якобы контроле ВСУ над X не соответствуют действительности»: the account
                # refuted is the defender's hold, a denial; refuting it claims the place again
                out[-1] = ("claim", side, name, event, start, end)
                out.append(("denial", found[0], found[1], event, start, end))
            elif found:
                out.append(("claim", found[0], found[1], event, start, end))
        elif stance == "denial" and side == "other" and (said := next(
                (a for a in actors if a.actor.side in PARTIES and _CLAIM_SAY.match(low, a.end)), None)):
            # "The MoD claimed it seized X, but footage does not support this": the claim is said in
            # the sentence, beside its refutation ("refuting Moscow's claim" only names one).
            out.append(("claim", said.actor.side, said.actor.name, event, start, end))
        elif stance == "denial" and side == "other" and not low.isascii() \
                and (found := claimant(low, actors, nouns_only=True)) is not None and found[0] in PARTIES:
            # «експерти спростували інформацію окупантів про те, що ...»: the account refuted is its teller's claim
            # (English analyst copy that calls "Russian claims" false is read as the refutation alone, as
            # its readers label it)
            out.append(("claim", found[0], found[1], event, start, end))
    seen: dict[tuple[str, str], int] = {}
    unique: list[Voice] = []
    for voice in out:
        at = seen.get((voice[0], voice[1]))
        if at is None:
            seen[(voice[0], voice[1])] = len(unique)
            unique.append(voice)
        elif voice[3] == unique[at][3]:
            # the same party saying the same of another clause speaks of that clause's places too
            first = unique[at]
            unique[at] = (*first[:4], min(first[4], voice[4]), max(first[5], voice[5]))
    if "loss" in low and (lost := _SIDE_LOSS.search(low)) is not None and not _LOSS_AVOIDED.search(lost.group()):
        # "military reverses for Kyiv include the loss of X": the side that lost it acts in no claim; told
        # by nobody it is narration of the fact, by the loser itself a concession
        loser = "ua" if (lost.group(1) or lost.group(2)).startswith(("kyiv", "ukrain")) else "ru"
        conceded = ("other", None) if speaker is None else None
        unique = [("confirmation", *(conceded or (side, name)), event, start, end)
                  if stance == "claim" and side == loser and event == "control" else (stance, side, name, event, start, end)
                  for stance, side, name, event, start, end in unique]
    if speaker is None and latin_text(low) and (fell := _NOMINAL_FALL.match(low)) is not None and not REPORT.search(low, fell.end()) \
            and not _WHAT_IT_WOULD_DO.search(low, fell.end()):
        # "The fall of X is the latest setback for Kyiv": the change of hands named as a fact by nobody,
        # the reporter's narration (not a claim of the side the sentence names as losing or gaining)
        unique = [("confirmation", "other", None, event, start, end)
                  if event == "control" and stance in ("claim", "confirmation") else (stance, side, name, event, start, end)
                  for stance, side, name, event, start, end in unique]
    return unique


# Moscow's spellings in English copy: "Kiev", "Donbass", towns in Russian transliteration. Told by nobody, a
# Russian capture written so is Moscow's media in its own voice ("Russian forces take Novogrodovka in Donbass").
# (Only names no other English copy uses: "Kupyansk" or "Zaporozhye" stand in Kyiv's and wire copy too.)
_MOSCOW_SPELLING = re.compile(r"\b(?:Kiev|Donbass|Krasny Liman|Krasnoarmeysk|Dimitrov|Artyomovsk|Dzerzhinsk|Gulyaipole|"
                              r"Kurakhovo|Selidovo|Ugledar|Novogrodovka|Ocheretino|Dnepropetrovsk)\b")
_SCARE_WORDS = frozenset(("нібито", "начебто", "якобы"))
"""Hedge words that, in a party's claim told in Russian or Ukrainian, are the teller's scorn."""
# An account of the defender's hold, told as a noun: «о якобы контроле ВСУ над», «про контроль ЗСУ над», "claims of Ukrainian control over"
_HOLD_REPORTED = re.compile(r"\breports? (?:[\w'’-]+ ){0,2}?(?:of|that|about) (?:the )?(ukrainian|russian|kyiv['’]s|moscow['’]s) "
                            r"(?:forces|troops|units|soldiers|servicemen) (?:were |are )?(?:still )?(?:remaining|remain|holding|hold|staying|present)\b")
_HOLD_ACCOUNT = rx(r"(?:\bо|\bоб|\bпро) (?:якобы |нібито |начебто )?(?:сохранени\w+ |збереженн\w+ )?контрол\w* (?:всу|зсу|украин\w+ (?:войск|армии|сил|военн)\w*|"
                   r"українськ\w+ (?:військ|армії|сил|військов)\w*|сил\w* оборон\w+) (?:над|за)\b|"
                   r"\b(?:of|about) (?:alleged |supposed |continued )?(?:ukrainian|kyiv['’]s|ukraine['’]s) (?:(?:forces|troops|army)['’] )?control (?:over|of)\b|"
                   # «заявления Сырского о том, что ВСУ контролируют X», "Kyiv's claim that its troops still hold X"
                   r"(?:\bclaims?|\bstatements?|заявлени\w+|заяв[аиуі]\w*|утверждени\w+|твердженн\w+) (?:[\w'’-]+ ){0,3}?(?:that|о том, что|про те, що) "
                   r"(?:ukrainian|its|их|їх|всу|зсу|украинск\w+ \w+|українськ\w+ \w+) (?:forces |troops |units |army )?(?:still |всё ещё |досі |по-прежнему )?"
                   r"(?:control|hold|контролиру|контролю|удержива|утримую)\w*")
# ("The capture of X could change the front": what it would do, not that it happened)
_WHAT_IT_WOULD_DO = re.compile(r"\b(?:could|would|may|might|will|can|should)\b")
# The sentence's subject is a place's change of hands, as a noun: "The fall of X", "The loss of the town of X"
_NOMINAL_FALL = re.compile(r"\W{0,3}(?:the )?(?:fall|loss|capture|seizure|surrender|takeover) of (?:the (?:[\w-]+ )?(?:town|city|village|settlement) of )?"
                           r"(?!(?:the|a|an|its|their|his|her|ukrainian|russian|enemy|territory|land|ground)\b)\w")


# A place changing hands, the gainer after the verb: "fell to Russian forces", "came under Ukrainian control"
_FELL_TO = re.compile(r"\b(?:fell|falls|has fallen|had fallen|passed|came|comes|has come) (?:to|under|into) (?:the )?(?:full |complete )?"
                      r"(?:control of (?:the )?)?(?:russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s)\b")
# Between a passive capture and who made it: "was captured by (the) ..."
_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?")
# The side that lost a place, as the owner of the loss: "Ukraine's setbacks include the loss of X", "reverses for Kyiv".
_SIDE_LOSS = re.compile(r"\b(?:(kyiv|ukraine|russia|moscow)['’]s|for (kyiv|ukraine|russia|moscow)\b) (?:[\w'’-]+ ){0,6}?(?:the )?loss(?:es)? of\b")
_LOSS_AVOIDED = re.compile(r"\b(?:avoid\w*|prevent\w*|averted|without|no|not|deny|denies|denied)\b")
# The answer that follows a quoted claim: "... This is not true", "... That is a lie".
_REBUTTAL = re.compile(r"[.!;]\s*[\"“«‘']?\s*(?:this|that|it)(?: claim| statement| report)? is (?:not true|untrue|false|a lie|fake|a fake|nonsense)\b|"
                       # «..., однак насправді це не так», «но на самом деле это не так»
                       rf",\s*(?:але|однак|проте|но|однако)\s+{NOT_SO_IN_FACT}")
# A party's words for a rejected claim; an outsider says "no evidence" or "could not verify".
_PARTY_DENIAL = re.compile(r"\b(?:not true|untrue|fakes?|lies?|propaganda|(?<!countering )disinformation|denied)\b")
_NOT_LOST = re.compile(r"\b(?:positions|ground|lines?|territory) (?:have|has|had) not been lost\b")
_ENEMY_CAPTURED = re.compile(r"\bthe (?:enemy|occupiers|invaders) (?:has |have |had )?(?:allegedly |supposedly |reportedly )?"
                             r"(?:captured|seized|taken|took|occupied|entered|encircled)\b")
_ENEMY_OUTLETS = re.compile(r"\b(?:enemy|occupiers['’]?|invaders['’]?) (?:[\w-]+ ){0,2}(?:channels|media|propagandists|propaganda|sources|bloggers|milbloggers)\b")
# «росіяни не утримують жодних позицій у X», "Russian troops do not control any part of X"
_RUSSIANS_NOT_HOLDING = rx(r"\b(?:росіяни|окупанти|ворог|російські (?:війська|військові|підрозділи)|россияне|оккупанты|российские (?:войска|военные|подразделения)|"
                           r"russians|russian (?:troops|forces|units))(?: [\w'’-]+)? "
                           r"(?:не (?:утриму\w*|контролю\w*|тримають|удержива\w*|контролиру\w*)|(?:do|does|did) not (?:hold|control))\b")
_NOT_YET_CONFIRMED = re.compile(r"\b(?:(?:has|have|had) yet to|(?:has|have|had|did) not(?: yet)?|(?:hasn|haven|didn)['’]t(?: yet)?) "
                                r"(?:confirm|confirmed|acknowledge|acknowledged)\b")
_AGAINST_CLAIMS = rx(r"\b(?:contrary to|despite|in contrast to|counter to|попри|незважаючи на|всупереч|вопреки|несмотря на)\s+"
                     r"(?:[\w'’-]+\s+){0,5}?(?:claims?|statements?|assertions?|reports?|заяв\w*|твердженн\w*|доповід\w*|"
                     r"утверждени\w*|заявлени\w*|доклад\w*)\s+(?:[\w'’-]+\s+){0,4}?"
                     # (the claim named by its event: "despite Moscow's claims" alone answers nothing said here)
                     r"(?:captur|seiz|tak|took|control|fall|fell|liberat|encircl|захват|захоплен|взят|взятт|освобо|звільн|контрол|оточ|окруж)")
_ENEMY_CLAIMS = re.compile(r"\bthe enemy (?:\w+ )?(?:claims|claimed|says|said|reports|reported|announced)\b")
# A side taking a place back ("recaptured", "regained", "liberated", "took back"); for Kyiv's troops
# "took control of 90% of X" and "restored control over X" say the same.
TOOK_BACK = re.compile(r"\b(?:recaptur|retook|retak|regain|reclaim|liberat|took back)")
_TOOK_CONTROL = re.compile(r"\b(?:took|taken|take|takes|taking|restor\w*) (?:full |back |almost |nearly )?control\b")
# "Ukraine orders a withdrawal from X", "Kyiv withdraws its troops from X": the state's own decision, its concession
_STATE_ORDERS_OUT = re.compile(r"\b(?:ukraine|kyiv|russia|moscow) (?:orders?|ordered|withdraws|withdrew|has withdrawn) "
                               r"(?:(?:a|the|its|their) )?(?:troops? |forces |units )?(?:withdrawal|to withdraw|to pull out|from)\b")
_RETREATED = re.compile(r"\b(?:retreated|retreating|forced to retreat)\b")
_TROOPS_PRESENCE = re.compile(r"присутн(?:ості|ость|ости|ість)|\bpresence of\b")
_EVIDENCE_VOICE = "geolocated footage"
_AIR_WEAPON_CYR = re.compile(r"безпілотн|беспилотн|дрон|ракет|шахед|бпла|кабами|авіабомб|авиабомб|\bкаб\b|авиаудар|авіаудар|авиационн\w* удар|авіаційн\w* удар")
_CONCEDED = rx(r"\b(?:enemy|russians?|occupiers|ворог\w*|противник\w*|окупант\w*) (?:\w+ )?(?:managed|succeeded|зміг|змогли|вдалося|удалось|смог\w*) to\b|"
                r"\b(?:russian|enemy) (?:soldiers|troops|servicemen|infantry) (?:were|are|remain\w*) (?:now |still |already )?(?:in|inside|within)\b|"
                # "Russian troops hold the northern part of X", told by its defender
                r"\b(?:russian|enemy) (?:soldiers|troops|forces|units|servicemen|infantry) (?:now |still |already )?(?:hold|holds|control|controls)\b(?! no\b)|"
                r"\b(?:ворогу|противнику|окупантам|росіянам|російським (?:військовим|військам|підрозділам|штурмовикам)) вдалося\b|\b(?:врагу|противнику|оккупантам|захватчикам|россиянам|всу|украинцам) (?:\w+ )?удалось\b|"
                # «окремим групам окупантів вдалося зайти»: some of the enemy's groups got in
                r"\b(?:ворог|противник|окупант|оккупант|росіян|россиян)\w* (?:\w+ )?(?:вдалося|вдалось|удалось)\b")
_WITHDREW = rx(r"\b(?:withdr[ae]w\w*|pulled (?:back|out)|" + MOVED_TO_BETTER + r"|відійшл\w*|відійшов|відвели|вийшли (?:з|із|зі)\b|вийшов з|залишили(?! без)|"
                # «були вимушені відійти від X», «вынуждены отступить»: forced back
                r"(?:вимушен|змушен|вынужден)\w* (?:[\w'’-]+ ){0,2}(?:відійти|відступити|отойти|отступить)\b|"
                r"вийш(?:ла|ло) (?:з|із|зі)\b|вышл[аио] из\b|вышел из\b|"
                # the nouns: «підтвердили вихід із X», «відхід від села X», «выход из X»
                r"вихід (?:[\w'’-]+ ){0,3}?(?:з|із|зі)\b|виходу (?:[\w'’-]+ ){0,3}?(?:з|із|зі)\b|відх(?:ід|оду) (?:з|із|зі|від)\b|выход(?:а|е)? (?:[\w-]+ ){0,3}?из\b|отход(?:а|е)? (?:из|от)\b|"
                r"відступил\w*|відступив|здійсни\w* (?:[\w'’-]+ )?маневр\w*|"
                # a retreat done, told by its noun: «об отступлении ВСУ из X», «оставление Суджи», «залишення села»
                r"отступлени\w*|оставлени\w*|залишенн\w*|"
                r"вивест\w*|виведен\w*|вивели|отступил\w*|отошли|отвел\w*|вышли из|оставили(?! без)|вывод\w* (?:[\w-]+ ){0,3}из|вывести|вывели|выведен\w*|отведен[аоы]?\b|"
                + MOVED_BACK + ")")
# What _WITHDREW leaves out, a retreat still going on or a flight: «ВСУ отступают», «бегство», "fleeing"
_FLIGHT = rx(r"\b(?:retreat\w*|fle(?:e|es|eing|d)\b|flight\b|відступа\w*|відход\w*|тіка\w*|втік\w*|втеч\w*|втекл\w*|"
              r"отступа\w*|отход\w*|бег(?:ут|ств\w*)\b|бежа\w*|сбежа\w*)")
# A retreat told as still going on, or a flight: nobody concedes its own so («ВСУ отступают», «бегство»).
_ONGOING_FLIGHT = rx(r"\b(?:отступа(?:ют|ет)|відступа(?:ють|є)|оттягива(?:ют|ет)|відтягу(?:ють|є)|бег(?:ут|ств\w*)|бежа\w*|сбежа\w*|тікають|втік\w*|втеч\w*|втекл\w*)")
# (and of a withdrawal: «об отступлении ВСУ из X», «отход украинских частей»)
_FLIGHT_NOUNS = ("бегств", "втеч", "flight", "отступлени", "оставлени", "отход", "вывод", "выход", "вихід", "відхід", "відход", "залишенн")
_OWN = rx(r"\b(?:наші|наших|наш|наши|наше)\b")
_DESPITE = rx(r"\b(?:попри|незважаючи на|всупереч|вопреки|несмотря на)\s+(?:[\w'’-]+\s+){0,4}"
               r"(?:заяв\w*|твердженн\w*|доповід\w*|утверждени\w*|заявлени\w*|доклад\w*)")
_CONTRAST = rx(r",\s+(?:проте|але|однак|однако|но|втім|впрочем)\b")
_REPLY_VERB = rx(r"\s?(?:\w+ ){0,2}(?:says?|said|denied|denies|deny|rejects?|rejected|dismiss\w*|insists?|кажуть|каже|заявля\w*|"
                  r"заперечу\w*|спростову\w*|говор\w*|опроверга\w*|отрица\w*|утвержда\w*)\b")


# "..., after Moscow announced the capture": the earlier claim the speaker answers, not an answer to it.
_EARLIER_WORD = re.compile(r"\b(?:after|since|following|before|despite what)\s+(?:the\s+)?$")


# A party reacting to the other side's statement, without saying yet what it makes of it
_REACTED = rx(r"\b(?:отреагировал\w*|відреагува\w*|прокомментировал\w*|прокоментува\w*|(?:responded|reacted|responds|reacts) to)\b")


# What only Moscow's media call Kyiv's troops
_MOSCOW_WORDS_FOR_KYIV = rx(r"\b(?:боевик|неонацист|нацист|националист|бандеровц|вфу\b|киевск\w+ режим|украинск\w+ формировани)\w*")
_DOES_NOT = re.compile(r" (?:\w+ )?(?:have|has|had|are|is|were|was|did|do|does) not\b")


def _answering(low: str, actors: list[ActorMention], side: str) -> ActorMention | None:
    """A party of the other side that answers later in the sentence ("..., in the command they say")."""
    first = next((a for a in actors if a.actor.side == side), None)
    for a in actors:
        if a.actor.side in PARTIES and a.actor.side != side and first is not None and a.start > first.end \
                and _REPLY_VERB.match(low, a.end) and not _EARLIER_WORD.search(low, max(0, a.start - 16), a.start):
            return a
    return None


def _ua_gains(low: str, start: int, clause: str, actors: list[ActorMention]) -> bool:
    """Russian words telling Kyiv's gain with Kyiv's forces as its subject, right before the verb."""
    gain = _UA_GAIN_RU.search(clause)
    if gain is None:
        return False
    at = start + gain.start()
    before = [a for a in actors if a.end <= at and a.actor.side in PARTIES]
    return bool(before) and before[-1].actor.side == "ua" and at - before[-1].end <= (
        60 if gain.group().startswith(_MANAGED_RU) else 30)


# «на фоне сообщений об отступлении»: a retreat only rumoured, nobody's own
_REPORTS_OF = re.compile(r"(?:сообщени|слух|информаци|данн|повідомлен|чутк|інформаці|заяв)\w* (?:о|об|про) $")


def _is_noun(word: str) -> bool:
    """A retreat named by a noun («отступление», «вихід з»): whose it is, only a party named with it says."""
    return word.startswith(_FLIGHT_NOUNS)


def _withdrawer(actors: list[ActorMention], at: int, word: str = "", owner_only: bool = False) -> str | None:
    """The side of the party named last before a withdrawal verb («Пушилин заявил, что ВСУ оставили»:
    Kyiv's troops withdrew, told by Moscow's man, which is his claim, not his concession), or right
    after a noun of flight, whose owner follows it («о бегстве ВСУ из X»)."""
    if word.startswith(_FLIGHT_NOUNS) and (owner := next(
            (a for a in actors if at < a.start <= at + len(word) + 30 and a.actor.side in PARTIES), None)) is not None:
        return owner.actor.side
    if owner_only:
        return None
    before = [a for a in actors if a.end <= at and a.actor.side in PARTIES]
    return before[-1].actor.side if before else None


def _shifted(actors: list[ActorMention], at: int) -> list[ActorMention]:
    """The actors from `at` on, with offsets relative to `at` (for a search over the text's tail)."""
    return [ActorMention(a.start - at, a.end - at, a.actor) for a in actors if a.start >= at]


def _without(clause: str, start: int, end: int) -> str:
    """The clause with the speaker's own words blanked («ворог стверджував»: the claimant is no enemy of itself)."""
    if end <= 0 or start >= len(clause):
        return clause
    start, end = max(0, start), min(len(clause), end)
    return clause[:start] + " " * (end - start) + clause[end:]


def _enemy_advanced(clause: str, side: str) -> bool:
    """The enemy of `side`, by the defender's word for it, is the subject of an advance that was not
    foiled (Kyiv's «оккупанты» are Moscow's own troops in a Russian speaker's sentence)."""
    enemy = ENEMY.search(clause)
    if enemy is None or FOILED.search(clause) or HALTED.search(clause) or ATTEMPT_BEFORE.search(clause):
        return False
    if side == "ru" and not enemy.group().startswith(("против", "враг", "ворог")):
        return False
    return any(found is not None and found.start() - enemy.end() <= 40
               for found in (_ADVANCE.search(clause, enemy.end()), _CONTROLS.search(clause, enemy.end())))


def _enemy_controls(clause: str) -> bool:
    """The enemy, by Kyiv's word for it, as the subject of a control verb right after it, or as
    whose control a place is under («X під контролем ворога»)."""
    if FOILED.search(clause):
        return False
    if _enemy_hold(clause):
        return True
    enemy = ENEMY.search(clause)
    return enemy is not None and (held := _CONTROLS.search(clause, enemy.end())) is not None \
        and held.start() - enemy.end() <= 30


# «Сіверськ під контролем ворога», «под контролем противника»: a place the enemy holds
_UNDER_ENEMY = rx(r"\b(?:під|под) (?:повним |полным |фактичним |фактическим )?контролем (?:ворога|противника|окупантів|оккупантов|росіян|россиян)\b")


def _enemy_hold(clause: str) -> bool | None:
    """«X під контролем ворога»: True; «X не під контролем ворога»: False; neither said: None."""
    under = _UNDER_ENEMY.search(clause)
    if under is None:
        return None
    return "не " not in clause[max(0, under.start() - 4):under.start()]


# «россияне контролируют около 60% X», «окупанти контролюють частину Y»: the enemy holding part of it
_CONTROLS = rx(r"\b(?:контролиру(?:ет|ют)|контролю(?:є|ють))\b")


# Units opening the sentence: «Подразделения группировки "Север" освободили ...».
_OPENING_UNITS = re.compile(r"\W*(?:подразделени\w*|підрозділ\w*|бойцы|бійці|военнослужащие|штурмов\w+ (?:групп|груп|отряд|підрозділ)\w*)\s+")


def _enemy_acting(clause: str) -> bool:
    """The enemy named as someone who acts, not as the owner of what was attacked («в глубину обороны противника»)."""
    return any(not OWNED_BY.search(clause, max(0, m.start() - 24), m.start()) for m in ENEMY.finditer(clause))


def _ua_holds(clause: str, actors: list[ActorMention]) -> bool:
    """The words say Ukrainian troops still hold the place (not Russian troops still there)."""
    holds = _held(_HOLDS_UA, clause)
    if holds is None:
        return False
    before = [a for a in actors if a.end <= holds.start() and a.actor.side in PARTIES]
    return not before or before[-1].actor.side == "ua"


# "Contrary to claims by X, ...": the claim named before what answers it
_CONTRARY_TO_CLAIMS = re.compile(r"\W*(?:contrary to|despite|in contrast to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                                 r"(?:claims?|reports?|assertions?|statements?)\b[^,;]{0,60},")
# «Попри заяви Росії про захоплення X», «Несмотря на заявления о взятии X»: a claim named before what answers it
_DESPITE_CLAIM_CYR = re.compile(r"\W*(?:попри|всупереч|незважаючи на|несмотря на|вопреки)\s+(?:[\w'’-]+\s+){0,2}?"
                                r"(?:заяв\w*|твердженн\w*|заявлени\w*|утверждени\w*|повідомленн\w*|сообщени\w*)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:про|о|об)\s+(?:[\w'’-]+\s+){0,3}?(?:захопленн|взятт|окупаці|оточенн|захват|взяти|оккупаци|окружени|освобожден|звільненн)\w*")
# ... and the answer: the fight, the clearing or the hold still going on
_STILL_FOUGHT_CYR = re.compile(r"(?<![\w'’])(?:триває|тривають|продовжу\w*|зачищ\w*|утриму\w*|тримают\w*|трима\w*|продолжа\w*|"
                               r"удержива\w*|бої|бои|ведуться|ведутся|контролю\w*|контролиру\w*)")
# «частина позицій була відведена»: positions pulled back, in the passive
_PULLED_BACK_PASSIVE = re.compile(r"(?<![\w'’])(?:була|були|було) (?:[\w-]+ )?відведен\w*")
# «спроби просування», «продвижение отбито»: an advance tried or beaten off, none made
# («повідомлення про просування ... не вдалося підтвердити»: an advance only reported, and doubted)
_TRIED_OR_FOILED_CYR = re.compile(r"(?<![\w'’])(?:спроб|попыт|намага|пыта|відби|відбит|отби|отбит|зірва|сорва|зупин|останов|"
                                  r"повідомлен|сообщени|інформаці|информаци|підтверд|подтверд)")
# An advance named by its noun, the party after it: «просування українських сил», "advances by Ukrainian forces"
# («просування росіян»: the party in the genitive, which no actor names)
_ADVANCE_NOUN_CYR = r"(?:просуванн|продвижени)\w*"
_ADVANCE_BY_CYR = re.compile(_ADVANCE_NOUN_CYR + r" (?:[\w'’-]+ ){0,2}?(росіян|россиян|окупант\w*|оккупант\w*|"
                             r"загарбник\w*|російськ\w+ (?:військ|сил|підрозділ)\w*|российск\w+ (?:войск|сил|подразделени)\w*|рф|"
                             r"всу|зсу|українськ\w+ (?:військ|сил|захисник|підрозділ)\w*|украинск\w+ (?:войск|сил|подразделени)\w*)(?![\w'’])")
_ADVANCE_NOUN = re.compile(r"\b(?:" + _ADVANCE_NOUN_CYR + r"|advances? (?:by|of)(?: the)?)\b")
_NO_RUSSIANS = re.compile(r"\bthere (?:is|are|were|was) no (?:russian|enemy|occupant|occupier) ")
# An attack that won nothing: "made no progress near X", "made no gains".
_NO_GAIN = re.compile(r"\b(?:made|make|makes|making|achieved) [\"“'‘]?no[\"”'’]? (?:[\w-]+ ){0,2}(?:progress|gains|headway|advances)\b|"
                      r"\badvance (?:[\w'’-]+ ){0,4}(?:has |had |have )?[\"“]?(?:largely |effectively |now )?[\"“]?stalled\b")
_NO_GAIN_UA = re.compile(r"\bukrain|\bkyiv")
# "Ukrainian forces pushed Russian forces from several houses and advanced": those pushed are the object.
_PUSHED_BEFORE = re.compile(r"\b(?:pushed|drove|driven|forced|expelled|ousted|dislodged|knocked|выбили|отбросили|витіснили|відкинули)\s+(?:the\s+)?$")


# "Russia, which holds a fifth of Ukraine, took X": an aside between the subject and its verb
_RELATIVE_ASIDE = re.compile(r", (?:which|who|whose) [^,]{1,80},")


def _gainer_side(clause: str, actors: list[ActorMention]) -> str | None:
    """The side of the party right before the first advance or capture verb (not one pushed out,
    nor one named in an aside)."""
    verb = _ADVANCE.search(clause)
    before = [] if verb is None else [a for a in actors if a.end <= verb.start() and a.actor.side in PARTIES]
    if len(before) > 1 and ", wh" in clause:
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(clause, 0, verb.start())]
        before = [a for a in before if not any(s < a.start < e for s, e in asides)] or before[:1]
    while len(before) > 1 and _PUSHED_BEFORE.search(clause, max(0, before[-1].start - 24), before[-1].start):
        before.pop()
    if not before and (noun := _ADVANCE_NOUN.search(clause)) is not None:
        # «просування українських захисників у X», "advances by Ukrainian forces": the party after the noun
        after = [a for a in actors if 0 <= a.start - noun.end() <= 4 and a.actor.side in PARTIES]
        return after[0].actor.side if after else None
    return before[-1].actor.side if before else None


_CONTESTED_TOWN = re.compile(r"\bcontested (?:[\w-]+ )?(?:town|city|village|settlement|hub)\b")


def _defender_present(clause: str, actors: list[ActorMention]) -> bool:
    """Evidence shows Ukrainian troops still in a place (not advancing): against a capture."""
    if "contested" in clause and not _CONTESTED_TOWN.search(clause):
        return True  # (not "the fiercely contested town of X": a description, whoever is there)
    ua = [a for a in actors if a.actor.side == "ua" and a.actor.rank == 1]
    if not ua:
        return False
    tail = clause[ua[0].end:] if ua[0].end < len(clause) else ""
    return bool(_PRESENCE.search(tail[:120])) and not _ADVANCE.search(tail[:80]) and not _OWN_GAIN_CYR.search(tail[:80])
