"""Cleaning, the first stage of claims extraction: the text a story really says, line by line.

Contract: `clean_text(text)` takes a story's plain or Markdown text (title, summary, body) and
returns text whose lines are the story's own sentences and headings, with
- page chrome dropped: captions and photo credits, bylines, "Read more"/related-story lists,
  lines that are only links, newsletter and membership blocks, share buttons, copyright lines;
- source labels cut from the front of a line: datelines ("KYIV, Nov 20 (Agency) —", «МОСКВА, 20 ноября.
  /ТАСС/.»), round-up
  and section labels ("Ukraine war latest:", "Unconfirmed claims:", "14:05 —", "UPDATE 2-");
- footnote markers ("[12]") and Markdown marks removed;
- a line repeated word for word (a headline repeated as the body's first line) kept once.
Lines are separated by a blank line, so sentence splitting never joins two of them. Nothing
is reworded: every kept character comes from the input.
"""

from __future__ import annotations

import re

from tui.core.claims.dates import DAY_MONTH
from tui.core.claims.sentences import MAX_TEXT

# Markdown: headings, emphasis, quotes, bullets, links and images.
_MD_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+|\d{1,2}[.)]\s+(?=[A-ZА-ЯІЇЄҐ]))")
_MD_IMAGE = re.compile(r"!\[[^\]]{0,300}\]\([^)]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\]]{0,300})\]\([^)]{0,500}\)")
_EMPHASIS = re.compile(r"\*{1,3}|_{2,3}")
_FOOTNOTE = re.compile(r"\s?\[\d{1,3}\](?:\[\d{1,3}\])*")

# Whole lines that are page chrome, not reporting.
_CHROME = re.compile(
    r"^(?:read (?:more|also|next)|see also|also read|related(?: articles?| stories| news| coverage)?|more (?:news|on this|from)|"
    r"recommended|most read|popular|trending|latest news|watch|listen|share(?: this(?: article)?)?|subscribe|sign up|"
    r"support (?:us|our)|become a member|join (?:us|our)|follow us|newsletter|advertisement|sponsored|tags?|topics?|"
    r"editor['’]s note|correction|photo(?:s|graph)?|videos?|getty|©|copyright|all rights reserved|"
    r"читайте (?:також|также|больше)|дивіться також|смотрите также|подробнее|більше новин|"
    r"реклама|фото|відео|видео|джерело|источник|теги)\b\s*(?:[:|—–-]|$)",
    re.IGNORECASE)
_SHORT_CHROME = re.compile(r"^(?:©|copyright|all rights reserved|share|subscribe|advertisement|sponsored|menu|search|"
                           r"home|news|war|politics|opinion|business|sign in|log in|donate)\b", re.IGNORECASE)
# «Читайте также на портале "Комментарии" — ...»: a teaser for another story, wherever it is published.
_TEASER = re.compile(r"(?:читайте|дивіться|смотрите) (?:також|также) (?:на|в|у) [^:—–\n]{0,60}?\s[—–:]", re.IGNORECASE)
_CHROME_ANYWHERE = re.compile(
    r"\bmin read\b|\bquality journalism\b|\bhelp us reach\b|\bmembers? by the end of\b|\bcookies?\b.{0,40}\b(?:accept|policy)\b|"
    r"\bprivacy policy\b|\bterms of (?:use|service)\b|\bsign up for\b|\bsubscribe to (?:our|the)\b|\bour newsletter\b|"
    r"\bdownload (?:our|the) app\b|\bfollow (?:us|our) on\b|\bsupport (?:independent|our) journalism\b|"
    r"\bout of \d[\d,]* members\b|\bcreated: \d|\bupdated: \d",
    re.IGNORECASE)
