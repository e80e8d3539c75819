#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Redline needs, when it can (as root, with apt-get), and says
# plainly which ones are missing when it cannot. Never fails the build by itself: the app runs without
# Tesseract (OCR is then unavailable) and the tests that need a missing tool say so.
set -u
# chromium: the browser tests open the IIIF and W3C exports in Mirador and Annotorious
# (tests/consumers); they drive it with Playwright and never download a browser of their own.
# postgresql: the tests start a throwaway server of their own (tests/pg_helpers.py) to run the
# library against PostgreSQL too; pg_dump backs a team library up before a schema upgrade.
# locales: the sources localedef compiles a German and a French locale from, for a server and a
# client that do not speak English (tests/core/test_server_languages.py).
need_cmds=(tesseract pdftoppm pdftotext Xvfb chromium pg_dump)
pkgs=(tesseract-ocr tesseract-ocr-eng poppler-utils xvfb libegl1 libgl1 libxkbcommon0
      libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-icccm4 libxcb-keysyms1
      libxcb-cursor0 appstream desktop-file-utils chromium postgresql locales)
# Node.js and npm install the viewers the browser tests load (npm ci in tests/consumers). Checked
# by command: a NodeSource or distribution build of node that brings its own npm is as good.
cmd_pkgs=(node:nodejs npm:npm)
missing_pkgs=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing_pkgs+=("$p")
  done
else
  for c in "${need_cmds[@]}"; do command -v "$c" >/dev/null 2>&1 || missing_pkgs+=("$c"); done
fi
for pair in "${cmd_pkgs[@]}"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing_pkgs+=("${pair##*:}")
done
[ ${#missing_pkgs[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing_pkgs[@]}" >/dev/null \
    && exit 0
  echo "apt-get could not install: ${missing_pkgs[*]}" >&2
else
  echo "Redline needs these system packages, which are not installed: ${missing_pkgs[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing_pkgs[*]}" >&2
fi
echo "Continuing without them: OCR, baseline benchmarks, the GUI, the browser or the PostgreSQL tests may be unavailable." >&2
exit 0
