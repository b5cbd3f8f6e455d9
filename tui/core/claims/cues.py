"""The cue vocabulary of statement extraction: compiled patterns for verbs, stances and context.

Patterns built with `_rx` are written in natural case but compiled for lowercased text
(IGNORECASE makes these alternations ~5x slower); the few case-sensitive ones (TAKE, LEFT,
NOT_A_PLACE_AFTER) run on the original sentence. Every pattern is bounded: no nested
quantifiers, so a long sentence cannot make one backtrack catastrophically.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile for lowercased text: IGNORECASE makes these alternations ~5x slower."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return re.compile("".join(out))


# "took Kupiansk": taking counts as capture only when a capitalised name follows (not "took place").
TAKE = re.compile(r"\b(?:took|taken|take|taking|takes|enters?|entering|controls?) (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   r"|\b(?:[Tt]roops|[Ff]orces|[Uu]nits|[Ss]oldiers|[Aa]rmy|[Dd]efenders) (?:have |had )?left [A-ZА-ЯІЇЄҐ]")
LEFT = re.compile(r"\bleft (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]")

REPORT = _rx(
    r"\b(?<!\bno )(?:said|says|say|claimed|claims|claim|reported|reports|report|stated|states|announced|announces|"
    r"denied|denies|deny|confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|insisted|"
    r"rejected|rejects|dismissed|dismisses|refuted|refutes|wrote|writes|posted|told|added|noted|conceded|concedes|"
    r"according to|заявил\w*|заяви\w*|повідоми\w*|сообщ\w*|спростува\w*|опроверг\w*|підтверди\w*|подтверди\w*)\b")

HEDGE = _rx(
    r"\b(?:could not|couldn't|cannot|can't|can ?not|unable to|were unable to|was unable to|did not|has not|have not|had not)"
    r"(?: be)?(?: been)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|observ\w+ (?:any )?(?:evidence|confirmation|footage))|"
    r"\b(?:unverified|unconfirmed|unsubstantiated|reportedly|allegedly|purportedly|"
    r"without (?:providing|offering) (?:any )?evidence|no (?:independent )?(?:confirmation|evidence)|"
    r"(?:is|was|remains|remained) (?:unclear|not clear)|not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|"
    r"не підтвердж\w*|не удалось подтвердить|неподтвержд\w*)")

DENIAL = _rx(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|refuting|rejected|rejects|dismissed|dismisses|falsely|a lie\b|"
    r"false|fake|untrue|not true|disinformation|fabricat\w+|lies|lying|propaganda|baseless|"
    r"no longer (?:true)|did not (?:capture|enter|take)|have not (?:captured|entered|taken)|information operation|"
    r"(?:does|do|did) not correspond to (?:the )?reality|not correspond to (?:the )?reality|"
    r"(?:was|were|is|has|have|had) not (?:been )?(?:captured|taken|lost|fallen|encircled|surrounded)|"
    r"спростува\w*|опроверг\w*|запереч\w*|фейк\w*|неправд\w*)")

# Negations of control: a denial from a party to the fight; from an independent voice without
# evidence words ("Russia does not control the city", an analyst says) only a hedge.
NEGATED_CONTROL = _rx(
    r"\b(?:(?:does|do|did) not (?:control|hold)|no longer (?:controls?|holds?)|(?:has|have|had) failed to (?:take|capture|seize|enter)|"
    r"failed to (?:take|capture|seize|enter)|(?:holds?|hold|controls?) no (?:stable |defended )?positions)")
# Absence of evidence is not evidence of absence: a hedge that an explicit denial outranks.
WEAK_HEDGE = _rx(
    r"\b(?:(?:does|do|did) not support|no evidence|premature\w*|(?:has|have) not (?:seen|observed)|not seen (?:any )?(?:evidence|footage))")
# Fighting still going on in a place after a capture claim speaks against full control.
CONTINUING = _rx(
    r"\b(?:fighting|battles?|clashes|combat|street fighting|clearing operations|counterattacks|resistance)"
    r"(?: [\w'’-]+){0,4} (?:continu\w+|ongoing|under ?way|still going on)|\bcontinu\w+ to (?:fight|resist)\b|\bstill fighting\b")
# "..., but Ukraine still contests the city": the speaker's side still holds, so no concession.
STILL_HOLDS = _rx(
    r"\bstill (?:contest\w*|holds?|held|holding|defend\w*|controls?)\b|\bmaintain\w* positions\b|"
    r"\bcontinu\w+ to (?:hold|defend|contest)\b")
# ", a claim Kyiv rejected as false": the tail is another party's answer to the head's claim.
REBUTTAL = _rx(r",\s+(?:a claim|claims|an assertion|a statement|a report|which)\b")

# Verbs that only pass on what someone else says, and verbs that make a claim.
RELAY_VERB = re.compile(r"said|says|reported|reports|wrote|writes|told|according to|added|noted|posted")
CLAUSE_BREAK = re.compile(r"[,;]")
CLAIM_VERB = re.compile(r"claimed|claims|says|said|announced|announces|reported|insisted")

CONFIRM_VERB = _rx(
    r"\b(?<!\bno )(?:confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    r"підтверди\w*|подтверди\w*|визнал\w*|признал\w*)\b")
WITHDRAW = _rx(
    r"\b(?:withdr[ae]w\w*|withdrawn|withdrawing|pull(?:ed|ing|s)? (?:back|out)|retreat\w*|left the (?:city|town|village)|"
    r"relocated to (?:more )?(?:favou?rable|advantageous) positions|fell to|lost control|відійшли|отступил\w*)\b")
EVIDENCE = _rx(
    r"\b(?:geolocated|satellite (?:imagery|images|photos)|footage (?:shows|showed|indicates|indicated|confirms|confirmed)|"
    r"video (?:shows|showed|indicates|confirms))")

CAPTURE = (r"captur\w*|(?:took|taken|take|taking|takes|seiz\w+|gain\w*|establish\w*|assum\w+) (?:full |complete |total )?control|"
            r"seiz\w+|liberat\w+|retak\w+|retook|regain\w*|clear(?:ed|ing)? (?:\w+ ){0,2}of|entered|advanc\w*|(?:ha(?:ve|s|d)|been|was|were) occupied|occupy\w*|"
            r"rais\w+ (?:a|the) (?:\w+ )?flag|flag (?:was |were |has been |had been )?(?:raised|hoisted)|hoist\w* (?:a|the) (?:\w+ )?flag|"
            r"encircl\w+|surrounded|recaptur\w+|(?:pushed|driven) (?:\w+ ){0,3}(?:out of|back from)|clear\w* (?:of|the)|"
            r"raised (?:a|the) (?:Russian|Ukrainian) flag|(?:gained|secured) a foothold|infiltrat\w+|pushed into|broke into|"
            r"захопи\w*|звільни\w*|освобо\w+|увійшли|вошли|просуну\w*|продвину\w*|контрол\w*")
CONTROL = _rx(
    r"\b(?:" + CAPTURE + r"|storm(?:ed|ing)\b|repel\w*|repuls\w*|thwart\w*|fought off|beat back|(?:remains?|remained|still) under (?:\w+ ){0,5}control|"
    r"under (?:the )?(?:full )?control of|under (?:russian|ukrainian|our|their|its|full) control|in control of|"
    r"(?:still|were|are|was|is|continue to|continues to) defending|control of|controls|controlled|holding|still held|"
    r"(?:still|continue to|continues to) hold\w*|hold(?:s)? (?:the|their|its|on|positions)|fallen|withdr[ae]w\w*|withdrawn|"
    r"pull(?:ed|ing|s)? (?:back|out)|retreat\w*|fell (?:to|under|into|after)\b|fell(?=[,.;]|$)|fall of|lost control|"
    r"(?:full|complete|total) control|counterattack\w*|counteroffensive|відбили|отразили|"
    r"control(?:s|led)? (?:about |around |over |nearly |almost |more than )?(?:\d|most|all|half|part|the|much|any))")
CAPTURE_RE = _rx(r"\b(?:" + CAPTURE + r")")
SHOOTDOWN = _rx(
    r"\b(?:shot down|shoot down|shooting down|intercept(?:ed|ing|s|ion|ions)?\b|downed|air defen[cs]es? (?:destroyed|neutrali[sz]ed|repelled)|"
    r"neutrali[sz]ed \d+|destroyed \d+ (?:\w+ ){0,2}(?:drones|missiles|UAVs)|збили|збито|сбили|сбито|перехвач\w*)")
LOSSES = _rx(
    r"\b(?:casualties|losses|lost (?:up to |about |around |over |more than )?\d[\d,]*|killed (?:up to |about |over |more than )?\d[\d,]* (?:\w+ )?(?:soldiers|servicemen|troops|fighters|personnel)|"
    r"(?:destroyed|knocked out|disabled) (?:\d+ |a |an |two |three |several )?(?:\w+ ){0,2}(?:tanks?|armou?red vehicles?|vehicles|equipment|howitzers?|artillery systems?|positions)|"
    r"втрат\w*|потер\w*|знищено|уничтожен\w*)")
STRIKE = _rx(
    r"\b(?:struck|strikes?|hit|hits|hitting|shelled|shelling|bombed|bombing|bombard\w*|rocket attacks?|"
    r"attack\w*|(?:glide |guided (?:aerial )?)?bombs? (?:on|at)\b|dropped (?:\w+ ){0,3}bombs?|explosions?|blasts?|damag\w+|killed|killing|injured|wounded|shahed\w*|удар\w*|обстріл\w*|обстрел\w*|атак\w*|ракет\w*)")
OTHER_EVENT = _rx(r"\b(?:evacuat\w+|blackouts?|power outages?|mobili[sz]\w+|евакуац\w+|эвакуац\w+)")

HISTORY = _rx(
    r"\b(?:(?:in|since|until|by|during|throughout|back in) (?:(?:early|late|mid|the spring of|the summer of|the autumn of|the fall of|"
    r"spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?:19\d\d|20(?:0\d|1\d|2[0-3]))\b|at the (?:start|beginning|outset) of the (?:full-scale )?(?:invasion|war)|"
    r"in the (?:early|first) (?:days|weeks|months) of the (?:full-scale )?(?:war|invasion)|before being (?:liberated|recaptured|retaken)|"
    r"had (?:previously|earlier|once) been (?:occupied|captured|held)|was first (?:captured|occupied)|years? ago|previously occupied|"
    r"(?:once|formerly) (?:a|an|the|home)\b|was renamed|used to be|anniversar\w*|last year|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19\d\d|20(?:0\d|1\d|2[0-3]))\b)")
GOAL = _rx(
    r"\b(?:goal|aim(?:s|ed)? (?:to|at)|main aim|objective|seeks? to|seeking to|intends? to|intention|plans? to|planning to|"
    r"ambitions?|wants?|demand\w*|peace (?:deal|plan|agreement|talks)|hopes? to|would (?:allow|let|give|open)|could (?:allow|open|give|soon|fall)|may soon|"
    r"(?:is|are) expected to|expects?|predict\w*|forecast\w*|(?:is|are|seems) likely to|will likely|"
    r"since (?:(?:early|late|mid|the|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december) )?20\d\d|threaten\w* to|at risk of|key to|crucial|strategic(?:ally)? important|"
    r"whether|(?:can|could|will) (?:take|capture|hold|seize)\b|(?:trying|attempting|seeking|struggling|push(?:ing)?) to (?:capture|take|seize|encircle|reach|cut|surround))")
GEO_REF = _rx(
    r"(?:(?:km|kilomet(?:er|re)s?|miles?)(?: \w+){0,2} (?:of|from)|(?:north|south|east|west)(?:east|west)?(?:ern)? of|"
    r"border with|between|outskirts of the city of)\s*$")
NOT_A_PLACE_AFTER = re.compile(r"\s(?:River|river|Reservoir|reservoir|Sea|Bay|Canal|canal|direction's|Oblast|oblast|region)\b")
# "the Zaporizhzhia nuclear plant" stands in Enerhodar, not in the city of Zaporizhzhia.
NPP_AFTER = re.compile(r"\s(?:nuclear (?:power )?(?:plant|station)|NPP|power plant)\b", re.IGNORECASE)
# "no shelling in Kherson", "Kramatorsk was not attacked": an event that did not happen.
NO_EVENT = _rx(r"\bno (?:\w+ )?(?:shelling|strikes|attacks|explosions)\b|\b(?:was|were) not (?:attacked|shelled|struck|hit)\b")
# Only an attempt: "attempts to retake Kupiansk had failed" gains nothing.
ATTEMPT_BEFORE = _rx(r"(?:attempts?|attempting|tried|trying|failed|bid|efforts?) (?:\w+ ){0,2}to $")
# The actor before a passive verb suffers it: "Ukrainian troops ... have been encircled".
PASSIVE_BEFORE = _rx(r"(?:been|were|was|are|is|being) $")
# ", while Moscow claimed ...", ", but Ukrainian officials said ...": a second party answers.
COUNTER = _rx(r",\s+(?:while|whereas|but)\s+(?=[^,;]{0,80}\b(?:said|says|claimed|claims|insisted|reported)\b)")
POSSESSIVE_CLAIM = _rx(r"['’]s (?:claims?|statements?|reports?|assertions?|denials?)\b")
CLAIM_ABOUT = _rx(r"\bclaims? (?:about|regarding|concerning|of|on)\b|\breports? (?:about|of|that)\b")
EXTENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?([\w'’-]+(?:\s[\w'’-]+)?)", re.IGNORECASE)

# A sentence without a place name that points back at the one just named.
COREF = re.compile(r"\b(?:the (?:city|town|village|settlement)(?! of\b)|(?:denied|rejected|dismissed|refuted) it\b)", re.IGNORECASE)

COREF_HINT = re.compile(r"city|town|village|settlement| it\b")

SIDE_ADJ = _rx(r"\b(?:Russian|Russia's|Moscow's|Kremlin's|Ukrainian|Ukraine's|Kyiv's)\b")

GOAL_EXCEPT = _rx(r"\b(?:repel\w*|repuls\w*|captured|struck|shot down)\b")
TROOPS = _rx(r"\b(?:soldiers|troops|forces|servicemen|units|tanks|vehicles|flag|infantry|assault groups?|armou?r)\b")
# People taken prisoner, not a place taken: "two soldiers captured in Mariupol were sentenced".
PERSON_CAPTURED = _rx(r"\b(?:soldiers|servicemen|prisoners|pows|fighters|civilians|marines|defenders|men|women) "
                      r"(?:who (?:were|had been) |\w+ )?captured (?:in|at|near|during|by)\b")
# Activity without a result (the analysts' daily "continued attacks near X ... no confirmed
# advances"): nobody claims a change of control or a particular strike.
ACTIVITY_ONLY = _rx(
    r"\bcontinued (?:\w+ ){0,2}(?:offensive (?:operations|actions)|attacks|assaults|ground attacks)\b|"
    r"\b(?:did not|didn't) (?:make (?:any )?(?:confirmed )?(?:advances|gains)|advance)\b|"
    r"\b(?:without making|made no|no) (?:any )?confirmed (?:advances|gains)\b")
# Land in a region rather than a town: "controlled any territory in Kursk region".
TERRITORY_IN = _rx(r"\b(?:territory|territories|villages|settlements|positions|areas?|parts?|land|foothold)"
                   r"(?: [\w'’-]+){0,2} (?:in|of) (?:the )?$")
# A place as the object of a claim verb: "Russia had once again claimed Kupiansk".
CLAIMED_PLACE = re.compile(r"\bclaim(?:ed|s|ing)? (?:the (?:town|city|village) of )?$")
# Evidence that goes against a claim: "footage ... contradicting the Russian claim".
CONTRADICTS = _rx(r"\bcontradict\w*")