# A related story's teaser closed by its view count: "... • 1520 views", «... 873 перегляди»
_VIEW_WORDS = ("views", "переглядів", "перегляди", "просмотров", "просмотра")
_VIEW_COUNT = re.compile(r"\d\s*(?:" + "|".join(_VIEW_WORDS) + r")$", re.IGNORECASE)
_ANYWHERE_WORDS = ("min read", "journalism", "help us reach", "member", "cookie", "privacy policy", "terms of",
                   "sign up for", "subscribe to", "newsletter", "download", "follow", "out of", "created:",
                   "updated:")
"""A literal every alternative of _CHROME_ANYWHERE contains (lower case)."""
# Agencies' credits as printed under photos, in capitals (in prose they are "Reuters", "Anadolu")
_UPPER_CREDITS = ("REUTERS", "AP PHOTO", "GETTY IMAGES", "ANADOLU")
# Photo captions: a credit in brackets or after "Photo:", or a caption line that names an agency.
_CAPTION = re.compile(
    r"\((?:photo|photograph|image|illustrative|фото|ілюстрат|иллюстрат)[^)]{0,120}\)|"
    r"\b(?:photo|image|credit|photograph(?:er)?|graphic|infographic)(?: by)?: |\bvia getty images\b|\bgetty images\b|\b(?:afp|ap|reuters)/\w|"
    r"\((?:[A-Z][\w.'’-]+ ?){1,4}/ ?[A-Z][\w ]{1,40}\)|\bфото: |\(фото[^)]{0,80}\)|"
    r"\bscreenshot of (?:a )?video\b|\billustrative (?:photo|image)\b|"
    r"(?<!\w)(?:фото ілюстративне|ілюстративне фото|фото иллюстративное|иллюстративное фото)(?!\w)|"
    # a line closed by an agency credit alone: "... on November 27. (Reuters)", "Soldiers in the town (AP)"
    r"(?:[.!]|\w)\s*\((?:reuters|afp|ap|epa|getty(?: images)?|anadolu|tass|ria novosti|ukrinform|associated press)\)\s*$|"
    # or after a slash: "Soldiers in the town / EPA Photo", "... / Фото: Укрінформ"
    r"\s/\s*(?:[A-Z][\w.'’-]+ ){0,2}(?:photo|фото)\b[^/]{0,60}$|"
    # or by a copyright sign or a photographer's slash credit: "... on July 24. © Name SURNAME / AFP"
    r"(?:^|\s)©\s?[^©\n]{1,80}$|\s/\s?(?:afp|ap|reuters|epa(?:-efe)?|getty images|anadolu|tass|ria novosti)\s*$|"
    # or by the credit in capitals with no brackets: "Soldiers raise a flag in the town REUTERS"
    rf"(?-i:\w(?<!\bto)(?<!\bby)(?<!\bof)\s+(?:{'|'.join(_UPPER_CREDITS)})\s*)$",
    re.IGNORECASE)
# A related-story entry: its title run into its timestamp, "... two men04.08.24, 21:16"
_STAMPED = re.compile(r"\d{1,2}\.\d{2}\.\d{2,4},?\s*\d{1,2}:\d{2}$")
_CAPTION_WORDS = ("getty", "screenshot", "illustrative", "ілюстратив", "иллюстратив", "graphic")
"""With '(', '/', ': ' and '©', a literal every alternative of _CAPTION contains (lower case): the
credit words ("photo", "image") appear only inside brackets or before ': ', and "images"
alone is common in reporting."""
# A related story under its desk's label: "Europe: Ukraine says it pushed Russian troops out of X".
_DESK_ITEM = re.compile(r"^(?:Europe|World|Asia|Americas|Africa|Middle East|US|UK|Business|Markets|Sport|Politics|"
                        r"Science|Tech|Climate|Video|Podcast|Audio|Europa|Світ|Мир|Европа|Європа)\s*:\s+.*[^.!?»”\"']$")
