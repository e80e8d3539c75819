"""`make update-translations`: extract the window's strings and the core's messages anew into
resources/translations/redline_<lang>.ts with pyside6-lupdate, keeping the plural forms.

pyside6-lupdate marks no Python ``translate(...)`` call as plural (``numerus="yes"``), and on an
update it folds the plural forms a catalogue holds for such a message into one unfinished
translation. So this script reads each catalogue's plural messages first, runs lupdate, and puts
them back as they were. A new counted phrase (``%n``) comes out of lupdate as an ordinary
unfinished message: give it its forms in Qt Linguist (mark it plural) or by hand;
tests/ui/test_translations.py fails until every ``%n`` message is plural and translated.

    python packaging/update_translations.py BIN_DIR SOURCES… -ts CATALOGUES…
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message>\n(?P<body>(?:(?!</message>).)*?)"
                     r"[ \t]*<source>(?P<source>[^<]*)</source>\n"
                     r"(?P<rest>(?:(?!</message>).)*?)[ \t]*</message>", re.S)  # fmt: skip


def plural_forms(ts: Path) -> dict[str, list[str]]:
    """source → its plural forms, for each plural message of a catalogue."""
    out = {}
    for m in ET.parse(ts).iter("message"):  # (our own catalogue)
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in m.iter("numerusform")]
            out[m.findtext("source") or ""] = forms
    return out


def restore(text: str, plurals: dict[str, list[str]]) -> str:
    """lupdate's output with each message in ``plurals`` plural again, with its forms."""

    def put_back(m: re.Match[str]) -> str:
        source = html.unescape(m["source"])
        if source not in plurals:
            return m[0]
        pad = m["indent"]
        body = "".join(
            f"{pad}        <numerusform>{html.escape(f, quote=False)}</numerusform>\n"
            for f in plurals[source]
        )
        locations = "".join(line + "\n" for line in m["body"].splitlines() if "<location" in line)
        return (
            f'{pad}<message numerus="yes">\n{locations}'
            f"{pad}    <source>{m['source']}</source>\n"
            f"{pad}    <translation>\n{body}{pad}    </translation>\n{pad}</message>"
        )

    return MESSAGE.sub(put_back, text)


def main(argv: list[str]) -> int:
    bin_dir, args = Path(argv[0]), argv[1:]
    catalogues = [Path(p) for p in args[args.index("-ts") + 1 :]]
    kept = {ts: plural_forms(ts) for ts in catalogues}
    lupdate = [str(bin_dir / "pyside6-lupdate"), "-no-obsolete", "-locations", "relative", *args]
    done = subprocess.run(lupdate, check=False)
    if done.returncode:
        return done.returncode
    for ts, plurals in kept.items():
        ts.write_text(restore(ts.read_text("utf-8"), plurals), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
