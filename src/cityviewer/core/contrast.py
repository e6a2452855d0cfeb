"""WCAG 2 contrast between two sRGB colours: relative luminance, the contrast ratio, and the colour nearest to a
given one that reaches a ratio against a background. No Qt here: the screen's palette (gui.colours), the paper's
(core.paper.colours) and the tests all measure with it."""

from __future__ import annotations

RGB = tuple[int, int, int]

AA_TEXT = 4.5  # WCAG 2 AA: body text
AA_LARGE_TEXT = 3.0  # AA: text of 18 pt, or 14 pt bold, and larger
AA_NON_TEXT = 3.0  # AA: the parts of a picture one must see (markers, a badge's edge, a focus ring)
BLACK: RGB = (0, 0, 0)
WHITE: RGB = (255, 255, 255)


def rgb(code: str) -> RGB:
    """'#rrggbb' as (r, g, b)."""
    code = code.lstrip("#")
    if len(code) != 6:
        raise ValueError(f"not an #rrggbb colour: {code!r}")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def hex_code(colour: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    """WCAG's relative luminance: 0 for black, 1 for white."""
    r, g, b = colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG's contrast ratio, from 1 (the same) to 21 (black on white), whichever is lighter."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """a moved a fraction t of the way to b (0: a, 1: b)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def over(top: RGB, alpha: float, below: RGB) -> RGB:
    """top painted with opacity alpha (0 to 1) over below: the colour the eye sees."""
    return mix(below, top, alpha)


def is_dark(colour: RGB) -> bool:
    """Whether text on colour reads better light than dark."""
    return contrast(colour, WHITE) > contrast(colour, BLACK)


def readable(colour: RGB, background: RGB, minimum: float = AA_TEXT) -> RGB:
    """colour itself if it reaches minimum against background; otherwise colour moved towards black (on a light
    background) or white (on a dark one) just far enough, so it keeps what it can of its hue."""
    if contrast(colour, background) >= minimum:
        return colour
    target = WHITE if is_dark(background) else BLACK
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        if contrast(mix(colour, target, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return mix(colour, target, high)
