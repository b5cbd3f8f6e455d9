"""What outlets wrap around an article stays out of the reader (bylines, datelines, photo
credits, "read also" lead-ins, membership, newsletter and donation calls, share bars and
related-link lists), in English, Ukrainian and Russian, on pages shaped like real outlets'
(made up for these tests), while article text that merely mentions such words stays."""

from __future__ import annotations

import pytest

from tui.core.extract import extract_article, strip_boilerplate

URL = "https://outlet.example/news/2025/11/20/story"

EN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Night drone strike cuts power in Poltava region | Dnipro Ledger</title>
<meta property="og:title" content="Night drone strike cuts power in Poltava region">
<meta property="og:site_name" content="Dnipro Ledger">
<meta property="article:published_time" content="2025-11-20T05:10:00+00:00">
</head><body>
<div class="top-banner membership-cta"><p>Our reporting is paid for by readers like you.</p>
<a class="button" href="/membership">Become a member</a> <a href="/gift">Gift a membership</a></div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><nav><a href="/">Home</a><a href="/war">War</a><a href="/opinion">Opinion</a></nav></header>
<main id="main"><article class="post">
<div class="post-header"><h1 class="post-title">Night drone strike cuts power in Poltava region</h1>
<div class="post-meta"><span class="byline">by <a href="/author/marta-hnatiuk">Marta Hnatiuk</a></span>
<time datetime="2025-11-20T05:10:00+00:00">November 20, 2025 5:10 AM</time> <span class="reading-time">3 min read</span></div></div>
<figure class="post-image"><img src="/img/substation.jpg" alt="">
<figcaption>A damaged transformer at a substation near Poltava on Nov. 19, 2025. (Ostap Kovalenko / Dnipro Ledger)</figcaption></figure>
<div class="post-content">
<p>A drone attack overnight damaged two substations in Poltava Oblast, leaving about forty thousand households without electricity, the regional administration said on the morning of Nov. 20.</p>
<p>Air defence units shot down most of the drones over the region, according to the air force, but debris fell on an industrial site and started a fire that firefighters put out by dawn.</p>
<div class="inline-newsletter"><h3>Ukraine Morning Brief</h3><p>Sign up for our newsletter and get the front-line news in your inbox every morning.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
<p>Repair teams began work as soon as the air raid alert ended. The energy company expected to bring most customers back online by the evening.</p>
<p><strong>Read also:</strong> <a href="/news/energy-attacks-winter">How repeated strikes wear down the grid before winter</a></p>
<p>Local officials asked residents to limit the use of heavy appliances during peak hours while the network remains fragile.</p>
<p>Schools in the affected districts switched to remote lessons for the day, the education department said.</p>
</div>
<div class="share-buttons"><span>Share this article</span><ul>
<li><a href="https://x.com/share">X</a></li><li><a href="https://facebook.com/sharer">Facebook</a></li><li><a href="https://t.me/share">Telegram</a></li></ul></div>
<div class="post-tags"><a href="/tag/poltava">Poltava</a> <a href="/tag/energy">Energy</a></div>
<section class="support-box"><h2>Dear reader,</h2><p>Since the first days of the full-scale invasion our correspondents have stayed in Kharkiv, Zaporizhzhia and Kherson, reporting from towns that many newsrooms left long ago, and everything they file is free to read for anyone, anywhere, for as long as we can keep it that way.</p><p>Independent journalism costs money. Join thousands of members who keep this newsroom going.</p><p><a href="/membership">Become a member</a></p></section>
</article>
<aside class="related-posts"><h2>Related articles</h2><ul>
<li><a href="/news/a">Kremenchuk refinery hit again</a></li><li><a href="/news/b">Evacuation trains resume</a></li><li><a href="/news/c">Volunteers repair shelters</a></li></ul></aside>
</main>
<footer><p>Follow us on Telegram</p><p>&copy; 2025 Dnipro Ledger</p></footer>
</body></html>"""

UK = """<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">
<title>У Сумах відновили водопостачання після обстрілу - Північний вісник</title>
<meta property="og:title" content="У Сумах відновили водопостачання після обстрілу">
<meta property="og:site_name" content="Північний вісник">
<meta property="article:published_time" content="2025-11-18T14:20:00+02:00">
</head><body>
<div class="header"><a href="/">Головна</a> <a href="/news">Новини</a></div>
<div class="container"><div class="post_news">
<h1 class="post_news_title">У Сумах відновили водопостачання після обстрілу</h1>
<div class="post_news_author"><span>Олена Мирошник</span> — <span class="post_news_date">18 листопада 2025, 14:20</span></div>
<div class="post_news_photo"><img src="/i/sumy.jpg"><div class="post_news_photo_source">Фото: Сумська ОВА</div></div>
<div class="post_news_text">
<p>У Сумах комунальники завершили ремонт магістрального водогону, пошкодженого під час нічного обстрілу, повідомила міська рада.</p>
<p>За словами посадовців, воду подали в усі райони міста, однак у кількох будинках тиск поки що нижчий за звичайний.</p>
<p><b>Читайте також:</b> <a href="/news/2025/11/17/1">На Сумщині знеструмлено кілька громад</a></p>
<p>Ремонтні бригади працювали всю ніч під загрозою повторних атак, додали в міській раді.</p>
<p>Мешканцям радять мати запас питної води на кілька днів, поки мережу повністю не перевірять.</p>
<div class="subscribe_block"><p>Підписуйтесь на наш канал у Telegram, щоб першими дізнаватися головні новини.</p></div>
</div>
<div class="post_news_share">Поділитися: <a href="https://facebook.com/sharer">Facebook</a> <a href="https://t.me/share">Telegram</a></div>
<div class="post_news_tags">Теги: <a href="/tags/sumy">Суми</a> <a href="/tags/water">водопостачання</a></div>
</div>
<div class="donate-block"><p>Підтримайте незалежну журналістику — станьте нашим патроном.</p></div>
<div class="news_list"><h3>Останні новини</h3><ul><li><a href="/n/1">Новина один</a></li><li><a href="/n/2">Новина два</a></li></ul></div>
</div></body></html>"""

RU = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>В Белгородской области снова объявили ракетную опасность — Вечерний курьер</title>
<meta property="og:title" content="В Белгородской области снова объявили ракетную опасность">
<meta property="og:site_name" content="Вечерний курьер">
<meta property="article:published_time" content="2025-11-19T21:05:00+03:00">
</head><body>
<div class="Layout"><div class="Toolbar"><a href="/">Главное</a><a href="/feature">Истории</a></div>
<article class="Material">
<header class="MaterialHeader"><h1>В Белгородской области снова объявили ракетную опасность</h1>
<div class="MetaItem">21:05, 19 ноября 2025</div><div class="MetaItem">Источник: Вечерний курьер</div></header>
<div class="MaterialContent">
<p>Вечером 19 ноября жителей нескольких районов Белгородской области снова призвали укрыться из-за ракетной опасности, сообщили региональные власти.</p>
<figure><img src="/i/b.jpg"><figcaption>Улица в Белгороде после атаки<span class="Credit">Фото: Иван Петров / Агентство Восток</span></figcaption></figure>
<p>По словам губернатора, пострадавших нет, однако в одном из сел повреждены линии электропередачи.</p>
<div class="DonatesTeaser"><p>Мы работаем благодаря читателям. Поддержите нас — оформите ежемесячное пожертвование.</p></div>
<p>Аварийные бригады приступили к восстановлению электроснабжения после отбоя тревоги.</p>
<p>Читайте также: <a href="/news/2025/11/18/x">Как в приграничье готовятся к зиме</a></p>
<p>Местные власти пообещали сообщить о сроках завершения работ в течение суток.</p>
</div>
<footer class="MaterialFooter"><div class="Share"><button>Поделиться</button><a href="https://vk.com/share">ВКонтакте</a><a href="https://t.me/share">Telegram</a></div>
<div class="Subscribe"><p>Подпишитесь на нашу рассылку: главные новины дня каждое утро.</p></div></footer>
</article>
<section class="RelatedBlock"><h2>Еще по теме</h2><a href="/n/a">Материал один</a><a href="/n/b">Материал два</a></section>
</div></body></html>"""

