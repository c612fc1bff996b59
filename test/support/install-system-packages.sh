#!/usr/bin/env bash
# Installs the Debian packages the project needs when they are missing:
#   fonts  — fonts-noto-cjk, so server-rendered charts (PNG/SVG export) show Chinese, not boxes
#   chromium — Debian's Chromium, driven by playwright-core in the browser tests
#   ocr    — tesseract with Simplified Chinese data and poppler's pdftoppm, for lib/report/ocr (optional
#            at run time: without them a scanned PDF is refused as "needs OCR", as before)
#   office — LibreOffice Writer without its GUI (soffice), which the briefing test uses to print the Word
#            briefing to PDF and look at its first page (test/browser/briefing.test.ts); not needed to run the app
# Usage: install-system-packages.sh fonts [chromium] [ocr] [office]. Does nothing when all are present.
set -euo pipefail
need=()
for what in "$@"; do
  case "$what" in
    fonts) ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || need+=(fonts-noto-cjk fontconfig) ;;
    chromium) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
    ocr)
      command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
      { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; } || need+=(tesseract-ocr tesseract-ocr-chi-sim)
      ;;
    office) command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui) ;;
    *) echo "install-system-packages: unknown package group '$what' (fonts | chromium | ocr | office)" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-packages: need ${need[*]} but apt-get is not available; install them by hand" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing Debian packages: ${need[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