_BYLINE = re.compile(r"^(?:(?:[Bb]y|BY|[Ww]ritten by) [A-ZА-ЯІЇЄҐ][\w'’.-]+(?: [A-ZА-ЯІЇЄҐ][\w'’.-]+){0,3}(?:,| and| &|$)|"
                     r"(?:[Aa]uthor|Автор|[Rr]eporting by|[Ee]diting by|[Aa]dditional reporting by)\b)")
_ONLY_TIME = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2} (?:min|minutes?|hours?|h) ago)$", re.IGNORECASE)

# Labels at the start of a line: a dateline, a time, a round-up or section label.
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|"
          r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
          r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)")
_DATELINE = re.compile(
    r"^(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.-]+(?:[ /-][A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.-]+){0,3}"  # KYIV / NEW YORK / MOSCOW/KYIV / КИЇВ
    r"(?:,\s*(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}"  # , Ukraine
    r"(?:,?\s*(?:(?:" + _MONTH + r")\s*\d{1,2}|\d{1,2}\s+(?:" + _MONTH + r"))(?:,?\s*\d{4})?)?"  # , Nov 20
    r"(?:\s*\([^)]{1,40}\))?"  # (Reuters)
    r"\s*(?:[—–]|--|-(?=\s)|(?<=\) )-(?=[A-ZА-ЯІЇЄҐ]))\s*)")  # "(Reuters) -Russia said": the agency's dash
# "Moscow/Lviv, Ukraine, Oct 29 (EFE).-": a dateline in title case, told apart by its date and agency
_TITLE_DATELINE = re.compile(
    r"^[A-Z][a-z'’.-]+(?:[ /][A-Z][a-z'’.-]+){0,3}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?,?\s*(?:" + _MONTH + r")\s*\d{1,2}"
    r"(?:,?\s*\d{4})?\s*\([A-Za-z][^)]{0,30}\)\.?\s*(?:[—–-]|--)\s*")
# "Kyiv: Russian President Vladimir Putin on Wednesday asserted ...": a capital and a colon in front of a
# sentence with its own reporting verb is where the story was filed, not who speaks.
_COLON_DATELINE = re.compile(r"^(?:KYIV|KIEV|MOSCOW|Kyiv|Kiev|Moscow)(?:,\s*(?:Ukraine|Russia))?:\s+(?=[A-Z\"“])"
                             r"(?=[^:]{30,}?\b(?:said|says|asserted|announced|claimed|reported|told|stated)\b)")
# «МОСКВА, 20 ноября. /ТАСС/.», «Москва, 20 ноября — РИА Новости.», «КИЇВ, 20 листопада.»: a city, a day and
# month, then the agency between slashes, after a dash or a full stop
_CYR_UPPER = "А-ЯІЇЄҐЁ"
_CYR_NAME = r"[" + _CYR_UPPER + r"][" + _CYR_UPPER + r"а-яіїєґё'’ʼ\-]+"
_CYR_DATELINE = re.compile(
    r"^(?:" + _CYR_NAME + r"(?:[ /]" + _CYR_NAME + r"){0,2}),\s*\d{1,2}\s+(?:" + _MONTH + r")\.?(?:\s+\d{4}(?:\s*(?:р|г)\.?)?)?"
    r"(?:\s*/[^/\n]{1,25}/\.?|\s*(?:—|–|-{1,2})(?:\s*[" + _CYR_UPPER + r"A-Z][\w .]{0,25}?\.(?=\s))?|\.(?:\s*[" + _CYR_UPPER + r"A-Z]{2,10}\.)?)\s*")