EN_BODY = [
    "A drone attack overnight damaged two substations in Poltava Oblast",
    "Air defence units shot down most of the drones",
    "Repair teams began work as soon as the air raid alert ended.",
    "Local officials asked residents to limit the use of heavy appliances",
    "Schools in the affected districts switched to remote lessons",
]
EN_JUNK = ["Become a member", "Gift a membership", "Skip to content", "Marta Hnatiuk", "3 min read",
           "Ostap Kovalenko", "Sign up for our newsletter", "Read also", "How repeated strikes",
           "Share this article", "Telegram", "Dear reader", "Join thousands", "Related articles",
           "Kremenchuk refinery", "Follow us", "our correspondents have stayed"]
UK_BODY = [
    "У Сумах комунальники завершили ремонт магістрального водогону",
    "За словами посадовців, воду подали в усі райони міста",
    "Ремонтні бригади працювали всю ніч",
    "Мешканцям радять мати запас питної води",
]
UK_JUNK = ["18 листопада 2025", "Фото:", "Читайте також", "Сумщині знеструмлено", "Підписуйтесь",
           "Поділитися", "Підтримайте", "Останні новини", "Новина один"]
RU_BODY = [
    "Вечером 19 ноября жителей нескольких районов Белгородской области",
    "По словам губернатора, пострадавших нет",
    "Аварийные бригады приступили к восстановлению электроснабжения",
    "Местные власти пообещали сообщить о сроках",
]
RU_JUNK = ["21:05, 19 ноября 2025", "Источник:", "Иван Петров", "Агентство Восток", "Поддержите", "Читайте также",
           "готовятся к зиме", "Поделиться", "ВКонтакте", "Подпишитесь", "Еще по теме", "Материал один"]


