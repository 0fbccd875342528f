#!/usr/bin/env python3
"""Regenerate assets/fonts/NotoSansSC-Subset.otf, the app's bundled Simplified Chinese font.

egui needs a single-face font file, and the full Noto Sans CJK collection is ~19 MB, so we cut
face 2 (Noto Sans CJK SC) of Debian's `fonts-noto-cjk` NotoSansCJK-Regular.ttc down to:

  * every character used in any `locales/*/*.ftl` file (so no translated text shows a box),
  * the whole GB2312 character set (6,763 common hanzi, levels 1 and 2, plus its symbols),
    so instructors editing a case in Chinese almost never hit a missing glyph,
  * CJK punctuation, full-width forms, general punctuation, arrows and a few shapes.

  * Latin: ASCII, Latin-1, Latin Extended-A, the Vietnamese letters of Latin Extended-B and
    Latin Extended Additional, and the combining tone marks.

egui's default Latin font (Ubuntu Light) has no Latin Extended Additional, so Vietnamese letters
such as `ạ ả ấ ệ ộ ự` are missing from it. For Vietnamese the app puts this font first, so every
Latin letter of a Vietnamese text comes from one design; for other languages egui's fonts stay
first and this font is the fallback for everything they lack.

Usage (from the repository root or anywhere):

    apt-get install fonts-noto-cjk && pip install fonttools
    python3 assets/fonts/subset.py [--ttc PATH] [--out PATH]

Run it again after adding text in a new script or rare characters to a locale file
(`goldenhour` logs the characters no bundled font has).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


def gb2312_chars() -> set[str]:
    """Every character of GB2312: symbol rows 1-9 and hanzi rows 16-87."""
    chars: set[str] = set()
    for row in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xF8)):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def locale_chars(root: pathlib.Path) -> set[str]:
    chars: set[str] = set()
    for ftl in sorted(root.glob("locales/*/*.ftl")):
        chars.update(ftl.read_text(encoding="utf-8"))
    return {c for c in chars if ord(c) >= 0x80}


def ranges() -> set[str]:
    spans = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x017F),  # Latin-1 supplement and Latin Extended-A (Ă ă Đ đ Ĩ ĩ Ũ ũ)
        (0x01A0, 0x01B0),  # Latin Extended-B: Ơ ơ Ư ư
        (0x0300, 0x0323),  # combining grave, acute, tilde, hook above, dot below
        (0x1EA0, 0x1EF9),  # Latin Extended Additional: the Vietnamese letters
        (0x2010, 0x205E),  # general punctuation: dashes, quotes, ellipsis, ‰, ※
        (0x2100, 0x214F),  # letterlike symbols: №, ℃
        (0x2150, 0x218F),  # number forms
        (0x2190, 0x21FF),  # arrows
        (0x2200, 0x22FF),  # mathematical operators (≤, ≥, ≈)
        (0x2460, 0x24FF),  # enclosed alphanumerics ①
        (0x2500, 0x257F),  # box drawing
        (0x25A0, 0x25FF),  # geometric shapes ■ ● ▲
        (0x2600, 0x26FF),  # misc symbols ☆
        (0x2700, 0x27BF),  # dingbats ✓ ✗
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3200, 0x32FF),  # enclosed CJK
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF00, 0xFFEF),  # half-width and full-width forms
    ]
    return {chr(c) for a, b in spans for c in range(a, b + 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ttc", default=DEFAULT_TTC, help="NotoSansCJK-Regular.ttc")
    parser.add_argument("--out", default=str(HERE / "NotoSansSC-Subset.otf"))
    args = parser.parse_args()

    ttc = pathlib.Path(args.ttc)
    if not ttc.exists():
        print(f"{ttc} not found: apt-get install fonts-noto-cjk, or pass --ttc", file=sys.stderr)
        return 1

    font = TTCollection(str(ttc)).fonts[SC_FACE]
    if "SC" not in (font["name"].getDebugName(4) or ""):
        print(f"face {SC_FACE} of {ttc} is not Simplified Chinese", file=sys.stderr)
        return 1

    wanted = gb2312_chars() | locale_chars(ROOT) | ranges()
    cmap = font.getBestCmap()
    unicodes = sorted(ord(c) for c in wanted if ord(c) in cmap)
    missing = sorted(c for c in locale_chars(ROOT) if ord(c) not in cmap)

    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    # Keep the source's timestamp so the same inputs give the same bytes.
    font.recalcTimestamp = False
    font.save(args.out)

    size = pathlib.Path(args.out).stat().st_size
    print(f"wrote {args.out}: {len(unicodes)} characters, {size / 1e6:.1f} MB")
    if missing:
        shown = "".join(missing)
        print(f"note: no glyph in Noto Sans CJK SC for: {shown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
