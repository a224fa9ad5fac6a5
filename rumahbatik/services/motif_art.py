"""Batik-like motif pictures drawn with Pillow for the demo (deterministic, nothing fetched).

Each picture is drawn at twice its size and scaled down, which smooths the edges.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

SIZE = 900  # final side in pixels
S = 2  # drawn at this multiple, then scaled down
Colour = str
Draw = ImageDraw.ImageDraw


def _ellipse_poly(
    cx: float, cy: float, rx: float, ry: float, angle: float, n: int = 48
) -> list[tuple[float, float]]:
    ca, sa = math.cos(angle), math.sin(angle)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return pts


def _leaf(d: Draw, cx: float, cy: float, length: float, angle: float, fill: Colour, vein: Colour):
    pts = []
    for i in range(41):  # a pointed leaf: a lens between two arcs
        t = i / 40
        w = math.sin(math.pi * t) * length * 0.28
        pts.append((t * length - length / 2, w))
    pts += [(x, -y) for x, y in reversed(pts)]
    ca, sa = math.cos(angle), math.sin(angle)
    poly = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]
    d.polygon(poly, fill=fill)
    d.line(
        [
            (cx - length / 2 * ca, cy - length / 2 * sa),
            (cx + length / 2 * ca, cy + length / 2 * sa),
        ],
        fill=vein,
        width=max(2, int(length / 30)),
    )


def _dot(d: Draw, x: float, y: float, r: float, fill: Colour) -> None:
    d.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _cecek(d: Draw, w: int, h: int, step: float, r: float, fill: Colour, offset: float = 0):
    """Isen-isen cecek: the fine dots that fill a batik ground."""
    row = 0
    y = offset
    while y < h + step:
        x = offset + (step / 2 if row % 2 else 0)
        while x < w + step:
            _dot(d, x, y, r, fill)
            x += step
        y += step * 0.866
        row += 1


def _border(d: Draw, w: int, h: int, dark: Colour, light: Colour, accent: Colour) -> None:
    """A framed edge with a row of small triangles (tumpal-like) and dots."""
    b = 34 * S
    d.rectangle((0, 0, w, b), fill=dark)
    d.rectangle((0, h - b, w, h), fill=dark)
    d.rectangle((0, 0, b, h), fill=dark)
    d.rectangle((w - b, 0, w, h), fill=dark)
    step = 24 * S
    for x in range(0, w, step):
        d.polygon([(x, b), (x + step / 2, b - 16 * S), (x + step, b)], fill=accent)
        d.polygon([(x, h - b), (x + step / 2, h - b + 16 * S), (x + step, h - b)], fill=accent)
        _dot(d, x + step / 2, 9 * S, 3 * S, light)
        _dot(d, x + step / 2, h - 9 * S, 3 * S, light)
    for y in range(0, h, step):
        d.polygon([(b, y), (b - 16 * S, y + step / 2), (b, y + step)], fill=accent)
        d.polygon([(w - b, y), (w - b + 16 * S, y + step / 2), (w - b, y + step)], fill=accent)
        _dot(d, 9 * S, y + step / 2, 3 * S, light)
        _dot(d, w - 9 * S, y + step / 2, 3 * S, light)
    d.rectangle((b, b, w - b, h - b), outline=light, width=3 * S)


def _grapes(d: Draw, cx: float, cy: float, r: float, fill: Colour, shine: Colour, edge: Colour):
    rows = [4, 3, 3, 2, 1]
    y = cy - r * 3
    for n in rows:
        x0 = cx - (n - 1) * r
        for i in range(n):
            x = x0 + i * 2 * r
            d.ellipse(
                (x - r, y - r, x + r, y + r), fill=fill, outline=edge, width=max(2, int(r / 6))
            )
            _dot(d, x - r * 0.35, y - r * 0.35, r * 0.22, shine)
        y += r * 1.7
    d.line([(cx, cy - r * 3.9), (cx + r * 0.6, cy - r * 5)], fill=edge, width=int(r / 3))


def _mango(
    d: Draw, cx: float, cy: float, r: float, angle: float, fill: Colour, edge: Colour, shine: Colour
) -> None:
    # a mango: an egg shape leaning to one side, with a small stalk
    pts = []
    for i in range(60):
        t = 2 * math.pi * i / 60
        x = r * 0.72 * math.cos(t) * (1 + 0.18 * math.sin(t))
        y = r * math.sin(t)
        x += r * 0.15 * (1 - math.sin(t)) ** 2 / 2
        pts.append((x, y))
    ca, sa = math.cos(angle), math.sin(angle)
    poly = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]
    d.polygon(poly, fill=fill, outline=edge, width=max(3, int(r / 14)))
    d.polygon(
        _ellipse_poly(cx - r * 0.25 * ca, cy - r * 0.35, r * 0.16, r * 0.32, angle), fill=shine
    )
    top = (cx + r * sa, cy - r * ca)
    d.line([top, (top[0] + r * 0.1, top[1] - r * 0.3)], fill=edge, width=max(3, int(r / 10)))


def _rosette(
    d: Draw,
    cx: float,
    cy: float,
    r: float,
    petals: int,
    fill: Colour,
    edge: Colour,
    centre: Colour,
    turn: float = 0,
) -> None:
    for k in range(petals):
        a = turn + 2 * math.pi * k / petals
        px, py = cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55
        d.polygon(_ellipse_poly(px, py, r * 0.48, r * 0.14, a), fill=fill, outline=edge)
    for k in range(petals):
        a = turn + math.pi / petals + 2 * math.pi * k / petals
        px, py = cx + math.cos(a) * r * 0.35, cy + math.sin(a) * r * 0.35
        d.polygon(_ellipse_poly(px, py, r * 0.3, r * 0.1, a), fill=edge)
    _dot(d, cx, cy, r * 0.2, centre)
    _cecek_ring(d, cx, cy, r * 0.12, 8, r * 0.03, edge)


def _cecek_ring(d: Draw, cx: float, cy: float, rr: float, n: int, r: float, fill: Colour) -> None:
    for k in range(n):
        a = 2 * math.pi * k / n
        _dot(d, cx + math.cos(a) * rr, cy + math.sin(a) * rr, r, fill)


def _wave_band(
    d: Draw, w: int, y: float, amp: float, length: float, width: int, fill: Colour, phase: float = 0
) -> None:
    pts = [(x, y + amp * math.sin(2 * math.pi * x / length + phase)) for x in range(0, w + 8, 6)]
    d.line(pts, fill=fill, width=width, joint="curve")


# ---------------------------------------------------------------- the motifs


def manggur(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, mango, grape, leaf, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    _cecek(d, w, h, 26 * S, 2.4 * S, light)
    tile = 300 * S
    for row in range(4):
        for col in range(4):
            cx = col * tile + (tile / 2 if row % 2 else 0)
            cy = row * tile * 0.8 + 60 * S
            _leaf(d, cx - 40 * S, cy - 80 * S, 110 * S, -0.7, leaf, light)
            _leaf(d, cx + 70 * S, cy + 90 * S, 90 * S, 0.5, leaf, light)
            _mango(d, cx, cy, 62 * S, 0.35, mango, light, "#fff3c4")
            _grapes(d, cx + 120 * S, cy + 20 * S, 15 * S, grape, "#d9c8ef", light)
    _border(d, w, h, "#3b2414", light, mango)


def seruni(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, petal, edge, leaf, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    _cecek(d, w, h, 22 * S, 2 * S, edge)
    tile = 220 * S
    for row in range(6):
        for col in range(6):
            cx = col * tile + (tile / 2 if row % 2 else 0)
            cy = row * tile * 0.86
            _leaf(d, cx + 70 * S, cy + 50 * S, 80 * S, 0.8, leaf, light)
            _leaf(d, cx - 70 * S, cy + 50 * S, 80 * S, 2.3, leaf, light)
            _rosette(d, cx, cy, 80 * S, 26, petal, edge, light, turn=row * 0.2)
    _border(d, w, h, edge, light, petal)


def bayuangga(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, wind, mango, grape, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    for i in range(14):
        _wave_band(d, w, i * 140 * S - 40 * S, 40 * S, 520 * S, 14 * S, wind, phase=i * 0.9)
        _wave_band(d, w, i * 140 * S - 10 * S, 40 * S, 520 * S, 4 * S, light, phase=i * 0.9)
    for row in range(3):
        for col in range(3):
            cx, cy = (
                col * 600 * S / 2 + 150 * S + (150 * S if row % 2 else 0),
                row * 300 * S * 2 + 200 * S,
            )
            _mango(d, cx, cy, 70 * S, -0.3, mango, light, "#fff3c4")
            _grapes(d, cx + 150 * S, cy + 140 * S, 16 * S, grape, "#e7dcf5", light)
    _border(d, w, h, "#1b2a3a", light, mango)


def gending(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, a, b, c, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    for i in range(26):
        colour = (a, b, c)[i % 3]
        y = i * 75 * S - 100 * S
        _wave_band(d, w, y, 60 * S, 700 * S, 22 * S, colour, phase=i * 0.55)
        _wave_band(d, w, y + 20 * S, 60 * S, 700 * S, 3 * S, light, phase=i * 0.55)
    rnd = random.Random(7)
    for _ in range(70):  # curls of wind (ukel)
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        r = rnd.uniform(14, 26) * S
        d.arc((x - r, y - r, x + r, y + r), 30, 320, fill=light, width=4 * S)
        d.arc((x - r / 2, y - r / 2, x + r / 2, y + r / 2), 200, 480, fill=light, width=3 * S)
    _border(d, w, h, a, light, b)


def mangrove(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, trunk, leaf, water, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    for i in range(18):
        _wave_band(d, w, h * 0.62 + i * 38 * S, 10 * S, 140 * S, 5 * S, water, phase=i)
    for k in range(6):
        x = k * 330 * S + 140 * S
        base = h * 0.66
        for j in range(-3, 4):  # stilt roots
            d.arc(
                (x + j * 40 * S - 60 * S, base - 80 * S, x + j * 40 * S + 60 * S, base + 80 * S),
                180,
                360,
                fill=trunk,
                width=9 * S,
            )
        d.rectangle((x - 14 * S, base - 360 * S, x + 14 * S, base - 60 * S), fill=trunk)
        for j in range(16):
            a = -math.pi / 2 + (j - 7.5) * 0.22
            lx = x + math.cos(a) * 170 * S
            ly = base - 380 * S + math.sin(a) * 120 * S + (j % 3) * 30 * S
            _leaf(d, lx, ly, 110 * S, a + 0.4 * (j % 2), leaf, light)
    _cecek(d, w, int(h * 0.3), 30 * S, 2.2 * S, light)
    _border(d, w, h, trunk, light, leaf)


def kapal(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, hull, sail, wave, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    for row in range(5):
        y0 = row * 380 * S + 210 * S
        for col in range(4):
            x0 = col * 480 * S + (240 * S if row % 2 else 0) + 60 * S
            d.polygon(
                [
                    (x0, y0),
                    (x0 + 260 * S, y0),
                    (x0 + 210 * S, y0 + 70 * S),
                    (x0 + 40 * S, y0 + 70 * S),
                ],
                fill=hull,
                outline=light,
            )
            d.line([(x0 + 130 * S, y0), (x0 + 130 * S, y0 - 190 * S)], fill=hull, width=7 * S)
            d.polygon(
                [
                    (x0 + 138 * S, y0 - 185 * S),
                    (x0 + 138 * S, y0 - 20 * S),
                    (x0 + 250 * S, y0 - 20 * S),
                ],
                fill=sail,
                outline=light,
            )
            d.polygon(
                [
                    (x0 + 122 * S, y0 - 160 * S),
                    (x0 + 122 * S, y0 - 20 * S),
                    (x0 + 40 * S, y0 - 20 * S),
                ],
                fill=light,
            )
            _cecek_ring(d, x0 + 190 * S, y0 + 35 * S, 0, 1, 6 * S, light)
        for k in range(0, w, 60 * S):  # scalloped waves
            for j in range(3):
                yy = y0 + 95 * S + j * 30 * S
                d.arc((k, yy - 30 * S, k + 60 * S, yy + 30 * S), 180, 360, fill=wave, width=6 * S)
    _border(d, w, h, hull, light, sail)


def anggur_kenari(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, grape, vine, bird, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    _cecek(d, w, h, 24 * S, 2 * S, light)
    for row in range(4):
        y = row * 460 * S + 120 * S
        pts = [(x, y + 60 * S * math.sin(x / (90 * S))) for x in range(0, w + 10, 8)]
        d.line(pts, fill=vine, width=10 * S, joint="curve")
        for k in range(5):
            x = k * 420 * S + (210 * S if row % 2 else 0) + 80 * S
            yy = y + 60 * S * math.sin(x / (90 * S))
            d.arc((x - 40 * S, yy - 80 * S, x + 40 * S, yy), 90, 400, fill=vine, width=5 * S)
            _leaf(d, x + 70 * S, yy - 40 * S, 110 * S, -0.5, vine, light)
            _grapes(d, x, yy + 120 * S, 18 * S, grape, "#efe3ff", light)
            bx, by = x + 200 * S, yy + 200 * S  # a canary (kenari)
            d.ellipse((bx - 50 * S, by - 28 * S, bx + 40 * S, by + 28 * S), fill=bird)
            _dot(d, bx + 45 * S, by - 30 * S, 24 * S, bird)
            _dot(d, bx + 52 * S, by - 36 * S, 5 * S, "#2b1a10")
            d.polygon(
                [
                    (bx + 66 * S, by - 34 * S),
                    (bx + 86 * S, by - 28 * S),
                    (bx + 66 * S, by - 22 * S),
                ],
                fill="#e67e22",
            )
            d.polygon(
                [
                    (bx - 45 * S, by - 5 * S),
                    (bx - 100 * S, by - 30 * S),
                    (bx - 95 * S, by + 20 * S),
                ],
                fill=bird,
            )
            d.arc(
                (bx - 30 * S, by - 20 * S, bx + 20 * S, by + 20 * S),
                200,
                340,
                fill=light,
                width=4 * S,
            )
    _border(d, w, h, vine, light, bird)


def pesisir_kanigaran(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, band, flower, leaf, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    # diagonal bands (lereng) filled with small flowers, as pesisir batik likes it
    step = 260 * S
    for k in range(-8, 12):
        x = k * step
        d.polygon([(x, 0), (x + 90 * S, 0), (x + 90 * S + h, h), (x + h, h)], fill=band)
        for j in range(0, h, 70 * S):
            cx = x + 45 * S + j
            _rosette(d, cx, j, 30 * S, 8, flower, band, light)
        for j in range(0, h, 90 * S):
            _leaf(d, x + 170 * S + j, j + 20 * S, 70 * S, math.pi / 4, leaf, light)
    _cecek(d, w, h, 40 * S, 2 * S, light, offset=20 * S)
    _border(d, w, h, band, light, flower)


def kawung(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, fill, edge, centre, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    step = 150 * S
    r_long, r_short = step * 0.34, step * 0.2
    for gy in range(-1, int(h / step) + 2):
        for gx in range(-1, int(w / step) + 2):
            cx, cy = gx * step, gy * step
            for a in (math.pi / 4, 3 * math.pi / 4, 5 * math.pi / 4, 7 * math.pi / 4):
                ex, ey = cx + math.cos(a) * step * 0.36, cy + math.sin(a) * step * 0.36
                d.polygon(
                    _ellipse_poly(ex, ey, r_long, r_short, a), fill=fill, outline=edge, width=4 * S
                )
                d.polygon(_ellipse_poly(ex, ey, r_long * 0.55, r_short * 0.35, a), fill=light)
                _dot(d, ex, ey, 5 * S, edge)
            _rosette(d, cx, cy, 22 * S, 4, centre, edge, light, turn=math.pi / 4)
            _dot(d, cx + step / 2, cy + step / 2, 9 * S, centre)
            _cecek_ring(d, cx + step / 2, cy + step / 2, 20 * S, 8, 3 * S, light)
    _border(d, w, h, edge, light, centre)


def sekar_jagad(d: Draw, w: int, h: int, p: list[Colour]) -> None:
    ground, a, b, c, light = p
    d.rectangle((0, 0, w, h), fill=ground)
    rnd = random.Random(3)
    cell = 180 * S
    fills: list[Callable[[float, float, float, float, Colour], None]] = []

    def dots(x, y, cw, ch, col):
        for i in range(int(cw / (18 * S))):
            for j in range(int(ch / (18 * S))):
                _dot(d, x + 9 * S + i * 18 * S, y + 9 * S + j * 18 * S, 3 * S, col)

    def stripes(x, y, cw, ch, col):
        for k in range(0, int(cw + ch), int(22 * S)):
            d.line([(x + k, y), (x + k - ch, y + ch)], fill=col, width=5 * S)

    def flowers(x, y, cw, ch, col):
        _rosette(d, x + cw / 2, y + ch / 2, min(cw, ch) * 0.38, 10, col, light, ground)

    def scales(x, y, cw, ch, col):
        for j in range(0, int(ch), int(30 * S)):
            for i in range(0, int(cw), int(30 * S)):
                d.arc((x + i, y + j, x + i + 30 * S, y + j + 30 * S), 0, 180, fill=col, width=4 * S)

    fills = [dots, stripes, flowers, scales]
    for gy in range(int(h / cell) + 1):
        for gx in range(int(w / cell) + 1):
            x, y = gx * cell, gy * cell
            base = (a, b, c)[(gx + gy * 2) % 3]
            d.rounded_rectangle(
                (x + 4 * S, y + 4 * S, x + cell - 4 * S, y + cell - 4 * S),
                radius=40 * S,
                fill=base,
                outline=light,
                width=5 * S,
            )
            # draw the pattern on a separate layer clipped to the island
            rnd.choice(fills)(x + 14 * S, y + 14 * S, cell - 28 * S, cell - 28 * S, light)
    _border(d, w, h, ground, light, a)


ART: dict[str, Callable[[Draw, int, int, list[Colour]], None]] = {
    "manggur": manggur,
    "seruni": seruni,
    "bayuangga": bayuangga,
    "gending": gending,
    "mangrove": mangrove,
    "kapal": kapal,
    "anggur_kenari": anggur_kenari,
    "pesisir_kanigaran": pesisir_kanigaran,
    "kawung": kawung,
    "sekar_jagad": sekar_jagad,
}


def _render(style: str, palette: tuple[Colour, ...]) -> Image.Image:
    big = SIZE * S
    img = Image.new("RGB", (big, big), palette[0])
    ART[style](ImageDraw.Draw(img), big, big, list(palette))
    return img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def _encode(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=88)
    return buf.getvalue()


@lru_cache(maxsize=32)
def design_image(style: str, palette: tuple[Colour, ...]) -> bytes:
    """The motif drawn as a design sheet (JPEG bytes, SIZE × SIZE)."""
    return _encode(_render(style, palette))


@lru_cache(maxsize=8)
def cloth_photo(style: str, palette: tuple[Colour, ...]) -> bytes:
    """A "photo" of the finished cloth: the design folded on a table, with soft light."""
    pattern = _render(style, palette).resize((700, 700), Image.Resampling.LANCZOS)
    photo = Image.new("RGB", (SIZE, SIZE), "#d9cbb5")
    grain = ImageDraw.Draw(photo)
    for y in range(0, SIZE, 9):  # table wood grain
        grain.line([(0, y), (SIZE, y + 12)], fill="#cfbfa6", width=3)
    shadow = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(shadow).rectangle((118, 128, 118 + 700, 128 + 700), fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    photo.paste(Image.new("RGB", (SIZE, SIZE), "#5b4a3a"), (0, 0), shadow)
    # fold: the lower third a little darker, as cloth lying over an edge
    cloth = pattern.copy()
    shade = Image.linear_gradient("L").resize((700, 700)).point(lambda v: int(v * 0.25))
    cloth.paste(Image.new("RGB", (700, 700), "#000000"), (0, 0), shade)
    photo.paste(cloth, (100, 100))
    return _encode(photo)
