"""Statements at no settlement: a tally of drones over a region, a day's losses, a village taken
but not named, a strike on a kind of target.

Contract: `placeless_hint(sentence)` is a cheap test of whether a sentence can hold one;
`placeless_statements(...)` builds them (place None), which `claims extract` lists apart under
"unplaced". The tracker keeps claims per place, so none of these counts towards a claim.
"""

from __future__ import annotations

import re

from tui.core.claims import confidence as scoring
from tui.core.claims.actors import ActorMention, find_actors
from tui.core.claims.confidence import confidence, features
from tui.core.claims.cues import (
    AFTER_STRIKE_REPAIR,
    DENIAL,
    GOAL,
    GOAL_EXCEPT,
    HEDGE,
    HISTORY,
    LOSSES,
    NO_EVENT,
    SHOOTDOWN,
    STRIKE_HARM,
    STRIKE_RESULT,
    STRUCK_AFTER_SUBJECT,
    WITHDRAW,
    StartsGate,
    gated,
    latin_text,
    rx,
)
from tui.core.claims.dates import is_history, is_recap
from tui.core.claims.gazetteer import OBLASTS_RU, SPLIT_OBLASTS, UKRAINIAN_OBLASTS, Gazetteer
from tui.core.claims.parties import TROOPS_LOST, sentence_actors
from tui.core.claims.place_mentions import OFFICIAL_OF, PlaceMention
from tui.core.claims.places import find_places
from tui.core.claims.stance import TOOK_BACK, narrator_side, strike_narrator_side
from tui.core.claims.voice import classify_event, find_speaker, has_negation
from tui.core.models import Statement, StoryFacts

CRIMEA = frozenset(("Crimea", "Sevastopol"))
_RU_BORDER = frozenset(OBLASTS_RU.values())

_KYIV_WORDS_EN = gated(re.compile(r"\b(?:the enemy|invaders|occupiers|occupants|occupation (?:forces|troops|army)|ruscists|rashists|"
                            r"the aggressor|our defenders|our warriors|our (?:troops|soldiers|units|forces)|our air defen[cs]e(?:s| forces)?|under enemy (?:fire|shelling|attacks?))(?![^\W\u02bc])", re.IGNORECASE))  # (Ukrainian copy's "occupiersʼ")

AREA_MEASURE = gated(re.compile(r"square (?:kilomet|mile)|\bsq\.? ?(?:km|mi)\b|\bkm²|кв\.? ?км|квадратн", re.IGNORECASE))

# Drones shot down over a region, losses, strikes across a country: numbers that name no settlement.
# Two scans, not one alternation: re skips straight to a digit, and the words' scan then runs
# without trying a digit at every position.
_PLACELESS_DIGIT = re.compile(r"\d")

_PLACELESS_WORD = re.compile(r"\b(?:all|всі|все|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|several|dozens|"
                             r"one (?:person|man|woman|civilian|child|resident))\b")
# Counts in Russian and Ukrainian words («четыре беспилотника», «дванадцять шахедів»): looked for only in Cyrillic text.
_PLACELESS_WORD_CYR = re.compile(
    r"(?<![\w])(?:дв[аеі]|двох|двух|тр[её]х|четыр[её]х|двоє|двое|троє|трое|четверо|п['’]?ятеро|шестеро|семеро|тр[иь]|трьох|чотирьох|сорок\w*|п['’]?ятдесят\w*|сотн\w*|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|"
    r"[а-яіїє]{2,6}надцат[ьи]|[а-яіїє]{2,6}надцят[ьи]|двадцат\w*|двадцят\w*|тридцат\w*|тридцят\w*|несколько|нескольких|кілька|кількох|десятк\w*|"
    # what is launched and struck names its count or its region, seldom a town
    r"беспилотник\w*|безпілотник\w*|бпла|дрон\w*|ракет\w*|удар\w*|атак\w*|"
    # a region's or a community's shelling, and counts in other cases («райони восьми населених пунктів»)
    r"обстр\w*|пяти|п['’]яти|шести|семи|восьми|девяти|дев['’]яти|десяти|в полон|в плен|"
    # the Ukrainian collective counts of people: «поранено дев'ятьох людей», «загинули шістьох»
    r"п['’]ятьох|шістьох|сімох|семеро|вісьмох|восьмеро|дев['’]ятьох|дев['’]ятеро|десятьох|десятеро|"
    # «одне з сіл громади»: one of a community's villages, unnamed
    r"одн\w* (?:із|з|зі|из) (?:сіл|сел|селищ|населених|населенных))(?![\w])", re.IGNORECASE)

# "captured a village in the Donetsk region", "took another village", "seized two settlements": a
# capture whose place goes unnamed.
_UNNAMED_TAKEN = gated(re.compile(
    r"\b(?:captur\w*|seiz\w*|took|taken|take|takes|(?<=, )taking|liberat\w*|retak\w*|retook|recaptur\w*|"
    r"(?:taken|took|take|(?:re)?gain\w*|establish\w*|seiz\w*|assum\w*|claim\w*) control (?:of|over))"
    # "a small but key village", "12 settlements", headline "took key village", "its first village in the region"
    r"[\"'“”’]? (?:(?:the )?(?:a|an|another|one more|two|three|four|five|six|seven|eight|nine|ten|several|\d+|its|their|both|some|more|many|a few|a number of) (?:(?!of\b)[\w'’-]+,? ){0,3}"
    # "liberated the town" with no town named in the sentence: the account of one already named
    r"|(?:(?:key|strategic|eastern|Ukrainian|frontline|front-line) ){1,2}|the (?:(?!of\b)[\w-]+ )?)(?:villages?|settlements?|towns?|hamlets?|city)\b"
    # "gained control of towns and villages in the region": a bare plural, none named
    r"(?! (?:of|called|named|known)\b)|\b(?:gain\w*|took|taken|seiz\w*|claim\w*|regain\w*) control (?:of|over) (?:villages|settlements|towns)\b"
    r"(?! (?:of|called|named|known)\b)|"
    # a headline drops the article: "Russia takes village in Donetsk region", "forces took control of village"
    r"\b(?:(?:took|takes|taken) control of|captures|seizes|takes|liberates|(?:has|have) (?:captured|seized|taken|liberated)) (?:\w+ )?(?:village|settlement|town)\b"
    r"(?! (?:of|called|named|known)\b)|"
    # "Russia claims capture of settlement in ...", "Russia claims two more villages": a headline's unnamed gain
    r"\bclaim(?:s|ed)? (?:the )?(?:capture|seizure|control) of (?:a |an |another |one more )?(?:[\w'’-]+ )?(?:village|settlement|town)\b(?! (?:of|called|named|known)\b)|"
    # "Russia says it captured village in ...": a headline's past tense with the article dropped
    r"\b(?:says|said) (?:it|they) (?:captured|seized|took|liberated) (?:[\w'’-]+ )?(?:village|settlement|town)\b(?! (?:of|called|named|known)\b)|"
    r"\bclaims (?:two|three|four|five|six|\d+) more (?:villages|settlements|towns)\b|"
    # "the village came under Russian control", "Russian flags were raised over the settlement": the place just named, taken
    r"\b(?:village|settlement|town|city) (?:has |had |have )?(?:came|come|comes|fell|fallen) under (?:full |complete )?"
    r"(?:Russian|Moscow['’]s|Ukrainian|Kyiv['’]s) control\b|"
    r"\b(?:Russian|Ukrainian|national) flags? (?:(?:has|have|had) been |was |were )?(?:raised|hoisted|planted) (?:over|in|above|on) "
    r"the (?:village|settlement|town|city)\b(?! (?:of|called|named|known)\b)", re.IGNORECASE))
# the passive, counted: "more frontline villages liberated", "three villages have been retaken" (the count
# is read before the noun, so the pattern keeps its literal gate)
_TAKEN_PASSIVE = gated(re.compile(r"\b(?:[Vv]illages|[Ss]ettlements|[Tt]owns) (?:(?:were|have been|had been|are|Were|Have Been|Are) )?"
                                  r"(?:[Ll]iberated|[Rr]ecaptured|[Rr]etaken|[Cc]aptured|[Ss]eized|[Tt]aken [Bb]ack)\b"))
_COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|many)(?: more)?(?: [\w-]+)? $",
                           re.IGNORECASE)


def _unnamed_taken(sentence: str) -> re.Match[str] | None:
    """A capture whose settlements go unnamed, active or counted in the passive."""
    if (taken := _UNNAMED_TAKEN.search(sentence)) is not None:
        return taken
    passive = _TAKEN_PASSIVE.search(sentence)
    if passive is not None and _COUNT_BEFORE.search(sentence, max(0, passive.start() - 40), passive.start()):
        return passive
    return _REGION_FREED.search(sentence) if "egion" in sentence and ("iberat" in sentence or "freed" in sentence) else None


# "the Kursk region had been fully liberated", "Russian troops freed the entire Kursk region": a whole
# region taken back, no settlement named
_REGION_FREED = re.compile(r"\b[A-Z][\w-]+ [Rr]egion (?:has|had|have) been (?:fully |completely |entirely )?(?:liberated|freed)\b(?! of\b)|"
                           r"\b(?:liberat(?:ed|es|ing)|freed) (?:the )?(?:entire |whole |all of the )?[A-Z][\w-]+ [Rr]egion\b"
                           r"(?! (?:in|back in) (?:19|20)\d\d)")


# "its forces had advanced further in the east", "made an important advance", "improving their
# tactical positions": a party's gain told with no settlement
_UNNAMED_ADVANCE = gated(re.compile(r"\b(?:(?:had|has|have) (?:\w+ )?advanced|advanced (?:further|deeper|farther)|"
                                    # a headline's present: "Russia says its forces advance in the Kharkiv region"
                                    r"(?:its|their|our) (?:forces|troops|units) advance\b|"
                                    r"made (?:[\w-]+ ){0,2}(?:advances?|gains|progress)|improv\w+ (?:their|its) (?:tactical )?positions?|"
                                    # "had encircled around 10,000 Ukrainian soldiers": troops trapped, counted, no town named
                                    r"(?:encircled|surrounded|trapped|blockaded) (?:up to |about |around |some |nearly |more than |over )?\d[\d,]* "
                                    r"(?:[\w-]+ )?(?:soldiers|troops|servicemen|fighters|personnel))\b"))
# "pierced the enemy's defences at several points": a breakthrough, no town named; "regained more
# ground", "took back 40 square kilometres of territory": ground won, no town named
_GROUND_WON = gated(re.compile(r"\b(?:(?:pierced|breached|broke through|broken through|punched through) "
                               r"(?:(?:[Tt]he|[Uu]krainian|[Rr]ussian|[Ee]nemy|\w+['’]s?) ){0,2}"
                               r"(?:defen[cs]es|defensive lines?|lines?|front)\b(?! (?:of|in|at|near|around) [A-Z])|"
                               r"(?:gained|regained|captured|recaptured|seized|liberated|retook|retaken|took back|taken back|won back) "
                               r"(?:(?:more|some|further|new|additional|about|over|nearly|almost|around|roughly|up to|at least|more than|"
                               r"[\d.,]+|square|sq|kilomet\w*|km|miles?|of) ){1,5}(?:ground|territory)\b(?! of [A-Z]))"))


def _unnamed_advance(text: str) -> re.Match[str] | None:
    """A party's gain told with no settlement: an advance, a breakthrough or ground won."""
    return _UNNAMED_ADVANCE.search(text) or _GROUND_WON.search(text)


