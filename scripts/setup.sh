#!/usr/bin/env bash
# Installs what MonthEnd needs on a fresh Debian machine with the Swift toolchain:
#   libxlsxwriter-dev (the workbook writer, 1.1.4 on Debian 12), libssl-dev (SHA-256 of inputs),
#   libxml2-dev and zlib1g-dev (reading .xlsx inputs: the SAX parser and the parts' CRC),
#   libfreexl-dev (reading Excel 97-2003 .xls inputs);
#   with --test also openpyxl (an independent reader of the workbook) and LibreOffice (a second one).
# Installs only what is missing; needs root (or sudo) for apt-get.
set -euo pipefail
want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

missing=()
dpkg -s libxlsxwriter-dev >/dev/null 2>&1 || missing+=(libxlsxwriter-dev)
dpkg -s libssl-dev >/dev/null 2>&1 || missing+=(libssl-dev)
dpkg -s libxml2-dev >/dev/null 2>&1 || missing+=(libxml2-dev)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
dpkg -s libfreexl-dev >/dev/null 2>&1 || missing+=(libfreexl-dev)
dpkg -s pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "$want_tests" = 1 ]; then
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$want_tests" = 1 ]; then
  python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q --disable-pip-version-check openpyxl
fi
