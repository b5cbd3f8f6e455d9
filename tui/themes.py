"""warfeed's two themes: every text colour reads at WCAG AA (4.5:1) on every background it meets.

Textual's own light theme draws orange and green text at 1.2-3:1 on its grey; these keep the
same roles (the styles only use theme variables) with colours chosen for contrast, and the side
colours stay apart: blues for Ukrainian sources, reds for Russian state, amber for Russian
independent, green for international, violet for analysts. tests/tui/test_contrast.py holds them to it.
"""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

import tui


def styles_dir() -> Path:
    """The .tcss directory: inside the package when installed from a wheel, else the repo's."""
    packaged = Path(tui.__file__).parent / "styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"

WARFEED_DARK = Theme(
    name="warfeed-dark",
    primary="#0A5FA8",
    secondary="#5B8DB8",
    accent="#C3A6F2",
    warning="#FFC473",
    error="#F08FA8",
    success="#8AD4A1",
    foreground="#E0E0E0",
    background="#121212",
    surface="#1E1E1E",
    panel="#242F38",
    dark=True,
    variables={
        "text-primary": "#86BDF2",
        "text-secondary": "#A9C6DE",
        "text-accent": "#C9AEF5",
        "text-warning": "#FFC473",
        "text-error": "#F59AB0",
        "text-success": "#8AD4A1",
        "block-cursor-background": "#213447",
        "block-cursor-foreground": "#F2F2F2",
        "block-cursor-blurred-background": "#2A3440",
        "block-cursor-blurred-foreground": "#E0E0E0",
        "footer-key-foreground": "#FFC473",
        "footer-description-foreground": "#E0E0E0",
        "border-blurred": "#3A4A58",
    },
)

WARFEED_LIGHT = Theme(
    name="warfeed-light",
    primary="#0B5394",
    secondary="#2F5F8A",
    accent="#6A3FA0",
    warning="#8A4B00",
    error="#A3173A",
    success="#1E6B34",
    foreground="#1A1A1A",
    background="#F7F7F7",
    surface="#F0F0F0",
    panel="#E3E8ED",
    dark=False,
    variables={
        "text-primary": "#0A4A85",
        "text-secondary": "#2B5478",
        "text-accent": "#5E3592",
        "text-warning": "#7A4200",
        "text-error": "#971535",
        "text-success": "#1A5E2E",
        "block-cursor-background": "#CFE0F0",
        "block-cursor-foreground": "#111111",
        "block-cursor-blurred-background": "#DDE5EC",
        "block-cursor-blurred-foreground": "#1A1A1A",
        "footer-key-foreground": "#0A4A85",
        "footer-description-foreground": "#1A1A1A",
        "border-blurred": "#B8C4CF",
    },
)

THEMES = {"dark": WARFEED_DARK, "light": WARFEED_LIGHT}
"""The names a config's `theme = "dark" | "light"` picks; any Textual theme name works too."""