# "they had withdrawn", "I decided to withdraw our units", "its troops pulled back": a party's own pull-back,
# its place unnamed (told in an earlier sentence or not at all)
_OWN_PULLBACK = re.compile(r"\b(?:(?:our|its|their|his) (?:units|troops|forces|soldiers|defenders|brigades|battalions)|(?:they|we|it)(?: had| have| has)?|"
                           # "said units had pulled back": the teller's own units, unqualified
                           r"(?:(?<=said )|(?<=says )|(?<=that ))(?:units|troops|forces|soldiers)(?: had| have| has)?|"
                           # a side named, or the foe in a side's words: "Ukrainian troops have retreated", "the enemy fell back"
                           r"(?:ukrainian|russian) (?:[\w-]+ )?(?:troops|forces|units|soldiers|servicemen)|(?:the )?enemy|(?:the )?(?:occupiers|invaders)|"
                           r"(?:decided|decision|ordered|order) to)(?: [\w'’-]+){0,5}? (?:withdr[ae]w\w*|pull(?:ed)? (?:back|out)|retreated|"
                           r"(?:moved|relocated|redeployed|repositioned) to [\"“]?(?:more )?(?:favou?rable|advantageous) (?:positions|lines))\b"
                           # (not "withdrew from the villages of X": a settlement named, which the gazetteer may lack)
                           r"(?! (?:\w+ )?(?:from|of) (?:the )?(?:[\w-]+ ){0,2}(?:villages?|towns?|city|settlements?) of\b)"
                           # (nor a pull-back from another war's theatre)
                           r"(?![^.;]{0,80}\b(?:syria|libya|armenia|karabakh|kazakhstan|africa|mali|georgia|afghanistan)\b)"
                           # (nor a diplomat or an offer withdrawn: no troops moved)
                           r"(?! (?:its|their|his|her|our|the|an?) (?:[\w-]+ )?(?:ambassador|envoy|diplomats?|support|offer|proposal|bill|"
                           r"application|request|nomination|candidacy|recognition|consent|signature|lawsuit|complaint|funding|statement)s?\b)")


# "said its drones hit a fuel depot", "says it struck two radars": a strike on a kind of target, no settlement
_TARGET_HIT = gated(re.compile(r"\b(?:struck|hit|hits|strikes|attacked|targeted|destroyed|sunk|sank|(?:drones|missiles) strike|"
                               # "a drone attack caused a fire at an oil refinery"
                               r"(?:caused|sparked|started|triggered) (?:an? )?(?:large |big |huge |major )?(?:fire|blaze|explosions?) (?:at|in)) "
                               r"(?:an? |the |two |three |several |one of )?(?:[\w'’-]+ ){0,3}?"
                               r"(?:oil refiner\w*|refiner(?:y|ies)|(?:oil|fuel|ammunition|arms) depots?|airfields?|air ?bases?|training grounds?|"
                               r"command posts?|(?:drone|missile|arms|ammunition) (?:factory|factories|plants?)|military facilit\w+|military targets?|"
                               r"arsenals?|radars?|(?:electrical )?substations?|power (?:station|plant)s?|"
                               # the sea front: "sank a landing ship", "hit a patrol boat"
                               r"(?:war|landing |patrol |missile |supply )?ships?|vessels?|(?:patrol |landing |missile )boats?|submarines?|corvettes?|frigates?|"
                               r"headquarters|(?:energy|fuel|military|defen[cs]e) (?:facilities|infrastructure)|military-industrial \w+|"
                               r"(?:[Aa]ir[- ]defen[cs]e|Patriot|HIMARS|IRIS-T|NASAMS|S-300|S-400) (?:systems?|launchers?|batter(?:y|ies)))\b"))
# ... told in the passive, owned by a side, or as a strike carried out (its own gate: one gate with all
# of these beginnings would be too wide to prefilter)
_TARGET_HIT_TOLD = gated(re.compile(
                               # the passive: "energy facilities were struck", "infrastructure came under attack"
                               r"\b(?:energy|fuel|military|port|railway|gas|power|industrial) (?:facilities|infrastructure|sites?|plants?) (?:[\w'’-]+ ){0,4}?"
                               r"(?:(?:were|was|had been|have been|has been) (?:struck|hit|damaged|targeted|attacked)|came under (?:an? )?(?:[\w-]+ )?(?:attack|fire))\b|"
                               r"\bresponsibility for (?:an? |the |two |three |several |overnight |\d+ )?(?:[\w-]+ ){0,2}(?:attacks?|strikes?) on (?:an? |the )?"
                               r"(?:[\w'’-]+ ){0,3}?(?:air ?bases?|airfields?|refiner(?:y|ies)|depots?|plants?|bridges?|ships?|headquarters|radars?)\b|"
                               # "carried out a massive strike on energy facilities", "a group strike against military airfields"
                               r"\b(?:carried out|delivered|launched|conducted) (?:an? |another |new )?(?:[\w\"“”'-]+ ){0,2}strikes?[\"”']? (?:on|against) "
                               r"(?:[\w'’-]+ ){0,3}?(?:facilities|infrastructure|targets|airfields?|depots?|refiner(?:y|ies)|plants?|enterprises|"
                               r"headquarters|positions|command posts?|arsenals?|bases?)\b"))


_SIDE_NAMED = re.compile(r"\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s|enemy)\b")
# "Ukrainian forces destroyed five enemy boats": the side that opens the sentence did it
_DOER_VERB = re.compile(r" (?:have |has |had )?(?:also )?(?:destroyed|eliminated|sank|sunk|shot down|downed|neutrali[sz]ed|wiped out)\b")
_ENEMY_LOST_UP_TO = re.compile(r"^\W*(?:(?i:over|in|during) the (?:past|last) (?:day|24 hours|week),? )?(?:[Tt]he )?enemy (?:also )?lost up to \d[\d,]* (?:servicemen|troops|personnel|soldiers|men)\b")
_RAID_GROUP_DOWN = re.compile(r"\b(?:sabotage|reconnaissance|infiltration|landing) (?:and [\w-]+ )?groups? (?:was|were|has been|have been|had been) "
                              r"(?:\w+ )?(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out)\b|"
                              r"\b(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out) (?:an? |the |two |three |\d+ )?(?:[\w-]+ )?"
                              r"(?:sabotage|reconnaissance|infiltration|landing) (?:and [\w-]+ )?groups?\b", re.IGNORECASE)


def _target_hit(text: str) -> bool:
    """A strike on a kind of target, no settlement named (_TARGET_HIT or _TARGET_HIT_TOLD)."""
    return _TARGET_HIT.search(text) is not None or _TARGET_HIT_TOLD.search(text) is not None


# the reporter's own hedge on what it tells ("reportedly", "allegedly"), not "could not verify" (HEDGE)
_HEDGE_WORD = re.compile(r"\b(?:reportedly|allegedly|purportedly)\b")


# "..., the regional governor said": the one authority of a region, the usual teller of a strike on it
_LOCAL_TELLER_EN = re.compile(r"\b(?:[Gg]overnor|[Aa]dministration|[Mm]ayor)\b")
# ... or that authority named by his surname alone ("Kiper wrote that debris damaged a warehouse")
_REGIONAL_HEADS = frozenset(("Ukrainian regional administration", "Ukrainian military administration", "Russian regional governor",
                             "Gladkov", "Bogomaz", "Khinshtein", "Russian-installed official", "Saldo", "Balitsky", "Pushilin"))
_TELLS_EN = gated(re.compile(r"\b(?:said|says|wrote|reported|told|added|according to)\b"))


def _local_teller_of_harm(sentence: str, low: str) -> bool:
    """A strike's harm told by a region's authority, by title or by a head's name (the actors read last)."""
    titled = _LOCAL_TELLER_EN.search(sentence) is not None
    if not titled and _TELLS_EN.search(sentence) is None:
        return False
    return STRIKE_RESULT.search(low) is not None and (
        titled or any(a.actor.name in _REGIONAL_HEADS for a in find_actors(sentence)))


# «росіяни вдарили по X-ському району», «ворог гатив по громаді», «удар пришелся на X-ский район»: a strike on an area
_AREA_STRUCK_CYR = rx(r"(?:вдари(?:ли|в|ла)|удари(?:ли|л|в|ла)|гати(?:ли|в|ла)|били|бив|бил[аи]?|удар\w* (?:пришел\w*|прийшо?\w*)) "
                      r"(?:[\w'’-]+ ){0,4}?(?:по|на) (?:[\w'’-]+ ){0,2}(?:район|громад|округ|муниципалитет)\w*")


# A hit told by its noun: «влучання у школу», «численні прильоти», «прилеты по городу» (not «на місцях влучань»: the aftermath)
_HIT_NOUN_CYR = re.compile(r"(?<![\w'’-])(?<!місцях )(?<!місці )(?<!місця )(?<!месте )(?<!местах )(?<!места )(?:[Вв]лучанн\w*|[Вв]лучань|[Пп]рильот(?:и|ів|ам|ами|ах)?|[Пп]рил[іеё]т(?:и|ів|ы|а|ов|ам|ами|ах)?)(?![\w'’-])")


# «ДНР», «ЛНР», «зона СВО»: Moscow's names, which the side hit in Kyiv's territory does not use for its land
_MOSCOW_REGION_NAME = re.compile(r"(?<![\w-])(?:ДНР|ЛНР|СВО)(?![\w-])")


def _area_struck_cyr(sentence: str) -> bool:
    """Whether a Cyrillic sentence tells of a strike on a district or a community (a literal gate first)."""
    return ("район" in sentence or "громад" in sentence or "округ" in sentence) and _AREA_STRUCK_CYR.search(sentence) is not None


def placeless_hint(sentence: str) -> bool:
    """A number or a count word, or a place taken unnamed: the sentence may claim something about no settlement."""
    if not _HINT_GATE.may_match(sentence):
        return _PLACELESS_DIGIT.search(sentence) is not None  # (ASCII text: the Cyrillic tests cannot match either)
    return _PLACELESS_DIGIT.search(sentence) is not None or _PLACELESS_WORD.search(sentence) is not None or (
        # (a count opening the sentence is capitalised: "Twelve drones were downed")
        _PLACELESS_WORD.match(sentence[:16].lower()) is not None) or (
        not sentence.isascii() and (_PLACELESS_WORD_CYR.search(sentence) is not None or _unnamed_taken_cyr(sentence) is not None
                                    or _enemy_harmed_cyr(sentence) is not None or _downed_by_air_defence_cyr(sentence)
                                    or _military_hit_cyr(sentence) is not None or _area_struck_cyr(sentence)
                                    or _HIT_NOUN_CYR.search(sentence) is not None)) or (
        latin_text(sentence) and _latin_placeless_hint(sentence))


def _latin_placeless_hint(sentence: str) -> bool:
    """placeless_hint's English cues: a capture or an advance unnamed, the enemy in Kyiv's words, a target
    hit, a repulse, one craft downed, a side's own pull-back, or harm a local authority tells of."""
    if _unnamed_taken(sentence) is not None or _KYIV_WORDS_EN.search(sentence) is not None \
            or _unnamed_advance(sentence) is not None or _target_hit(sentence) \
            or ("group" in sentence and ("sabotage" in sentence or "reconnaissance" in sentence or "infiltration" in sentence
                                         or "landing" in sentence) and _RAID_GROUP_DOWN.search(sentence) is not None):
        return True  # (the last: "a sabotage group was eliminated in the border area", a raid put down)
    low = sentence.lower()
    return _REPULSE_EN.search(low) is not None or _REPULSE_PASSIVE_EN.search(low) is not None or (
        # "said its forces had downed a Russian drone": one craft, no count
        ("down" in sentence or "intercept" in sentence) and SHOOTDOWN.search(low) is not None) or (
        ("withdr" in sentence or "pull" in sentence or "retreat" in sentence or "advantageous" in sentence or "favo" in sentence)
        and _OWN_PULLBACK.search(low) is not None) or (
        # "a depot caught fire after a drone attack, the governor said": harm told by a local authority
        _local_teller_of_harm(sentence, low))


# "at a refinery in Russia", "in Russia's Saratov region": the country where the hit landed
_IN_COUNTRY = re.compile(r"\b(?:in|across|inside) (Russia|Ukraine)\b(?!['’]s (?:army|military|forces|troops))")
_STRIKER = re.compile(r"\b(Ukra|Russ)(?:inian|ian) (?:drones?|uavs?|missiles?|rockets?|(?:drone |missile |rocket )?(?:attacks?|strikes?)|"
                      r"forces|troops|army|artillery)\b")