# "As Ukrinform previously reported, ...", "As reported, ...": a news agency's relay label, not a speaker.
_AS_REPORTED = re.compile(r"^As (?:(?:previously |earlier )?reported(?: by [A-Z][\w-]+(?: [A-Z][\w-]+)?)?|[A-Z][\w-]+(?: [A-Z][\w-]+)? (?:previously |earlier )?reported),\s+")
_TIME_LABEL = re.compile(r"^\[?\d{1,2}[:.]\d{2}\]?(?:\s?(?:[ap]\.?m\.?|UTC|GMT|EET|EEST|MSK|Kyiv time))?\s*(?:[—–:|-]\s*)?")
_LABEL_WORDS = (
    r"(?:ukraine|russia)(?:[- ]ukraine)? war(?: latest| live| news| day \d+)?|latest|live(?: updates| blog)?|"
    r"round-?up|news ?(?:digest|brief(?:ing)?)|briefing|breaking(?: news)?|update(?: \d+)?|analysis|opinion|"
    r"explainer|fact ?check|key takeaways|key (?:events|points|developments)|unconfirmed claims|"
    r"непідтверджені (?:заяви|твердження)|неподтвержденные (?:заявления|утверждения)|"
    r"assessed (?:russian|ukrainian) (?:advances|gains)|(?:russian|ukrainian) (?:claims|advances|gains|attacks)|"
    r"order of battle|what we know|in brief|recap|summary|morning|evening|quote|source|details|"
    r"(?:останні |свіжі |последние )?(?:новини|новости)(?: [а-яіїєґё'’-]+){0,2}|"
    r"головне|головне за день|оновлено|наживо|онлайн|коротко|главное|главное за день|обновлено|онлайн|"
    r"[a-zа-яіїєґ'’ -]{2,30} (?:direction|axis|sector|front|напрямок|напрямку|направление|направлении)")
_LABEL = re.compile(r"^[\"“«‘]?(?:" + _LABEL_WORDS + r")\s*(?:[:—–|]|-(?=\s)|-(?=\d))\s*", re.IGNORECASE)
_UPDATE_TAG = re.compile(r"^UPDATE \d+-\s*")
_SEPARATOR = re.compile(r"[:|—–-]")
"""_LABEL ends on one of these, and so does _CHROME unless its words are the whole line."""
_SHORTEST_SEPARATED = 40
"""Longer than any line _CHROME's words make alone ("all rights reserved")."""


def _has_separator(line: str) -> bool:
    """_SEPARATOR.search(line) is not None: five substring scans run at memory speed on a long line."""
    return "-" in line or ":" in line or "—" in line or "–" in line or "|" in line


def _strip_markdown(line: str) -> str:
    if "](" in line:
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
    line = _MD_PREFIX.sub("", line, count=1)
    if "*" in line or "__" in line:
        line = _EMPHASIS.sub("", line)
    if "[" in line:
        line = _FOOTNOTE.sub("", line)
    return line.strip()


def strip_labels(line: str) -> str:
    """A line without the datelines, times and round-up labels in front of it."""
    for _ in range(3):  # "Ukraine war latest: 14:05 — KYIV (AP) —" stacks labels
        before = line
        if line.startswith("UPDATE "):
            line = _UPDATE_TAG.sub("", line)
        line = _TIME_LABEL.sub("", line) if line[:1].isdigit() or line[:1] == "[" else line
        # A match at the start, not sub: sub would try the anchored pattern at every position.
        label = _LABEL.match(line) if _has_separator(line) else None
        if label is not None:
            line = line[label.end():]
        match = _DATELINE.match(line)
        if match and len(match.group()) < 70:
            line = line[match.end():]
        elif "(" in line[:60] and (titled := _TITLE_DATELINE.match(line)) is not None:
            line = line[titled.end():]
        elif line[:1] in "KM" and (colon := _COLON_DATELINE.match(line)) is not None:
            line = line[colon.end():]
        elif "," in line[:40] and not line.isascii() and (cyr := _CYR_DATELINE.match(line)) is not None:
            line = line[cyr.end():]
        if line.startswith("As ") and (relay := _AS_REPORTED.match(line)) is not None:
            line = line[relay.end():]
            if DAY_MONTH.search(line[:40].lower()):
                line = "Earlier, " + line  # a dated reminder stays one: the story's date decides if it is news
        line = line.strip()
        if line == before:
            break
    return line


_LONGEST_CHROME = 400
"""Captions, banners and link lines are shorter than this; longer lines are the story's paragraphs."""