@pytest.mark.parametrize("page, body, junk", [(EN, EN_BODY, EN_JUNK), (UK, UK_BODY, UK_JUNK),
                                              (RU, RU_BODY, RU_JUNK)], ids=["en", "uk", "ru"])
def test_outlet_furniture_is_stripped_and_the_article_kept_in_order(page, body, junk):
    article = extract_article(page, URL)
    text = article.text
    positions = [text.find(sentence) for sentence in body]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert [j for j in junk if j in text] == [], text
    assert article.title and article.site  # the metadata still comes from the page


def test_author_metadata_survives_though_the_byline_leaves_the_text():
    article = extract_article(EN, URL)
    assert article.author == "Marta Hnatiuk" and "Marta Hnatiuk" not in article.text


def test_article_text_that_mentions_such_words_stays():
    paragraphs = [
        "By Tuesday, troops had withdrawn.",
        "By nightfall the fires at the depot were out, the emergency service said.",
        "Finland moved to join other NATO members in sending air defence systems.",
        "The ministry urged people to subscribe to air raid alerts on their phones.",
        "Volunteers donated blood at the city hospital on Sunday.",
        "Photographs shared by the regional governor show the damaged bridge.",
        "Russia launched 48 drones and two missiles on Nov. 20, the air force said.",
        "Zelensky asked allies to support Ukraine with more generators before winter.",
    ]
    page = ("<html><head><title>Depot fire</title></head><body><article><h1>Depot fire</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    text = extract_article(page, URL).text
    for paragraph in paragraphs:
        assert paragraph in text


def test_a_long_article_under_a_furniture_class_is_kept():
    long = "Crews restored heating to the northern districts after a night of repairs. " * 4
    page = ("<html><body><div class='layout'><nav>Home News</nav>"
            f"<div class='story-body has-share-tools'><h1>Heating back</h1><p>{long}</p><p>{long}</p></div>"
            "</div></body></html>")
    assert "Crews restored heating" in extract_article(page, URL).text


def test_headline_byline_and_timestamp_glued_to_the_first_paragraph_come_off():
    glued = ("Grid repairs race the frost By Oksana Lytvyn Nov 21, 2025, 7:30 AM Repair crews "
             "worked through the night.\n\nThe second paragraph.")
    assert strip_boilerplate(glued, title="Grid repairs race the frost") == (
        "Repair crews worked through the night.\n\nThe second paragraph.")
    glued_uk = "Удари по Харкову Від Олени Мирошник 21 листопада 2025, 07:30 Ремонтники працювали всю ніч."
    assert strip_boilerplate(glued_uk, title="Удари по Харкову") == "Ремонтники працювали всю ніч."
    glued_iso = ("\\[Update\\] Strike on Zatoka bridge By Roundup desk · 2026-12-05T02:55:48Z A Telegram "
                 "channel reported a strike.")
    assert strip_boilerplate(glued_iso, title="[Update] Strike on Zatoka bridge") == "A Telegram channel reported a strike."
    # Without a date to end it, a name cannot be told from the text: nothing is cut.
    kept = "Grid repairs race the frost By Oksana Lytvyn said the crews worked through the night."
    assert strip_boilerplate(kept, title="Grid repairs race the frost").startswith("By Oksana")


def test_link_lists_and_orphaned_headings_go_but_a_list_with_words_stays():
    text = ("Text one.\n\n- [Ferry traffic resumes](https://a.example/1)\n- [Shelters repaired](https://a.example/2)"
            "\n\n- Three towns lost power: [map](https://a.example/m)\n- Two bridges were hit\n\n## Dear reader\n\n"
            "Support our newsroom today.")
    assert strip_boilerplate(text) == (
        "Text one.\n\n- Three towns lost power: [map](https://a.example/m)\n- Two bridges were hit")


def test_boilerplate_patterns_stay_fast_on_hostile_lines():
    # Lines built to make backtracking patterns crawl; the answer must come and be sane.
    hostile = "\n\n".join([" ,-" * 60 + "x", "[a](" * 2000, "[a](" * 50_000, "(" + "a / " * 60 + "x",
                           "By " + "Aa " * 5000])
    assert isinstance(strip_boilerplate(hostile), str)


def test_a_text_that_would_be_left_empty_is_kept_whole():
    assert strip_boilerplate("# Only a headline") == "# Only a headline"
    assert strip_boilerplate("Subscribe to our newsletter") == "Subscribe to our newsletter"


def test_a_heading_keeps_its_subheadings():
    text = "## Front line\n\n### North\n\nFighting continued near Kupiansk."
    assert strip_boilerplate(text) == text