_FOE_WORDS = re.compile(r"\b(?:the enemy|enemy (?:troops|forces|units)|occupiers|invaders)\b")


def unplaced(sentence: str, story: StoryFacts | None, stance: str, side: str, named: bool,
              speaker: str | None = None, event: str = "control") -> Statement:
    """A statement that names no settlement, scored like every other (`named`: a speaker was named for it)."""
    names = features(stance, side, event, named, placed=False)
    if scoring.RECORD is not None:
        scoring.RECORD.append((names, stance, side, None))
    return Statement(
        sentence=sentence, speaker=speaker, side=side, stance=stance, event=event, place=None,
        confidence=confidence(names), story_id=getattr(story, "id", None),
        source=getattr(story, "source", None), published=getattr(story, "published", None),
    )


def placeless_hedge(sentence: str, story: StoryFacts | None) -> Statement:
    """A reporter's "could not verify the report" when no place is named: hedge, other, place None."""
    return unplaced(sentence, story, "hedge", "other", False)


_AIMED_AT = re.compile(r"\b(?:aim\w*|seek\w*|sought|tr(?:y|ies|ying|ied)|attempt\w*|bid|push|close|closer|intent|bent|plans?|planning|"
                       r"want\w*|hop\w*|prepar\w*|poised|threaten\w*|efforts?|goal|order\w*) (?:at |to |on |of |for )?(?:\w+ )?$")
# "more than 190 settlements since the beginning of the year": a running total, no news of its own
_RUNNING_TOTAL = re.compile(r"\bsince the (?:beginning|start) of\b|\bin total\b|\bso far (?:this|in)\b")
# "eliminated up to 60 Ukrainian servicemen": the dead counted by their foe
_SIDE_KILLED = re.compile(r"\b(?:eliminated|killed|destroyed|neutrali[sz]ed|liquidated|wiped out) (?:up to |about |over |more than |some |at least )?"
                          r"\d[\d,]* (Russian|Ukrainian) (?:servicemen|soldiers|troops|fighters|personnel|militants|nationalists)\b")
# ("Russian losses over the past day amounted to", "Ukrainian losses in the area of responsibility of the Zapad group amounted to")
_GROUP_ZONE_EN = re.compile(r"\b(?:zone|area) of responsibility of the (?:[\w-]+ ){1,2}group\b|"
                            r"\bbattle ?group['’]s (?:zone|area) of responsibility\b", re.IGNORECASE)
_SIDE_LOSSES = re.compile(r"\W*(?:(?:[Oo]ver|[Ii]n|[Dd]uring) the (?:past|last) (?:day|24 hours|week|month),? )?(?:[Tt]he )?(Russian|Ukrainian) (?:[\w-]+ )?losses (?:(?:over|in|during|for) [^.;,]{3,70}? )?"
                          r"(?:amounted|totall?ed|reached|were|came to|stood at)\b[^.;]*\d")
_OWN_AIR_DEFENCE = re.compile(r"\b(Russian|Russia['’]s|Moscow['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s) (?i:air[- ]defen[cs]es?)\b|"
                              # "Russia downs 40 drones": a country that shoots down as the headline's subject
                              r"^\W*(Russia|Moscow|Ukraine|Kyiv) (?:shoots|downs|destroys|intercepts|shot|downed|destroyed|intercepted)\b")
# What a strike did to people or buildings (not a count of places shelled)
_PEOPLE_OR_HOMES_HARMED = re.compile(r"\b(?:killed|killing|kills?|injur\w+|wounded|dead|died|damag\w+|destroy\w*)\b")
# "87 Ukrainian UAVs", "Russian cruise missiles": what was shot down, by whose side it was sent
_DOWNED_OF_SIDE = re.compile(r"\b(Ukrainian|Russian)\b (?:[\w-]+ ){0,2}(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|"
                             r"aircraft|Shaheds?)\b", re.IGNORECASE)
# Weapons only one side fires, and the name Moscow's bulletins give Kyiv's long-range drones
_FIRED_BY_UA = re.compile(r"\b(?:HIMARS|ATACMS|Storm Shadows?|SCALP|JDAMs?|Hammer|Neptunes?|Vilkha|Tochka-U|Lyutyi|fixed-wing drones|aircraft-type)\b")
_FIRED_BY_RU = re.compile(r"\b(?:Shaheds?|Gerans?|Kalibrs?|Kh-\d+|Iskanders?|Kinzhals?|Zircons?|Lancets?)\b")


# Kyiv's air force bulletin: "shot down or suppressed", "in the north, south and east of the country"
_KYIV_AIR_BULLETIN = re.compile(r"\bshot down or (?:suppressed|jammed)\b|\b(?:north|south|east|west)(?:,? (?:and )?(?:north|south|east|west))+ of the country\b")


def _weapon_shooter(sentence: str) -> str | None:
    """The side that shot down what a sentence names, when only one side fires those weapons (or
    only one side's bulletin speaks of them so)."""
    ua_fired, ru_fired = _FIRED_BY_UA.search(sentence) is not None, _FIRED_BY_RU.search(sentence) is not None
    if not ua_fired and not ru_fired and _KYIV_AIR_BULLETIN.search(sentence) is not None:
        return "ua"
    return "ru" if ua_fired and not ru_fired else "ua" if ru_fired and not ua_fired else None


COUNTED_SETTLEMENTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:more |other |new |further )?"
                                  r"(?:[\w-]+ )?(?:villages|settlements|towns|localities|hamlets)\b")
_COUNTED_CAPTURE = re.compile(r"\b(?:captur\w*|took|taken|tak(?:e|es|ing)|seiz\w*|liberat\w*|occup(?:ied|ies|y)|freed|gained control|"
                              r"(?:restored|regained|re-established) control|recaptur\w*|retak\w*|retook|regain\w*)\b")
# «освободили шесть населённых пунктов», «звільнили два села»: the same count of settlements taken, in
# Russian or Ukrainian; «с начала года», «загалом»: a running total, no news of its own
COUNTED_SETTLEMENTS_CYR = re.compile(
    r"(?<!\w)(?:\d+|дв[аеі]|три|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|"
    r"несколько|кілька|"
    # the genitive after a noun or a preposition: «о захвате трех сел», «про захоплення двох сіл»
    r"двух|двох|тр[её]х|трьох|четыр[её]х|чотирьох|пяти|п['’]яти|шести|семи|восьми|нескольких|кількох) "
    r"(?:[\w'’-]+ )?(?:населен\w* пункт\w*|населённ\w* пункт\w*|сел[аоу]?\b|сёл\b|сіл\b)")
COUNTED_CAPTURE_CYR = re.compile(r"(?<!\w)(?:освобо\w+|взял\w*|взят\w*|занял\w*|захвати\w*|захвачен\w*|звільни\w*|"
                                  r"звільнен\w*|захопи\w*|захоплен\w*|зайняли|взяли під контроль|установили контроль|"
                                  r"встановили контроль|захват\w*|взяти[еия]\b|взятт\w*)")
# «освободили ещё одно село в X области», «звільнили населений пункт», «Посёлок освобождён», «взятие этого
# посёлка ...»: one settlement taken by the side telling it, unnamed
_ONE_SETTLEMENT_CYR = (r"(?:населённ\w* пункт\w*|населенн?\w* пункт\w*|сел[оа]|пос[её]л(?:ок|ка)|селищ[ея]|деревн[юи]|хутор)"
                       # (a name after it is the settlement's own; «ДНР» after it is only its region)
                       r"(?![\w-])(?!,? (?:(?-i:(?!ДНР|ЛНР)[А-ЯІЇЄҐA-Z«\"“])|под |возле |около |поблизу |біля |неподалік |недалеко ))"
                       # («звільнили село від мін»: cleared, not taken)
                       r"(?! (?:від|от) (?:мін|мин|вибухо|взрыво|завал|сміття|мусора|снігу|снега))")
_UNNAMED_TAKEN_CYR = re.compile(
    r"(?<!\w)(?:(?:освободил[аи]?|звільнил[аи]?|(?:взял[аи]?|взяли) (?:под|під) (?:свой |свій )?контроль) "
    # («освободила от киевских оккупантов ещё один населённый пункт»: from whom, before what)
    r"(?:(?:от|від) (?:[\w'’-]+ ){1,3})?"
    r"(?:(?:ещё|еще|ще|один|одно|одне|очередн\w+|ключев\w+|стратегічн\w+|стратегическ\w+|важн\w+|небольш\w+|невелик\w+|"
    r"этот|это|цей|це) ){0,2}" + _ONE_SETTLEMENT_CYR + r"|"
    r"(?<!за )(?<!на )(?<!для )(?:взятие|взяття|освобождение|звільнення) (?:этого|этой|цього|цієї|данного) " + _ONE_SETTLEMENT_CYR + r"|"
    # «о взятии населённого пункта под контроль стало известно», «занятие села стало возможно благодаря ...»
    r"(?<!за )(?<!на )(?<!для )(?<!по )(?:взяти[еия] (?:этого |данного )?(?:населённ\w* пункт\w*|населенн?\w* пункт\w*) под контроль|"
    r"заняти[еия] (?:этого |данного )?(?:населённ\w* пункт\w*|населенн?\w* пункт\w*|сел[аоу]|пос[её]лк[аеу])(?![\w-])(?!,? (?-i:[А-ЯІЇЄҐA-Z«\"“])))|"
    r"^[«\"“]?(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) (?:был[оа]? |було |полностью |повністю )*"
    r"(?:освобожд[её]н[оа]?|звільнен[оеий]?)(?!\w)|"
    # «село освободили бойцы ...», «посёлок удалось взять под контроль»: the place just named, taken, as the sentence's object
    r"(?:^|(?<=, ))[«\"“]?(?:этот |данный |цей |це )?(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) "
    r"(?:удалось |вдалося )?(?:освободил[аи]?|звільнил[аи]?|взять под контроль|взяти під контроль|взял[аи]? под контроль|взяли під контроль)(?!\w)|"
    # «после боёв населённый пункт перешёл под контроль подразделений ...»: the place changed hands to the teller
    r"(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) (?:[\w'’-]+ ){0,2}(?:перешел|перешёл|перейшов) (?:под|під) контроль|"
    # «отмечается, что населённый пункт был взят под контроль ...», «село зайняте»: passive, after «что»
    r"(?:(?<=что )|(?<=що )|^[«\"“]?)(?:этот |данный |цей )?(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) "
    r"(?:был[оа]? |було |полностью |повністю )*(?:взят[оа]?|взят(?:ий|е)|узят(?:ий|е|о)) (?:под|під) (?:свой |свій |полный |повний )?контроль|"
    # «заняли населённый пункт», «установили контроль над населённым пунктом»: the verb before the unnamed settlement
    r"(?<!не )(?:заняли|зайняли|занял|зайняв|(?:установили|встановили|установлен|встановлено) (?:полный |повний )?контроль над) "
    r"(?:(?:ещё|еще|ще|один|одним|одн\w+|этим|цим) ){0,2}(?:населённ\w* пункт\w*|населенн?\w* пункт\w*|сел(?:ом|о)|пос[её]лк(?:ом)?|селищ(?:ем|е))(?![\w-])(?!,? (?-i:[А-ЯІЇЄҐA-Z«\"“]))|"
    # «полностью освободили город», «повністю звільнили місто»: the town just named, taken whole
    r"(?<!не )(?:полностью |повністю )(?:освободил[аи]?|звільнил[аи]?|взял[аи]? под контроль|взяли під контроль) (?:город|місто)(?![\w-])(?!,? (?-i:[А-ЯІЇЄҐA-Z«\"“]))|"
    r"(?<!не )(?:освободил[аи]?|звільнил[аи]?) (?:город|місто) (?:полностью|повністю)(?![\w-])|"
    # «взят под контроль район обороны площадью 76 кв. км», «под контроль перешло свыше 500 квадратных километров»: ground, measured
    r"(?:(?:взят\w*|взял[аи]?|узят\w*|перешл[оиа]?|перешел|перешёл|перейшл[оиа]?|перейшов|установили контроль над|встановили контроль над) "
    r"(?:[\w'’«»\"-]+ ){0,6}?(?:площад\w* |площею )?(?:свыше |более |понад |почти |майже |около |близько |до )?\d[\d.,]*(?: тыс\.| тис\.)? "
    r"(?:кв\.? ?км|квадратн\w+ (?:кило|кіло)метр\w*))|"
    # «потіснили ворога на напрямку», «оттеснили противника»: the enemy pushed back, where not said
    r"(?<!не )(?:потіснил|потеснил|відтіснил|оттеснил|відкинул|отбросил)\w* (?:[\w'’-]+ )?(?:ворог\w*|противник\w*|врага|росіян|окупант\w*|оккупант\w*|россиян|всу|зсу)(?!\w)|"
    # «освобождено более 50% территории», «половина территории уже освобождена»: a share of land taken
    r"(?:освобожд[её]н[оаы]?|звільнен[оаі]?) (?:[\w%,.-]+ ){0,4}(?:территори|територі)\w*|"
    r"(?:территори|територі)\w* (?:[\w-]+ ){0,4}(?:уже |вже )?(?:освобожд[её]н[оаы]?|звільнен[оаі]?)(?!\w))", re.IGNORECASE)

