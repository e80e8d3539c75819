"""Draws Redline's application icon: a paper page with a folded corner, lines of text, and a red
line struck through it. Writes the freedesktop hicolor layout under resources/icons/hicolor
(PNG in every size the icon theme expects, plus the scalable SVG) and the Windows .ico and macOS
.icns that packaging/redline.spec uses.

    .venv/bin/python packaging/make_icons.py            # rewrite the icons
    .venv/bin/python packaging/make_icons.py --check    # exit 1 if the committed icons differ

The SVG and the PNGs come from the same shapes below, in a 256 x 256 design space. Sizes up to 24
pixels use a simpler variant (fewer, thicker lines) so they stay sharp.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

APP_ID = "io.github.redline.Redline"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"

PAPER = "#fbfaf6"
FOLD = "#d9d4c6"
INK = "#3f4653"
TEXT = "#9ba2ae"
RED = "#d32f2f"
SUPERSAMPLE = 8


@dataclass(frozen=True)
class Design:
    outline: float  # stroke width of the page edge
    rows: tuple[tuple[float, float, float], ...]  # text lines: (y centre, x end, thickness)
    bar: tuple[float, float, float, float]  # the red line: x0, y0, x1, y1 (rounded ends)


PAGE = ((52, 20), (164, 20), (204, 60), (204, 236), (52, 236))
FOLD_TRIANGLE = ((164, 20), (164, 60), (204, 60))
TEXT_X0 = 78

LARGE = Design(
    outline=8,
    rows=((90, 178, 10), (114, 160, 10), (182, 178, 10), (206, 138, 10)),
    bar=(26, 134, 230, 160),
)
SMALL = Design(
    outline=16,
    rows=((92, 172, 16), (196, 150, 16)),
    bar=(20, 124, 236, 164),
)


def design_for(size: int) -> Design:
    return SMALL if size <= 24 else LARGE


def draw_png(size: int) -> Image.Image:
    d = design_for(size)
    scale = size * SUPERSAMPLE / 256
    canvas = Image.new("RGBA", (size * SUPERSAMPLE,) * 2, (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas)

    def pts(points: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
        return [(x * scale, y * scale) for x, y in points]

    width = round(d.outline * scale)
    draw.polygon(pts(PAGE), fill=PAPER)
    draw.polygon(pts(FOLD_TRIANGLE), fill=FOLD)
    # Strokes drawn as lines with joints, so the outline sits centred on the path like the SVG's.
    draw.line([*pts(PAGE), pts(PAGE)[0]], fill=INK, width=width, joint="curve")
    draw.line(pts(FOLD_TRIANGLE[:3]), fill=INK, width=width, joint="curve")
    for y, x1, t in d.rows:
        draw.rounded_rectangle(
            (TEXT_X0 * scale, (y - t / 2) * scale, x1 * scale, (y + t / 2) * scale),
            radius=t / 2 * scale,
            fill=TEXT,
        )
    x0, y0, x1, y1 = d.bar
    draw.rounded_rectangle(
        (x0 * scale, y0 * scale, x1 * scale, y1 * scale), radius=(y1 - y0) / 2 * scale, fill=RED
    )
    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    d = LARGE

    def path(points: tuple[tuple[float, float], ...]) -> str:
        return " ".join(f"{x:g},{y:g}" for x, y in points)

    rows = "\n".join(
        f'  <rect x="{TEXT_X0}" y="{y - t / 2:g}" width="{x1 - TEXT_X0:g}" height="{t:g}" '
        f'rx="{t / 2:g}" fill="{TEXT}"/>'
        for y, x1, t in d.rows
    )
    x0, y0, x1, y1 = d.bar
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Redline</title>
  <polygon points="{path(PAGE)}" fill="{PAPER}" stroke="{INK}" stroke-width="{d.outline:g}"
           stroke-linejoin="round"/>
  <polygon points="{path(FOLD_TRIANGLE)}" fill="{FOLD}" stroke="{INK}"
           stroke-width="{d.outline:g}" stroke-linejoin="round"/>
{rows}
  <rect x="{x0:g}" y="{y0:g}" width="{x1 - x0:g}" height="{y1 - y0:g}" rx="{(y1 - y0) / 2:g}"
        fill="{RED}"/>
</svg>
"""


def png_bytes(img: Image.Image, fmt: str = "PNG", **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def outputs() -> dict[Path, bytes]:
    """Every icon file, by path."""
    images = {n: draw_png(n) for n in SIZES}
    files: dict[Path, bytes] = {}
    for n, img in images.items():
        files[ICONS / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"] = png_bytes(img)
    files[ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] = svg().encode()
    ico_sizes = [n for n in SIZES if n in (16, 24, 32, 48, 64, 128, 256)]
    files[ICONS / "redline.ico"] = png_bytes(
        images[256],
        "ICO",
        sizes=[(n, n) for n in ico_sizes],
        append_images=[images[n] for n in ico_sizes if n != 256],
    )
    big = {n: draw_png(n) for n in (512, 1024)}
    files[ICONS / "redline.icns"] = png_bytes(
        big[1024], "ICNS", append_images=[images[n] for n in (16, 32, 64, 128, 256)] + [big[512]]
    )
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the committed icons")
    args = parser.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if stale:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