def _may_be_chrome(line: str) -> bool:
    """Whether _CHROME can match: its words then a separator, or its words alone."""
    return len(line) <= _SHORTEST_SEPARATED or _has_separator(line) \
        or len(line.rstrip()) <= _SHORTEST_SEPARATED


def is_chrome(line: str, raw: str) -> bool:
    """Whether a line (Markdown already stripped; `raw` as written) is page chrome."""
    if not line or _ONLY_TIME.match(line):
        return True
    if line.startswith("©") or (_may_be_chrome(line) and (_CHROME.match(line) or _TEASER.match(line))) \
            or _BYLINE.match(line) or (":" in line and _DESK_ITEM.match(line)):
        return True
    if len(line) < 40 and _SHORT_CHROME.match(line) and not line.endswith("."):
        return True
    if len(line) > _LONGEST_CHROME:
        return False  # a paragraph of reporting: chrome and captions are short lines
    # Both patterns need one of a few literals: most lines of reporting skip them outright.
    low = line.lower()
    if any(map(low.__contains__, _ANYWHERE_WORDS)) and _CHROME_ANYWHERE.search(line):
        return True
    if line[-1:].isdigit() and _STAMPED.search(line):
        return True
    if low.endswith(_VIEW_WORDS) and _VIEW_COUNT.search(line):
        return True
    if ("(" in line or "/" in line or ": " in line or "©" in line or any(map(low.__contains__, _CAPTION_WORDS))
            or line.rstrip().endswith(_UPPER_CREDITS)) and _CAPTION.search(line):
        return True
    # A line that was nothing but links (a related-stories list) says nothing itself; every
    # Markdown link holds "](", which most lines lack.
    if "](" in raw and _MD_LINK.search(raw) and len(_MD_LINK.sub("", raw).strip(" -*•|·,")) < 3:
        return True
    return False


def _key(line: str) -> str:
    if len(line) > _LONGEST_CHROME:
        return line  # a paragraph repeats word for word or not at all
    return " ".join(_PUNCT.sub("", line.casefold()).split())


_PUNCT = re.compile(r"[^\w\s]")
# A feed's summary often opens with the headline again between a place and a link label:
# "Siversk — <headline>. Read more" repeats the headline as surely as the bare line would.
_PLACE_DASH = re.compile(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2} [—–] (?=\S)")
_LINK_LABEL = re.compile(r"(?:[.…]|\s)\s*(?:read more|continue reading|read the full story|more)\W*$", re.IGNORECASE)


def _bare_key(line: str) -> str:
    """The key of a line without a place and a dash in front or a link label at its end."""
    return _key(_LINK_LABEL.sub("", _PLACE_DASH.sub("", line)))


def clean_lines(text: str) -> list[str]:
    """The story's own lines, cleaned, in order (see the module docstring)."""
    out: list[str] = []
    seen: set[str] = set()
    skip_list = False
    for raw in text[:MAX_TEXT].splitlines():
        if not raw.strip():
            skip_list = False
            continue
        line = _strip_markdown(raw)
        if skip_list and len(line) < 160 and not line.endswith((".", "»", "”", '"')):
            continue  # the titles listed after "Read more:"
        if is_chrome(line, raw):
            low = line.casefold()
            skip_list = low.startswith(("read ", "related", "see also", "also read", "more ", "читайте", "дивіться",
                                        "смотрите", "recommended", "most read", "latest news", "popular"))
            continue
        skip_list = False
        line = strip_labels(line)
        if len(line) < 3:
            continue
        key = _key(line)
        if key in seen or (seen and _bare_key(line) in seen):
            continue  # the headline repeated as the first line, or a pull quote
        seen.add(key)
        out.append(line)
    return out


def clean_text(text: str) -> str:
    """clean_lines joined a blank line apart (so no sentence spans two lines)."""
    return "\n\n".join(clean_lines(text))