# «освобождено около 70% города», «более половины города контролируется российскими войсками»: a share
# of the town just named, held by the teller (Kyiv's forces holding it are a denial: placeless_hold)
_SHARE_HELD_CYR = re.compile(
    r"(?:освобожд\w*|звільнен\w*|контролиру\w+|контролю\w+) (?:[\w'’-]+ ){0,3}(?:\d+ ?%|половин\w+|больш\w+ част\w+|більш\w+ частин\w+) "
    r"(?:территории |території )?(?:города|населенн?ого пункта|населённого пункта|міста|населеного пункту)(?![\w-])(?!,? (?-i:[А-ЯІЇЄҐA-Z«\"“]))|"
    r"(?:\d+ ?%|половин\w+|больш\w+ част\w+|більш\w+ частин\w+) (?:территории |території )?(?:города|населенн?ого пункта|населённого пункта|міста|населеного пункту) "
    r"(?:уже |вже |сейчас |зараз )?(?:освобожд\w*|звільнен\w*|контролиру\w+|контролю\w+)(?!\w)", re.IGNORECASE)
_KYIV_FORCES_CYR = re.compile(r"(?<!\w)(?:україн\w+|украин\w+|ЗСУ|ВСУ|Сил\w* оборони|Сил\w* обороны)(?!\w)", re.IGNORECASE)

# «ворог пошкодив N будинків», «загарбники зруйнували склад»: the enemy's damage, an attack told by its result
_ENEMY_HARMED_CYR = re.compile(r"(?<![\w'’])(?:окупант\w*|оккупант\w*|ворог|враг|росіяни|россияне|рашист\w*|загарбник\w*|"
                               r"російськ\w+ (?:військов\w+|армі\w+|війська)|российск\w+ (?:военн\w+|арми\w+|войска)|"
                               # Kyiv's forces named by Moscow's governors («ВСУ повредили подстанцию»), or by Kyiv of its own strike
                               r"ВСУ|ЗСУ|ВФУ|украинск\w+ (?:военн\w+|войска|беспилотник\w*|дрон\w*))\s+"
                               r"(?:[\w'’-]+\s+){0,2}(?:пошкодил\w*|пошкодив|понівечил\w*|понівечив|зруйнувал\w*|зруйнував|"
                               r"повредил\w*|разрушил\w*|поцілил\w*|поцілив|влучил\w*|влучив|"
                               # «окупанти вбили одного і поранили дев'ятьох жителів»: people killed or hurt
                               r"вбил[аи]?|вбив|убил[аи]?|поранил[аи]?|поранив|ранил[аи]?)(?![\w'’])", re.IGNORECASE)
_HARM_WORDS = ("пошкод", "понівеч", "зруйн", "повред", "разруш", "поціл", "влуч", "вбив", "вбил", "убил", "поранил", "поранив", "ранил")
"""One of these is in every match of _ENEMY_HARMED_CYR."""


def _enemy_harmed_cyr(sentence: str) -> re.Match[str] | None:
    """_ENEMY_HARMED_CYR's match in a Cyrillic sentence with one of its verbs, else None."""
    if sentence.isascii() or not any(word in sentence for word in _HARM_WORDS):
        return None
    return _ENEMY_HARMED_CYR.search(sentence)


# The attacker named right after the attack: «об обстреле ВСУ», «удару російських військ», «атаки оккупантов».
_ATTACKER_CYR = re.compile(r"(?<!\w)(?:обстрел\w*|обстріл\w*|удар\w*|атак\w*|налет\w*|наліт\w*)\s+(?:со стороны\s+|з боку\s+)?"
                           r"(ВСУ|ЗСУ|ВФУ|Вооруж\w+ сил\w* Украин\w*|Збройн\w+ сил\w* Україн\w*|украинск\w+|українськ\w+|Киев\w*|Києв\w*|"
                           r"российск\w+|російськ\w+|РФ|России|Росії|окупант\w*|оккупант\w*|ворога|врага)(?!\w)")


# A sentence that opens by counting the blasts recorded: «Зафіксовано N вибухів», «Было зафиксировано не менее N взрывов».
_EXPLOSIONS_RECORDED = re.compile(r"[«\"“]?(?:було |было )?(?:зафіксовано|зафиксировано|зафіксували|зафиксировали) "
                                  r"(?:не менше |не менее |понад |более |близько |около |щонайменше |ще |еще |ещё )?"
                                  r"[\w-]+ (?:[\w'’-]+ )?(?:вибух|взрыв)\w*")


_AIR_DEFENCE_CYR = re.compile(r"(?<!\w)(?:ПВО|ППО|РЭБ|РЕБ|противовоздушн\w+ оборон\w+|протиповітрян\w+ оборон\w+)(?!\w)", re.IGNORECASE)


def _downed_by_air_defence_cyr(sentence: str) -> bool:
    """«Они были сбиты силами ПВО»: air defence downed what the sentence does not count or name."""
    return ("ПВО" in sentence or "ППО" in sentence or "оборон" in sentence or "РЭБ" in sentence or "РЕБ" in sentence) \
        and _AIR_DEFENCE_CYR.search(sentence) is not None and SHOOTDOWN.search(sentence.lower()) is not None


# «уничтожен склад с горючим», «атаковали технику и живую силу противника», «знищили склад боєприпасів»:
# a side's hit on the enemy's forces, its place unnamed
_MILITARY_HIT_CYR = re.compile(r"(?<![\w'’])(?<!не )(?:уничтожил|уничтожен|поражен|поражён|поразил|знищил|знищив|знищен|уразил|уражен|атаковал)\w* "
                               r"(?:[\w'’-]+ ){0,3}"
                               r"(?:склад\w*|пункт\w* управлін\w*|пункт\w* управлен\w*|технік\w*|техник\w*|живу(?:ю)? сил\w*|живої сили|"
                               r"гаубиц\w*|пусков\w*|станци\w* (?:рэб|радиоэлектрон\w*)|склади|складів)(?![\w'’])", re.IGNORECASE)


def _military_hit_cyr(sentence: str) -> re.Match[str] | None:
    """_MILITARY_HIT_CYR's match in a Cyrillic sentence with one of its objects, else None."""
    if sentence.isascii() or not ("склад" in sentence or "техн" in sentence or "живу" in sentence or "живої" in sentence
                                  or "управл" in sentence or "гаубиц" in sentence or "пусков" in sentence or "станци" in sentence):
        return None
    return _MILITARY_HIT_CYR.search(sentence)


def unnamed_gain(sentence: str) -> bool:
    """Whether the sentence tells of a gain whose settlement goes unnamed ("captured another village")."""
    return (latin_text(sentence) and _unnamed_taken(sentence) is not None) or _unnamed_taken_cyr(sentence) is not None


def _unnamed_taken_cyr(sentence: str) -> re.Match[str] | None:
    """_UNNAMED_TAKEN_CYR's match in a Cyrillic sentence that has one of its stems, else None."""
    if sentence.isascii() or not ("освоб" in sentence or "звільн" in sentence or "онтрол" in sentence or "взят" in sentence
                                  or "Освоб" in sentence or "Звільн" in sentence or "Взят" in sentence or "няти" in sentence or "тісни" in sentence
                                  or "тесни" in sentence or "кинул" in sentence or "бросил" in sentence or "заня" in sentence
                                  or "зайня" in sentence or "перешл" in sentence or "перейшл" in sentence or "контрол" in sentence):
        return None
    if (taken := _UNNAMED_TAKEN_CYR.search(sentence)) is not None:
        return taken
    share = _SHARE_HELD_CYR.search(sentence) if "контрол" in sentence or "освобо" in sentence or "звільн" in sentence else None
    return share if share is not None and _KYIV_FORCES_CYR.search(sentence) is None else None


# «за час війни», «за время СВО»: a count over the whole war, not a day's news
_WAR_LONG_CYR = re.compile(r"(?<!\w)(?:за (?:час|роки|весь час|время|годы|всё время|все время) (?:повномасштабн\w+ )?(?:війни|вторгнення|войны|вторжения|окупації|оккупации|сво))(?!\w)")
# («всего за прошедшую неделю»: a week's tally is the news, not the war's running total)
_RUNNING_TOTAL_CYR = re.compile(r"(?<!\w)(?:с начала|от начала|з початку|від початку|(?:всего|в общей сложности|загалом|усього|всього)"
                                r"(?! за (?:прошедш\w+ |минувш\w+ |минул\w+ |последн\w+ |останн\w+ )?(?:недел|тижд|сут|доб|день|месяц|місяц)))(?!\w)")

_RUNNING_TAIL = re.compile(r",? (?:bringing|taking|raising) (?:the|its|their) (?:overall |total |)(?:total|tally|number|count)\b")
_PRISONERS_CYR = re.compile(r"(?<!\w)(?:(?:взял[иа]?|взято|взяті|взяты|взят|захопил[иа]?|захопили) (?:[\w'’-]+ ){0,3}в (?:полон|плен)|"
                            r"в (?:полон|плен) (?:[\w'’-]+ ){0,2}(?:взял[иа]?|взято|взяті|взяты|взят|захопил[иа]?))(?!\w)")
# «відбили N атак», «зупинено N штурмів», «отразили N контратак»: a day's repulses counted, no settlement named
# A bulletin's strikes on the foe's troops by count: "struck four areas where enemy personnel ...",
# «уразили п’ять районів зосередження», «поразили пункт управления»
_BULLETIN_HIT = re.compile(r"\b(?:struck|hit|уразил\w*|уразила|вразил\w*|поразил\w*|поразила) (?:[\w'’-]+ ){0,2}?(?:\d+ |two |three |four |five |six |seven |"
                           r"eight |nine |ten |два |дві |три |чотири |п['’]ять |шість |пять |четыре |шесть )?"
                           r"(?:areas? (?:where|of) (?:enemy |russian |ukrainian )?(?:personnel|troops|equipment)|район(?:и|ів)? зосередження|районов сосредоточения|"
                           r"районы сосредоточения|район(?:и|ів)? скупчення|(?:enemy |russian |ukrainian )?command posts?|пункт\w* управлін\w*|пункт\w* управлени\w*)")
