#!/bin/sh
# Installs an unpacked Redline folder (the one this script is in) so the desktop shows it:
# the program under <prefix>/lib/redline, a `redline` command in <prefix>/bin, the menu entry,
# the AppStream metainfo and the icon in every size under <prefix>/share.
#
#   ./install.sh                  for you only: prefix ~/.local
#   sudo ./install.sh --system    for everyone: prefix /usr/local
#   ./install.sh --prefix DIR     anywhere else
#   ./install.sh --uninstall      (with the same prefix option) removes what it installed
#
# OCR needs nothing else: the folder carries Tesseract and its English data (tesseract/, with the
# licences in tesseract/licenses). More languages: install your system's (e.g. `sudo apt install
# tesseract-ocr-fra`) and add them in Redline's Tools > Settings.
set -eu

APP_ID=io.github.redline.Redline
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --system) prefix=/usr/local ;;
    --prefix) shift; prefix=${1:?--prefix needs a folder} ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

libdir="$prefix/lib/redline"
bindir="$prefix/bin"
share="$prefix/share"
sizes="16 22 24 32 48 64 128 256"

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$libdir"
  rm -f "$bindir/redline" "$share/applications/$APP_ID.desktop" \
        "$share/metainfo/$APP_ID.metainfo.xml" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
  for n in $sizes; do rm -f "$share/icons/hicolor/${n}x${n}/apps/$APP_ID.png"; done
  refresh_caches
  echo "Removed Redline from $prefix (your libraries and settings are kept)."
  exit 0
fi

[ -x "$here/redline" ] || { echo "install.sh: $here/redline is missing" >&2; exit 1; }
if [ "$here" != "$libdir" ]; then
  rm -rf "$libdir"
  mkdir -p "$libdir"
  cp -R "$here/." "$libdir/"
fi
mkdir -p "$bindir" "$share/applications" "$share/metainfo"
ln -sf "$libdir/redline" "$bindir/redline"
# Absolute paths: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=redline|Exec=$libdir/redline|" -e "s|^TryExec=redline|TryExec=$libdir/redline|" \
  "$here/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
for n in $sizes scalable; do
  d="${n}x${n}"; [ "$n" = scalable ] && d=scalable
  mkdir -p "$share/icons/hicolor/$d/apps"
  cp "$here/share/icons/hicolor/$d/apps/$APP_ID".* "$share/icons/hicolor/$d/apps/"
done
refresh_caches
echo "Installed Redline in $libdir; start it from your applications menu or with: $bindir/redline"
[ -x "$libdir/tesseract/tesseract" ] || command -v tesseract >/dev/null 2>&1 \
  || echo "Note: this Redline has no Tesseract and none is installed, so OCR is unavailable \
(e.g. sudo apt install tesseract-ocr tesseract-ocr-eng)."
