"""WCAG AA for text: every character warfeed draws reads at 4.5:1 or better in every theme it ships.

The app is rendered through Textual (theme variables resolved by its design system, alpha blended
by its compositor) in the states that use each style: every side, read and unread, marks, the
cursor row focused and not, every claim status, a verdict and a watch, a filter error, the reader,
the claim timeline, and each modal. Each text segment's colour is measured against its own
background. Box drawing, block elements (borders, scrollbars, the sparkline) are graphics, not
text; behind a modal only the dialog counts (the dimmed screen is not meant to be read).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.cells import cell_len

from tui.core.models import Claim
from tui.themes import THEMES

from .conftest import SIDES, make_story, screen_styled_runs, settle
from .test_claim_tracker import NOW as CLAIM_NOW, sample_claims

AA = 4.5


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio, 1..21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_graphic(text: str) -> bool:
    return all(ch.isspace() or 0x2500 <= ord(ch) <= 0x259F for ch in text)


def low_contrast(app, scene: str) -> list[str]:
    """Every text segment on screen under AA, as 'scene: "text" 2.1:1 fg on bg'."""
    region = None
    if app.screen.is_modal:
        region = app.screen.query_one(".modal-dialog").region
    failures = []
    for y, runs in enumerate(screen_styled_runs(app)):
        x = 0
        for text, style in runs:
            width = cell_len(text)
            inside = region is None or (region.y <= y < region.bottom and region.x <= x < region.right)
            x += width
            if not inside or is_graphic(text) or not style:
                continue
            if style.color is None or style.bgcolor is None:
                failures.append(f"{scene}: {text.strip()!r} has no explicit colours")
                continue
            fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
            if style.reverse:
                fg, bg = bg, fg
            fg_rgb, bg_rgb = (fg.red, fg.green, fg.blue), (bg.red, bg.green, bg.blue)
            if style.dim:  # terminals draw dim text half way to the background
                fg_rgb = tuple((f + b) // 2 for f, b in zip(fg_rgb, bg_rgb))
            ratio = contrast(fg_rgb, bg_rgb)
            if ratio < AA:
                failures.append(
                    f"{scene}: {text.strip()[:30]!r} {ratio:.2f}:1 "
                    f"#{fg.red:02x}{fg.green:02x}{fg.blue:02x} on #{bg.red:02x}{bg.green:02x}{bg.blue:02x}"
                )
    return failures


def scene_stories():
    """One story per side, read and unread, starred, flagged, revised, with claims."""
    stories = []
    for n in range(14):
        story = make_story(n, now=CLAIM_NOW, side=SIDES[n % len(SIDES)],
                           source=f"Outlet of the {SIDES[n % len(SIDES)]} side",
                           claim_ids=["control:kupiansk"] if n % 2 else [])
        story.read = n in (1, 6, 7, 8)
        story.starred = n in (2, 7)
        story.flagged = n in (3, 8)
        story.revision = 1 if n in (4, 9) else 0
        stories.append(story)
    return stories


def scene_claims() -> list[Claim]:
    claims = sample_claims()
    claims[1].verdict = "refuted"
    claims[1].verdict_note = "port footage is from 2023"
    claims[2].watched = True
    # A weak statement and a rejected one: they are drawn apart from the rest, and must read too.
    claims[0].statements[2].confidence = 0.3
    claims[0].statements[3].rejected = True
    for status in ("unverified", "confirmed", "refuted"):
        claims.append(Claim(id=f"control:{status}", event="control", place=f"Town {status}", status=status,
                            first_seen=CLAIM_NOW - 900, last_update=CLAIM_NOW - 900,
                            statements=list(claims[0].statements[:2])))
    return claims


@pytest.mark.parametrize("size", [(160, 50), (80, 24)], ids=["160x50", "80x24"])
@pytest.mark.parametrize("theme", sorted(THEMES))
async def test_every_text_meets_aa_in_every_shipped_theme(make_app, config, store, clock, theme, size):
    clock.now = CLAIM_NOW
    store.save_claims(scene_claims())
    app = make_app(scene_stories(), config=replace(config, theme=theme), poll=False)
    failures: list[str] = []
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        assert app.theme == THEMES[theme].name
        failures += low_contrast(app, "list, cursor focused")
        await pilot.press("j", "j", "j")  # the cursor on a starred, a flagged and a revised row
        failures += low_contrast(app, "list, cursor on marks")
        await pilot.press("enter", "2")
        await settle(pilot, app)
        failures += low_contrast(app, "reader focused")
        await pilot.press("slash", *"xyz")
        await pilot.pause()
        failures += low_contrast(app, "reader search")
        await pilot.press("escape", "3")
        await pilot.pause()
        failures += low_contrast(app, "claims table focused")
        for _ in range(5):
            await pilot.press("j")
            failures += low_contrast(app, "claims table rows")
        await pilot.press("g", "enter")
        await pilot.pause()
        failures += low_contrast(app, "claim timeline focused")
        await pilot.press("1", "slash", *"since:", "enter")
        await pilot.pause()
        failures += low_contrast(app, "filter error")
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        failures += low_contrast(app, "help")
        await pilot.press("escape", "e")
        await pilot.pause()
        failures += low_contrast(app, "feed health")
        await pilot.press("escape", "f")
        await pilot.pause()
        failures += low_contrast(app, "feeds")
        await pilot.press("e")
        await pilot.pause()
        failures += low_contrast(app, "feed edit")
        await pilot.press("escape", "escape", "3", "V")
        await pilot.pause()
        failures += low_contrast(app, "verdict")
    assert not failures, "\n".join(dict.fromkeys(failures))