_COUNTED_REPULSE = re.compile(r"(?:відбил\w*|відбито|зупинил\w*|зупинено|отразил\w*|отражен\w*|отбил\w*|отбито|остановил\w*|остановлено) (?:вже |уже |ще |еще |ещё )?"
                              r"(?:(?:протягом|за|в течение) (?:минулої |минувших |прошедших )?(?:доби|суток|дня) )?"
                              r"(?:\d+|[а-яіїє'’]+) (?:[а-яіїє'’-]+ )?(?:атак|штурм|спроб|попыт|наступальн|наступательн|контратак|контрнаступ|вылаз|вилаз)|"
                              # the count first, the passive after: «19 атак уже отбиты», «23 штурми відбито»
                              r"(?<!\w)\d+ (?:[а-яіїє'’-]+ )?(?:атак|штурм|наступальн|наступательн|контратак)\w* (?:вже |уже |было |було )?"
                              r"(?:відбит|отбит|отражен|зупинен|остановлен)\w*")
# "repelled five Ukrainian attacks", "beat back the enemy's assaults", "thwarted attempts to break through":
# the same repulse in English, its settlements unnamed
_REPULSE_EN = gated(re.compile(r"\b(?:repel(?:s|led)?|repuls(?:e|es|ed)|beat(?:s|en)? back|fought off|fended off|thwart(?:s|ed)?|"
                               r"foil(?:s|ed)?)(?: [\w'’-]+){0,5}? (?:(?:counter-?)?attacks?|assaults?|attempts?|offensives?|advances|incursions?|breakthroughs?)\b|"
                               # "repelled 31 of them": the attacks counted in the sentence before
                               r"\brepel(?:s|led)? (?:\d[\d,]*|all|most) of them\b|"
                               # a bulletin's count stopped: "stopped 38 assault and offensive actions"
                               r"\b(?:stopped|halted) (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)(?: [\w'’-]+){0,4}? "
                               r"(?:attacks|assaults|(?:assault|offensive|combat) actions)\b"))
# "all Russian attacks were repelled": the same repulse in the passive (whose, only a speaker says: the
# attacker is named, not the side that beat it back)
_REPULSE_PASSIVE_EN = gated(re.compile(r"\b(?:(?:counter-?)?attacks?|assaults?|attempts?|offensives?) (?:[\w-]+ ){0,2}(?:were|was|have been|had been|has been) "
                                       r"(?:all |successfully |effectively )?(?:repelled|repulsed|beaten back|thwarted|foiled)\b"))
# The word beginnings every English test of placeless_hint needs, looked for at once: most sentences hold none.
_HINT_GATE = StartsGate(_PLACELESS_WORD, _UNNAMED_TAKEN, _TAKEN_PASSIVE, _REGION_FREED, _KYIV_WORDS_EN, _UNNAMED_ADVANCE,
                        _GROUND_WON, _TARGET_HIT, _TARGET_HIT_TOLD, _RAID_GROUP_DOWN, _REPULSE_EN, _REPULSE_PASSIVE_EN,
                        SHOOTDOWN, _OWN_PULLBACK, _LOCAL_TELLER_EN, _TELLS_EN)
# "in recent weeks", "over the past months": a summary of many days, no day's repulse
_SPAN_OF_DAYS = re.compile(r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several )?(?:days|weeks|months)\b")
# What a placeless strike must name beside its harm: the attack, its weapon or its attacker's aggression.
_ATTACK_CUE = rx(r"(?:удар|обстр|атак|терор|дрон|бпла|безпілотн|беспилотн|ракет|снаряд|бомб|шахед|вибух|взрыв|прил[еіь]т|агрес|вогн|відкри\w* вогонь|открыл\w* огонь|огн|попал|попад|влуч|"
                  r"скид|сброс|каб\b|били по|бил[аи]? по|shell|strik|struck|attack|\bhit\b|drone|missile|bomb|rocket|fired|explosion|artiller|mortar|glide|shahed|debris|wreckage|uav|"
                  # "were hit by enemy fire", "hit by the enemy": the fire is the enemy's, no fire broke out
                  r"(?:enemy|russian|hostile) fire|hit by the enemy)")
_NO_HARM = rx(r"\b(?:никто не (?:пострадал|погиб|ранен)|ніхто не (?:постраждав|загинув)|без (?:постраждалих|пострадавших|жертв)|"
               r"обійшлося без|обошлось без|"
               # «ніч минула без обстрілів», «сутки прошли без атак»: a quiet night, no strike
               r"(?:минул\w*|пройшл\w*|прошл\w*|минув) (?:[\w-]+ ){0,2}(?:без обстріл\w*|без обстрел\w*|без атак\w*|без удар\w*|спокійно|спокойно)|"
               # «обстрілів не було», «атак не зафиксировано»: a quiet day, no strike
               r"(?:обстріл|обстрел|атак|удар|прил[іе]т)\w* (?:[\w-]+ ){0,2}не (?:було|было|зафіксовано|зафиксировано|фіксувалося|фиксировалось)\b|"
               # «пострадавших в результате этого обстрела нет»
               r"(?:пострадавших|постраждалих|погибших|загиблих|жертв) (?:[\w-]+ ){0,6}(?:нет|немає|нема)\b)")
# The attack told as an act («окупанти обстрілюють X, без постраждалих»): a strike even when nobody was hurt.
_ATTACK_ACT = rx(r"\b(?:обстрілю\w*|обстріля\w*|обстрелива\w*|обстреля\w*|атакува\w*|атакову\w*|атаковал\w*|вдари\w*|удари(?:л|ли|ла|в)\b|"
                  r"завда\w* (?:[\w'’-]+ ){0,3}удар\w*|нан[ео]с\w* (?:[\w-]+ ){0,3}удар\w*|б['’]ють|бьют|гатять|гатили)")
_HABIT_OR_TREND = rx(r"(?:только|исключительно|лише|виключно) по (?:военным|військових) (?:цел|объект|об['’ʼ]єкт)\w*|"
                     r"\b(?:регулярно|постоянно|постійно|систематично|щоденно|ежедневно|збільшу\w*|увеличива\w*|нарощу\w*|наращива\w*|"
                      # «в ходе продолжающихся обстрелов»: the shelling as a backdrop, no strike of its own
                      r"продолжающ\w*|триваюч\w*|"
                      # «ВСУ возобновили обстрелы жилых кварталов»: a trend resumed, no strike told
                      r"возобнови\w*|поновил\w*|відновил\w* (?=обстріл)|resumed|"
                      # "authorities rarely disclose the damage": what is usually so, no strike of the day
                      r"rarely|seldom|usually|routinely|regularly|frequently|almost never)\b")
_PLACELESS_EVENTS = ("shootdown", "losses", "strike")
# "14 settlements in the region came under enemy fire", "shelled 32 towns and villages": a bulletin's tally of places hit
_PLACES_FIRED_ON_EN = re.compile(r"\b\d+ (?:[\w-]+ )?(?:settlements|towns|villages|communities|localities)\b[^.;]{0,40}? "
                                 r"(?:came|come|were|had come|have come|has come) under (?:[\w-]+ ){0,2}(?:fire|shelling|attacks?)|"
                                 r"\b(?:shelled|struck|attacked|hit|fired (?:at|on)) \d+ (?:[\w-]+ )?(?:settlements|towns|villages|localities)\b")
# "the enemy shelled Ukrainian positions 282 times": a tally of fire on the front line, activity, not a strike
_POSITIONS_FIRED_ON = re.compile(r"\b(?:shelled|struck|attacked|fired (?:at|on)|hit) (?:the )?(?:ukrainian|our|russian|its|their|enemy|"
                                 r"the enemy['’]s) (?:[\w-]+ )?positions (?:(?!and\b|or\b)\w+ ){0,3}\d[\d,]* times\b")
_CIVILIAN_HARM = re.compile(r"\b(?:killed|killing|injur\w+|wounded|civilians?|residents?|houses?|homes?|damag\w+)\b")
# «ворог продовжує вести обстріли»: shelling going on, a strike only with its harm told
_GOES_ON_SHELLING = rx(r"\b(?:продовжу|продолжа)\w* (?:вести |вест[иь] )?(?:обстр|атак|удар|бомб|терор)\w*|"
                        r"\b(?:трива|ид[уе]т|йдуть)\w* (?:[\w'’-]+ )?(?:обстр|атак|удар|бомб)\w*|"
                        # the noun first: «обстрелы продолжились и утром», «атаки тривали всю ніч»
                        r"\b(?:обстр|атак|удар|бомбардир|бомбардув)\w* (?:[\w'’-]+ )?(?:продолжил|продолжа|продовжил|продовжу|тривал|трива)\w*")
# Drones or missiles said to have attacked a region, a community or what is on it (not troops attacking near
# a village): «ВСУ атаковали беспилотниками три района», «ворожі дрони атакували приватний сектор»
_AIR_ATTACKED_CYR = rx(r"(?:бпла|беспилотн\w*|безпілотн\w*|дрон\w*|ракет\w*|шахед\w*|авиаци\w*|авіаці\w*)(?: [\w«»\"()-]+){0,4} "
                        r"(?:атаковал[аи]?|атакував|атакувал[аи]|атакуют|атакують)\b(?! (?:[\w-]+ ){0,3}(?:позици|позиці|напрям|направлени))|"
                        r"(?:атаковал[аи]?|атакував|атакувал[аи])(?: [\w«»\"()-]+){0,4} (?:бпла|беспилотн\w*|безпілотн\w*|дрон\w*|ракет\w*|шахед\w*)"
                        r"(?! (?:[\w-]+ ){0,3}(?:позици|позиці|напрям|направлени))|"
                        r"(?:атаковал[аи]?|атакував|атакувал[аи]) (?:[\w-]+,? ){0,5}(?:муниципалитет|регион|област|район|округ|громад|населенн\w* пункт|"
                        r"населен\w* пункт|приватн\w* сектор|частн\w* сектор|сел[аоу]?\b|сёл|сіл\b)|"
                        # «села атакованы дронами»: the same told in the passive
                        r"(?:атакован[аоыи]?|атаковані|атакований|атакована) (?:[\w-]+ ){0,2}(?:бпла|беспилотник\w*|безпілотник\w*|дрон\w*|ракет\w*)|"
                        # «ворожа атака на промзону», «атака ворога на депо»: Kyiv's words for an attack that hit something
                        r"(?:ворож\w+ атак\w*|атак\w* ворога) (?:на|по) (?![\w'’-]*(?:позиці|напрям|рубеж))|(?:внаслідок|під|після) ворож\w+ атак\w*|"
                        # «нанесли удар по нефтебазе», «завдали удару по підстанції»: a strike on a named kind of target
                        r"(?:нанес\w*|нан[её]с|осуществи\w*|завда\w*|здійсни\w*) (?:[\w-]+ ){0,2}(?:удар\w*|атак\w*) по (?:[\w'’-]+ ){0,3}"
                        r"(?:инфраструктур|інфраструктур|узл|вузл|аэродром|аеродром|объект|об['’]єкт|город|міст|"
                        r"нпз|нефтебаз|нафтобаз|склад|подстанц|підстанц|предприят|підприєм|порт)\w*")


_LIBERATED = re.compile(r"(?<![^\W\d_])(?:освобод|освобожд|звільн|liberat)\w*")
# «..., не навівши їхні назви», «не уточняя»: the places left unnamed
_NOT_NAMING = re.compile(r"\bне (?:навівши|назвавши|назвав|уточнивши|уточнив|называя|уточняя)\b(?: (?:їхні|їх|их) )?(?:\w+)?")


def _counted_gainer(text: str, sentence: str, taken_one: re.Match[str] | None, actors: list[ActorMention],
                    speaker: ActorMention | None) -> str | None:
    """The side of the party named before a counted capture's verb, other than the speaker."""
    took = _COUNTED_CAPTURE.search(text) or (
        _unnamed_taken(sentence) if latin_text(sentence) else COUNTED_CAPTURE_CYR.search(text)) or taken_one
    if took is None:
        return None
    return next((a.actor.side for a in actors if a is not speaker and a.actor.side in ("ru", "ua") and a.end <= took.start()), None)


def placeless_statements(sentence: str, story: StoryFacts | None, default_side: str, staff_side: str,
                          story_date: float | None, ministry_side: str | None = None) -> list[Statement]:
    """Claims that name no settlement ("air defences destroyed 31 drones over the Belgorod region",
    "Russia lost 1,030 troops in a day, the General Staff says"): the party's side, place None."""
    low = sentence.lower()
    text = low if len(low) == len(sentence) else sentence
    event = classify_event(text, sentence)
    # "Russia said it downed 40 drones; this could not be verified": the reporter's hedge follows the claim
    unverified = CANNOT_VERIFY.search(text)
    told = text[:unverified.start()] if unverified is not None else text
    if " не " in told:
        told = _NOT_NAMING.sub(" ", told)  # «..., не навівши їхні назви»: the places left unnamed, no negation of the news
    if event is None and latin_text(sentence) and (_unnamed_taken(sentence) is not None or (
            COUNTED_SETTLEMENTS.search(text) is not None and _COUNTED_CAPTURE.search(text) is not None)):
        # "Russia claims to have taken another settlement", "restored control in five settlements"
        event = "control"
    elif event is None and latin_text(sentence) and _unnamed_advance(text) is not None:
        event = "control"  # "took back 40 square kilometres of territory": ground won
    taken_one = _unnamed_taken_cyr(sentence)
    if taken_one is not None and event is None:
        event = "control"  # «взятие этого посёлка ...»: the verbal noun alone
    if event in (None, "strike") and _military_hit_cyr(sentence) is not None:
        event = "losses"  # «атаковали технику и живую силу противника»: the enemy's forces hit, counted as its losses
    harmed = _enemy_harmed_cyr(sentence) if event in (None, "strike") else None
    if harmed is not None and (" не " in harmed.group() or _RUNNING_TOTAL_CYR.search(text) or _WAR_LONG_CYR.search(text)):
        harmed = None  # «окупанти не пошкодили ...», «зруйнували 300 будинків за час війни»: no strike, or a running total
    if harmed is not None:
        event = "strike"
    # "its forces captured two villages in the Donetsk region", "Russia says it captured a village in
    # the Donetsk region": a capture counted, its settlements unnamed
    counted = event == "control" and not has_negation(told) and (
        (latin_text(sentence) and _unnamed_taken(sentence) is not None)
        or (COUNTED_SETTLEMENTS.search(text) is not None and _COUNTED_CAPTURE.search(text) is not None)
        or (not sentence.isascii() and COUNTED_SETTLEMENTS_CYR.search(text) is not None
            and COUNTED_CAPTURE_CYR.search(text) is not None and _RUNNING_TOTAL_CYR.search(text) is None)
        or taken_one is not None)
    if counted and (took := _COUNTED_CAPTURE.search(text) or _unnamed_taken(sentence)) is not None \
            and _AIMED_AT.search(text, max(0, took.start() - 40), took.start()):
        return []  # "aiming to capture two villages", "close to taking": an aim, not a capture
    # "Ukraine withdraws from two villages near Avdiivka": a pull-back counted, its settlements unnamed
    left = not counted and latin_text(sentence) and (COUNTED_SETTLEMENTS.search(text) is not None
                                                     or _OWN_PULLBACK.search(text) is not None) \
        and (pulled := WITHDRAW.search(text)) is not None and not has_negation(told)
    if left:
        event = "control"
    # "180 square kilometres liberated, Syrskyi said": a party's own gain in area (an analyst's tally is not a claim)
    area = not counted and event == "control" and latin_text(sentence) and AREA_MEASURE.search(text) is not None \
        and _COUNTED_CAPTURE.search(text) is not None and not has_negation(told)
    beaten = (_REPULSE_EN.search(text) or _REPULSE_PASSIVE_EN.search(text) if _SPAN_OF_DAYS.search(text) is None else None) \
        if latin_text(sentence) \
        else _COUNTED_REPULSE.search(text)
    # (the negation judged from the repulse on: «не дали закріпитися й відбили шість штурмів» repelled them)
    repulsed = event == "control" and not (counted or left or area) and beaten is not None \
        and not has_negation(text if latin_text(sentence) else text[max(0, beaten.start() - 12):])
    passive = repulsed and beaten.re is getattr(_REPULSE_PASSIVE_EN, "pattern", _REPULSE_PASSIVE_EN)
    # «взяли в полон 12 окупантів»: prisoners taken, a side's own gain with no settlement
    prisoners = event == "control" and not (counted or left or area or repulsed) and not sentence.isascii() \
        and (took := _PRISONERS_CYR.search(text)) is not None and not has_negation(text[max(0, took.start() - 12):])
    if event == "control" and not (counted or left or area or repulsed) and LOSSES.search(text) is not None:
        event = "losses"  # "improved their position and eliminated 375 soldiers": the count is the claim
    # "Russia said its forces had advanced further": a party's own advance, its place unnamed
    advanced = event == "control" and not (counted or left or area or repulsed) and latin_text(sentence) \
        and _unnamed_advance(text) is not None and not has_negation(told)
    if event not in _PLACELESS_EVENTS and not (counted or left or area or repulsed or advanced or prisoners):
        return []
    if event in ("strike", "shootdown") and NO_EVENT.search(text):
        return []  # "the missile cannot be intercepted", "the city has not been hit": no strike, no shootdown
    if event == "strike" and harmed is None and not STRIKE_RESULT.search(text) and not (latin_text(sentence) and _PLACES_FIRED_ON_EN.search(text)) \
            and (sentence.isascii() or not (_AIR_ATTACKED_CYR.search(text) or _area_struck_cyr(text))):
        return []
    if event == "strike" and (not (_ATTACK_CUE.search(text) or harmed is not None or latin_text(sentence) and _target_hit(text)
                                   or not sentence.isascii() and _area_struck_cyr(text) or _BULLETIN_HIT.search(text))
                              or (_NO_HARM.search(text) and not _ATTACK_ACT.search(text))
                              or _HABIT_OR_TREND.search(text) or (not sentence.isascii() and AFTER_STRIKE_REPAIR.search(text))
                              or (_GOES_ON_SHELLING.search(text) and not STRIKE_HARM.search(text))):
        # «Поранені двоє чоловіків» names no attack; «никто не пострадал», «регулярно атакуют»,
        # «нарощує обстріли» tell of no strike that happened
        return []
    if event == "strike" and not sentence.isascii() and _WAR_LONG_CYR.search(text):
        return []  # «вбили понад сто тисяч цивільних за час війни»: the whole war's toll, no strike of the day
    if event == "strike" and not sentence.isascii() and _EXPLOSIONS_RECORDED.match(text) and not STRIKE_HARM.search(text):
        return []  # «Зафіксовано 14 вибухів»: a bulletin's count of blasts, detail of a strike told before
    if event == "strike" and " times" in text and _POSITIONS_FIRED_ON.search(text) and not _CIVILIAN_HARM.search(text):
        return []  # "shelled our positions 150 times": fire on the front line counted, no strike on anyone
    # (a question as the placed path reads one: "where 53 explosions were recorded" asks nothing)
    asks = ("?" in sentence or not sentence.rstrip("»”\"' ").endswith((".", "!"))) and QUESTION.search(text)
    # "..., bringing the total since the war began to N": the running total appended says no history of the news
    recent = text[:tail.start()] if (tail := _RUNNING_TAIL.search(text)) is not None else text
    # "Russian troops have reportedly taken several settlements": a capture counted and hedged is the reporter's hedge
    hedged = (counted or left or advanced) and latin_text(sentence) and _HEDGE_WORD.search(told) is not None
    if HISTORY.search(recent) or asks or (HEDGE.search(told) and not hedged) or DENIAL.search(text):
        return []
    goal = GOAL.search(recent)
    if goal and not GOAL_EXCEPT.search(text, 0, goal.start()) and not (
            counted and (took := _unnamed_taken(sentence) or _COUNTED_CAPTURE.search(text) or taken_one) is not None
            and took.end() <= goal.start()):
        # (", taking two settlements in a push aimed at ...": the capture told before the goal stands)
        return []
    actors = sentence_actors(sentence, staff_side, ministry_side=ministry_side)
    if unverified is not None:
        actors = [a for a in actors if a.end <= unverified.start()]  # (not the agency that cannot verify)
    speaker = find_speaker(text, actors)
    # the narrator's side as revise reads it: Kyiv's words written in Russian are Kyiv's
    language = strike_narrator_side(sentence) if event == "strike" else narrator_side(sentence)
    stance = "claim"
    if passive and (speaker is None or speaker.actor.side not in ("ru", "ua")):
        return []  # "the attacks were repelled" with no side speaking: whose repulse is unsaid
    if hedged and (speaker is None or speaker.actor.side not in ("ru", "ua")):
        return [] if is_history(sentence, story_date) else [placeless_hedge(sentence, story)]
    if speaker is not None and speaker.actor.side in ("ru", "ua"):
        side, name, named = speaker.actor.side, speaker.actor.name, True
    elif advanced:
        return []  # an advance told by nobody, or by a reporter: narration, not a party's claim
    elif (counted or left) and speaker is not None and speaker.actor.side == "other" and speaker.actor.rank >= 2:
        # "N villages were taken, a mapping group says": the group's own finding
        stance, side, name, named = "confirmation", "other", speaker.actor.name, True
    elif counted and speaker is None and latin_text(sentence) and (taken := _COUNTED_CAPTURE.search(text)) is not None and (
            agent := next((a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None \
            and agent.start < taken.start() and not _RUNNING_TOTAL.search(text):
        # "Russian forces liberated five settlements", told by nobody: "liberated" is the side's own media
        # speaking (as for a named town), and so is a grouping telling its own gain ("Battlegroup East
        # fighters took three villages"); plain narration of a capture is the reporter's confirmation
        if "liberat" in text or agent.actor.rank >= 2 or (agent.actor.side == "ua" and TOOK_BACK.search(text)):
            side, name, named = agent.actor.side, None, False
        else:
            stance, side, name, named = "confirmation", "other", None, False
    elif repulsed and speaker is None and (beaten := (_REPULSE_EN if latin_text(sentence) else _COUNTED_REPULSE).search(text)) \
            is not None and (agent := next((a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None \
            and agent.end <= beaten.start() and not any(a.actor.side == "other" for a in actors):
        # "Ukrainian defenders repulsed four enemy attacks", «ВСУ отразили 5 атак врага», told by nobody:
        # the side's own bulletin, as for a named place, whatever the language it is written in
        side, name, named = agent.actor.side, None, False
    elif event in ("strike", "losses") and speaker is None and (struck := _BULLETIN_HIT.search(text)) is not None \
            and (agent := next((a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None \
            and agent.end <= struck.start() and not any(a.actor.side == "other" for a in actors):
        # "Ukrainian aviation struck four areas where enemy personnel were concentrated", «Сили оборони уразили
        # п’ять районів зосередження»: a general staff's bulletin line, told by nobody, is the striking side's
        side, name, named = agent.actor.side, None, False
    elif event == "shootdown" and speaker is not None and speaker.actor.side == "local" \
            and (downed := _DOWNED_OF_SIDE.search(sentence)) is not None:
        # "air defence intercepted 14 Ukrainian drones over the region, the governor's office said": whose drones says whose governor
        side, name, named = ("ru" if downed.group(1).lower().startswith("ukrain") else "ua"), speaker.actor.name, True
    elif speaker is not None and speaker.actor.side == "local" and event == "strike" and not sentence.isascii() \
            and (hit := _ATTACKER_CYR.search(sentence)) is not None:
        # «губернатор сообщил об ударе ВСУ по ...»: the side that was hit reports the harm, whichever region he heads
        side, name, named = ("ru" if hit.group(1)[:1] in "ВЗуУКк" else "ua"), speaker.actor.name, True
    elif speaker is not None and speaker.actor.side == "local" and (
            (region := next((m for m in find_places(sentence) if m.kind == "region"
                             # (or a district named after its centre: "in the Shebekino district")
                             or m.kind == "settlement" and m.country and named_district(sentence, m)), None)) is not None
            or language is not None):
        # «губернатор Саратовської області», "in the Russian border region of Belgorod, the governor
        # said": the region he heads places him; else the language's state
        side, name, named = ("ru" if region is not None and sentence[region.start:region.end] in ("ДНР", "ЛНР")
                             else region.country if region is not None else language), speaker.actor.name, True
        # («глава ДНР»: Moscow's name for the region is its installed head's)
    elif speaker is not None and speaker.actor.side == "local" and event == "strike" and (hit := ATTACKER.search(sentence)) is not None \
            and _PEOPLE_OR_HOMES_HARMED.search(text) is not None:
        # "two were killed in a Russian strike, local officials said": the side that was hit reports its harm
        side, name, named = ("ru" if hit.group(1).startswith(("Ukrain", "Kyiv", "Kiev")) else "ua"), speaker.actor.name, True
    elif speaker is None and language == "ru" and event == "strike" and _air_space_side(sentence) == "ua" \
            and not RU_VOICE_STRIKE.search(text) and not _MOSCOW_REGION_NAME.search(sentence):
        # «обстрелам подверглись села трёх районов Харьковской области»: Ukraine's land hit, told in the
        # words of the side that was hit (not «ВС РФ нанесли удар»): Kyiv's, in Russian
        side, name, named = "ua", None, False
    elif speaker is None and language == "ru" and event == "shootdown" and _over_kyivs_own_regions(sentence):
        # «Силы ПВО сбили над Одесщиной 18 шахедов»: only Kyiv's air defence fires over Odesa; Moscow's
        # tallies name its own regions and those it claims
        side, name, named = "ua", None, False
    elif speaker is None and language is not None:
        side, name, named = language, None, False
    elif event == "shootdown" and (own := _OWN_AIR_DEFENCE.search(sentence)) is not None:
        # "Russian air defence downed N drones", told by nobody: a side's own air defence reports its kills
        side, name, named = ("ru" if (own.group(1) or own.group(2)).lower().startswith(("russ", "mosc")) else "ua"), None, False
    elif event == "shootdown" and speaker is None and (home := _air_space_side(sentence)) is not None:
        # "it said 11 were downed over the Belgorod region, 28 over the Voronezh region": over one
        # country's regions only that country's air defence counts kills
        side, name, named = home, None, False
    elif event == "shootdown" and speaker is None and (downed := _DOWNED_OF_SIDE.search(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "Air defence destroyed 87 Ukrainian UAVs overnight": the drones' side names the side that downed them
        side, name, named = ("ru" if downed.group(1).lower().startswith("ukrain") else "ua"), None, False
    elif event == "shootdown" and speaker is None and (shooter := _weapon_shooter(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "shot down two HIMARS rockets and 40 fixed-wing drones", "downed 30 Shaheds": only one side fires these
        side, name, named = shooter, None, False
    elif event in ("losses", "shootdown") and speaker is None and actors and actors[0].start <= 12 and (
            actors[0].actor.rank >= 2 or _DOER_VERB.match(sentence, actors[0].end) is not None) \
            and actors[0].actor.side in ("ru", "ua") and not any(a.actor.side == "other" for a in actors):
        # "Battlegroup Yug ... eliminated 380 soldiers", "The air force destroyed 30 drones": a grouping or
        # service opening the bulletin's line tells its own kills
        side, name, named = actors[0].actor.side, actors[0].actor.name, True
    elif event == "losses" and speaker is None and _PLACELESS_DIGIT.search(sentence) and (loser := next(
            (a for a in actors if a.actor.side in ("ru", "ua") and a.actor.rank == 1), None)) is not None \
            and TROOPS_LOST.match(sentence, loser.end) and not any(a.actor.side == "other" for a in actors):
        # "The Russian army lost 817 units of equipment": a count of the enemy's losses is its foe's tally
        side, name, named = ("ua" if loser.actor.side == "ru" else "ru"), None, False
    elif event == "losses" and speaker is None and (lost := _SIDE_LOSSES.match(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "Ukrainian losses amounted to 1,500 people in a day, it added": the foe counts them
        side, name, named = ("ua" if lost.group(1).lower() == "russian" else "ru"), None, False
    elif speaker is None and event == "losses" and (killed := _SIDE_KILLED.search(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "the group's units eliminated up to 60 Ukrainian servicemen": the foe of the dead counts them
        side, name, named = ("ua" if killed.group(1) == "Russian" else "ru"), None, False
    elif speaker is None and event == "losses" and _ENEMY_LOST_UP_TO.search(sentence) is not None:
        # "The enemy lost up to 190 servicemen": Moscow's bulletin in English counts the foe's losses "up to" a figure
        side, name, named = "ru", None, False
    elif speaker is None and event == "losses" and _GROUP_ZONE_EN.search(sentence) is not None:
        # "the enemy's losses in the zone of responsibility of the Southern group amounted to up to 190":
        # Moscow's bulletin counts by its groupings' zones
        side, name, named = "ru", None, False
    elif event == "strike" and (speaker is None or speaker.actor.side not in ("ru", "ua", "other")) and actors \
            and actors[0].actor.side in ("ru", "ua") and actors[0].actor.rank == 1 \
            and (struck := STRUCK_AFTER_SUBJECT.match(sentence, actors[0].end)) is not None \
            and not any(a.actor.side != actors[0].actor.side for a in actors) \
            and _SIDE_NAMED.search(sentence, struck.end()) is None:
        # "Ukrainian forces had shelled about 10 villages, he said": the side hit tells of it (not "struck
        # areas where Russian personnel were": what was hit is the other side's army, the striker's bulletin)
        side, name, named = ("ua" if actors[0].actor.side == "ru" else "ru"), None, False
        if speaker is not None:
            name, named = speaker.actor.name, True
    elif event == "strike" and (speaker is None or speaker.actor.side == "local") and (land := _IN_COUNTRY.search(sentence)) is not None \
            and (striker := _STRIKER.search(sentence, 0, land.start())) is not None \
            and (hit_side := "ru" if land.group(1) == "Russia" else "ua") != ("ru" if striker.group(1) == "Russ" else "ua"):
        # "a Ukrainian drone attack caused a fire at a refinery in Russia, local officials said": the country hit tells it
        side, name, named = hit_side, None, False
    elif (speaker is None or speaker.actor.side == "local") and _KYIV_WORDS_EN.search(sentence):
        # "the enemy launched 119 shelling attacks", "Russian invaders fired at four settlements":
        # in English only Kyiv's officials call Russia's forces so, so the tally is Kyiv's
        side, name, named = "ua", speaker.actor.name if speaker is not None else None, speaker is not None
    else:
        return []  # English narration with no party speaking: whose claim is it?
    if taken_one is not None and not named and (agent := next((a for a in actors if a.actor.side in ("ru", "ua")
                                                               and a.end <= taken_one.start()), None)) is not None:
        side = agent.actor.side  # «ВСУ освободили село»: one liberates only for one's own side, whatever the language
    news = sentence[:tail.start()] if tail is not None else sentence
    if is_history(news, story_date) or is_recap(news, story_date):
        return []
    if area and side not in ("ru", "ua"):
        return []
    if left and side in ("ru", "ua"):
        # one's own troops pulled back is a concession; the enemy's, a claim
        withdrew = [a.actor.side for a in actors if a.end <= pulled.start() and a.actor.side in ("ru", "ua")]
        if not withdrew and _FOE_WORDS.search(text, 0, pulled.start()):
            stance = "claim"  # "the enemy retreated": the foe's pull-back in the speaker's own words
        else:
            stance = "confirmation" if (withdrew[-1] if withdrew else side) == side else "claim"
    if counted and named and stance == "claim" and side in ("ru", "ua") \
            and (gainer := _counted_gainer(text, sentence, taken_one, actors, speaker)) is not None and gainer != side:
        if _LIBERATED.search(text):
            side, name = gainer, None  # «российские войска освободили 200 сел», told by a namesake of Kyiv's spokesman: one liberates only for one's own side
        else:
            stance = "confirmation"  # "Russian troops managed to take three villages, Syrskyi said": the foe's gain conceded
    if unverified is not None and not named:
        return []  # a hedge of a tally nobody is named as making
    said = unplaced(sentence, story, stance, side, named, speaker=name, event=event)
    return [said, placeless_hedge(sentence, story)] if unverified is not None or hedged else [said]


# "our units still hold part of the settlement", «наші війська тримають оборону в районі ...»: Kyiv's defenders
# holding out in a place named earlier or not at all (CLAIMS_GUIDE: a defender still holding denies)
_UA_HOLDERS = (r"(?:ukrainian|ukraine['’]s|our|defen[cs]e) (?:[\w-]+ )?(?:troops|forces|units|defenders|soldiers|servicemen) |"
               r"(?:українськ\w+|наші|зсу|сили оборони|підрозділи) (?:[\w'’-]+ )?|"
               r"(?:украинск\w+|наши|всу|силы обороны) (?:[\w-]+ )?")
_HOLD_VERBS = (r"(?:are |were |still |now |currently )*(?:hold(?:s|ing)?|control(?:s|ling)?|maintain(?:s|ing)?|keep(?:s|ing)?) "
               r"(?:some |certain |several |a few |the )?(?:positions|parts?|sections?|areas?|districts?|blocks?) (?:with)?in "
               r"(?:the |this |that )?(?:settlement|town|city|village|district)\b|"
               r"(?:ще |досі |все ще )?(?:тримають оборону|утримують|контролюють)|(?:еще |по-прежнему )?(?:держат оборону|удерживают|контролируют)")
# ... somewhere inside the place, not along a direction: an area, a part, a site of the town
_HELD_SPOT = rx(r"\b(?:в|у) район[іеу]\b|\bчастин\w*|\bчаст[ьи]\b|\bоб['’]?єкт\w*|\bобъект\w*|\bпозиці\w* (?:в|у)\b|\bпозици\w* в\b|"
                 r"\bквартал\w*|\bsettlement|\btown|\bcity|\bvillage|\bdistrict|\bбільшість|\bбольшинство|"
                 r"^\W*(?:місто|город|село|селище|пос[её]лок|населений пункт|населенный пункт)\b")
_UA_HOLD = rx(rf"\b(?:{_UA_HOLDERS})(?:\w+ )?(?:{_HOLD_VERBS})")
_NOT_A_SPOT = rx(r"напрям|направлен|direction|axis|front|фронт")
# «частина селища досі під контролем ЗСУ»: Kyiv's control of part of a place stated, the place unnamed
_UA_CONTROL_CYR = re.compile(
    r"(?:(?<!\w)(?:част\w*|квартал\w*|більшість|большинство) (?:город\w*|міст\w*|сел\w*|пос[её]л\w*|населен\w* пункт\w*)|"
    # «Місто залишається під контролем Сил оборони»: the town just named, held whole
    r"^\W*(?:місто|город|село|селище|пос[её]лок|населений пункт|населенный пункт))"
    r"(?: [\w'’-]+){0,3}[ ,–—-]+(?:[\w'’-]+ ){0,2}(?:під контролем|под контролем|контролюється|контролируется) "
    r"(?:всу|зсу|сил\w* оборони|силами оборони|украины|україни|українськ\w+ (?:військ\w*|сил\w*|захисник\w*)|"
    r"украинск\w+ (?:войск\w*|сил\w*|военн\w*|подразделен\w*)|наших)(?!\w)")


# "Kyiv concedes the enemy's assault groups got into the district", "a spokesman acknowledged Moscow's troops had taken
# half the village": a side conceding the foe's gain, the place unnamed (CLAIMS_GUIDE: the other side concedes)
_CONCEDED_GAIN = re.compile(r"(?<!had )(?<!had for the first time )\b(?:admit(?:s|ted)?|acknowledg(?:es|ed|e)|conced(?:es|ed|e))(?: for the first time)?(?: on \w+)?"
                            r"(?: that)? (?:the )?(Russian|Russia|Moscow|Ukrainian|Ukraine|Kyiv|Kiev)(?:['’]s)?(?: [\w-]+){0,2}? "
                            r"(?:(?:had|have|has|was|were|is|are) )?(?:captured|entered|invaded|taken|seized|progressing|advanced|advancing|made gains|broken through|"
                            r"broke through|gained ground)\b")


def conceding(sentence: str) -> bool:
    """A cheap look for a verb of conceding before the full pattern."""
    return "admit" in sentence or "acknowledg" in sentence or "conced" in sentence


def placeless_concession(sentence: str, story: Any, staff_side: str, ministry_side: str | None) -> list[Statement]:
    """A side admitting the foe's gain in a place the sentence does not name: its confirmation, no place."""
    conceded = _CONCEDED_GAIN.search(sentence)
    if conceded is None or QUESTION.search(sentence.lower()) or GOAL.search(sentence.lower()):
        return []
    gainer = "ru" if conceded.group(1).startswith(("Russia", "Moscow")) else "ua"
    told = [a for a in sentence_actors(sentence, staff_side, ministry_side=ministry_side) if a.end <= conceded.start()]
    if not told or told[0].actor.side not in ("ru", "ua") or told[0].actor.side == gainer:
        return []
    side = told[0].actor.side
    return [unplaced(sentence, story, "confirmation", side, True, speaker=told[0].actor.name)]


RUSSIAN_LAND = rx(r"\b(?:of|in|inside) (?:the )?russia(?:n territory|n soil|n land|['’]s (?:kursk|belgorod|bryansk) region|\b)|"
                   r"(?:російськ|российск)\w* територ\w*")


def placeless_hold(sentence: str, story: Any, staff_side: str, ministry_side: str | None) -> list[Statement]:
    """Ukraine's defenders said to hold out inside a place the sentence does not name: a denial of Kyiv, no place."""
    low = sentence.lower()
    held = _UA_HOLD.search(low)
    if held is None and not low.isascii() and "контрол" in low:
        held = _UA_CONTROL_CYR.search(low)  # part of an unnamed town held by Kyiv's troops
    if held is None or _HELD_SPOT.search(low, held.start()) is None or _NOT_A_SPOT.search(low) or has_negation(low) \
            or GOAL.search(low) or QUESTION.search(low) or HEDGE.search(low):
        return []
    told = find_speaker(low, sentence_actors(sentence, staff_side, ministry_side=ministry_side))
    if told is not None and told.actor.side not in ("ua", "local"):
        return []  # a foe or an analyst saying Kyiv holds is no denial of Kyiv's
    # ("Ukrainian forces now control 1,000 square kilometres of Russian territory": no defender there, Kyiv's claim)
    stance = "claim" if RUSSIAN_LAND.search(low, held.end()) else "denial"
    return [unplaced(sentence, story, stance, "ua", told is not None, speaker=told.actor.name if told is not None else None)]


def _over_kyivs_own_regions(sentence: str) -> bool:
    """Every region the sentence names is one of Ukraine's that Moscow claims no part of."""
    regions = [m.area for m in find_places(sentence) if m.kind == "region"]
    return bool(regions) and all(r in UKRAINIAN_OBLASTS and r not in SPLIT_OBLASTS for r in regions)


def _air_space_side(sentence: str) -> str | None:
    """The one country whose regions a sentence names (Crimea aside, which both sides' tallies name)."""
    countries = {m.country for m in find_places(sentence) if (m.kind == "region" and m.area not in CRIMEA)
                 or (m.kind == "settlement" and tallied_region(sentence, m))}
    if not countries and not sentence.isascii() and ("район" in sentence or "округ" in sentence):
        countries = _district_countries(sentence)
    return countries.pop() if len(countries) == 1 and countries <= {"ru", "ua"} else None


# «Богодуховского, Изюмского и Купянского районов», «Грайворонского округа»: districts named by their centre's adjective
_DISTRICT_LIST = re.compile(r"((?:[А-ЯІЇЄ][а-яіїє'’]+(?:ского|ського|цкого|цького|ском|ському|цком|цькому)(?:,\s*|\s+(?:и|і|та|й)\s+))*"
                            r"[А-ЯІЇЄ][а-яіїє'’]+(?:ского|ського|цкого|цького|ском|ському|цком|цькому))\s+(?:район|округ)\w*")
_DISTRICT_WORD = re.compile(r"[А-ЯІЇЄ][а-яіїє'’]+")


def _district_countries(sentence: str) -> set[str]:
    """The countries of the districts a Cyrillic sentence names by their centres' adjectives (a centre
    the gazetteer knows, in Ukraine's oblasts or Russia's border regions; others say nothing)."""
    gaz = Gazetteer.load()
    out: set[str] = set()
    for listed in _DISTRICT_LIST.finditer(sentence):
        for word in _DISTRICT_WORD.findall(listed.group(1)):
            stem = re.sub(r"(?:ого|ому|ом)$", "", word)  # «Купянского» -> «Купянск», «Изюмского» -> «Изюмск»
            for name in (stem, stem[:-2] if stem.endswith(("ск", "цк")) else stem[:-3]):
                place = gaz.resolve(name)
                # (a district is named after a town: a village spelt like a clipped stem is not its centre)
                if place is not None and place.kind in ("city", "town") \
                        and (place.oblast in UKRAINIAN_OBLASTS or place.oblast in _RU_BORDER):
                    out.add("ua" if place.oblast in UKRAINIAN_OBLASTS else "ru")
                    break
    return out


CANNOT_VERIFY = rx(
    r"\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|unable to|(?:has|have) not been able to|(?:was|were) not able to|"
    r"(?:wasn't|weren't) able to|(?:hasn't|haven't) been able to)"
    r"(?: immediately| independently)?(?: be)?(?: been)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|check\w*)|"
    r"\bnot (?:be )?(?:been )?independently (?:verified|confirmed|checked)|\bcould be (?:independently )?checked|"
    # a headline's "...; no independent confirmation"
    r";\s*no (?:independent |immediate )?confirmation\b|"
    r"\b(?:hard|difficult|impossible|not possible|no way) to (?:independently )?(?:assess|verify|confirm|establish)\b|\b(?:has|have) yet to (?:independently )?(?:verify|confirm)\b|"
    # an analyst's "has not yet observed visual confirmation of", "have not observed evidence to support"
    r"\b(?:has|have|had) not (?:yet )?(?:observed|seen) (?:any )?(?:visual |independent |geolocated |photographic )?(?:confirmation|evidence)\b(?: to (?:support|back|confirm|corroborate)\b)?|"
    r"\b(?:has|have|had) (?:observed|seen) no (?:visual |independent |geolocated |photographic )?(?:confirmation|evidence)\b|"
    r"перевірити (?:\w+ ){0,9}(?:не вдалося|неможливо|не може)|проверить (?:\w+ ){0,9}(?:не удалось|невозможно|не может)|"
    r"не (?:змогл\w*|зміг|смог\w*) (?:\w+ )?(?:перевірити|проверить|підтвердити|подтвердить)")

# A reporter unable to check an account, in Ukrainian or Russian, in either order of its words
_CHECK_VERB_CYR = re.compile(r"(?<!\w)(?:проверить|перевірити|подтвердить|підтвердити|верифицировать|верифікувати)(?!\w)")
_UNABLE_CYR = re.compile(r"(?<!\w)(?:не (?:может|можем|могут|може|можемо|можуть|смогл?\w*|змогл?\w*|удалось|удаётся|удается|вдалося|вдається)|"
                         r"невозможно|неможливо|не представляется возможным|немає можливості|нет возможности)(?!\w)")
_ACCOUNT_CHECKED_CYR = re.compile(r"(?<!\w)(?:заяв\w*|сведени\w*|відомост\w*|информаци\w*|інформаці\w*|повідомлен\w*|сообщени\w*|"
                                  r"данн\w*|дані|даних|продвижени\w*|просуванн\w*|утверждени\w*|твердженн\w*|цифр\w*|ситуаці\w*|ситуаци\w*|обстановк\w*)(?!\w)")


def cannot_check_account_cyr(low: str) -> bool:
    """A reporter unable to check an account in Ukrainian or Russian (a lowercased sentence):
    «Би-би-си не может независимо проверить эти сведения», «проверить заявления сторон не представляется возможным»."""
    return _CHECK_VERB_CYR.search(low) is not None and _UNABLE_CYR.search(low) is not None \
        and _ACCOUNT_CHECKED_CYR.search(low) is not None


# Questions and features, not reports: "where", "how", "what we know", "photo report".
QUESTION = rx(r"\A\W*чи\b|\b(?:як|куди|чому|навіщо|що відомо|хто|как|куда|почему|зачем|что известно|how|why|what we know|"
               r"what is known|where|фоторепортаж\w*|photo ?report|in pictures|explainer)\b")

ATTACKER = re.compile(r"\b(Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Russian|Russia['’]s|Moscow['’]s) (?:[\w-]+ )?"
                       r"(?:drones?|UAVs?|artillery|shelling|shells|bombing|bombardment|missiles?|rockets?|(?:air ?)?strikes?|(?:glide )?bombs?|MLRS|HIMARS|forces|troops|army|soldiers)\b")

# "25 over", "nine downed in", "three in": one count of an air-defence tally by region
_TALLY_OVER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
                         # ("nine Ukrainian aircraft-type drones over Belgorod and 13 over the Kursk region")
                         r"(?:(?: [\w-]+){1,2}(?= drones?\b| UAVs\b| missiles\b))?"
                         r"(?: (?:of them|drones?|UAVs|missiles|were|was|downed|destroyed|intercepted|shot down)){0,3} (?:over|in|above) $")


def tallied_region(text: str, m: PlaceMention, start: int | None = None) -> bool:
    """A regional centre's name counted in a tally by region ("26 over the Kursk region, 25 over
    Bryansk"): the region, not its city."""
    start = m.start if start is None else start
    return m.place is not None and m.place.name == m.place.oblast and not m.city and _TALLY_OVER.search(text, max(0, start - 60), start) is not None \
        and ("region" in text or _BORDERING_AFTER.match(text, m.end) is not None)


def governed_region(text: str, m: PlaceMention) -> bool:
    """A regional centre named only as what an official governs, while the event is the region's
    ("Khinshtein, the governor of Kursk, said 9 drones were destroyed over the region")."""
    return m.place is not None and m.place.name == m.place.oblast and " the region" in text \
        and OFFICIAL_OF.search(text, max(0, m.start - 60), m.start) is not None


# "over Bryansk, which borders Ukraine": a name that shares a border with a country is the region's
_BORDERING_AFTER = re.compile(r",? (?:which|that) (?:also )?(?:borders|lies on the border with|is on the border with) (?:Ukraine|Russia)\b")


# "in the Shebekino district", "the Grayvoron and Shebekino districts": a district named after its centre,
# which names no settlement of an event
_DISTRICT_NAMED_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:(?:urban|municipal|city|border)\s+)?(?:districts?|raions?|hromadas?|communit(?:y|ies))\b")


def named_district(text: str, m: PlaceMention) -> bool:
    """A district named after its centre: a Russian border district, or a Ukrainian one where the
    sentence tells of people or homes harmed (Kyiv's own bulletins of fighting name the town itself)."""
    return (m.country == "ru" or _PEOPLE_OR_HOMES_HARMED.search(text) is not None) and text.startswith(("dist", "raio", "hrom", "comm", "and ", "urba", "muni", "city", "bord"), m.end + 1) \
        and _DISTRICT_NAMED_AFTER.match(text, m.end) is not None


# Moscow's own forces or Kyiv's as the attacker, which Moscow's voice names: then harm is not told by the town hit.
RU_VOICE_STRIKE = rx(r"\b(?:вс рф|вооруженные силы (?:рф|россии|российской федерации)|российские (?:войска|военные|подразделения)|армия россии|всу|"
                       r"украинск\w+ (?:беспилотник|дрон|бпла|военн|войск|боевик|ракет|снаряд)\w*)")
