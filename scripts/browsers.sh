#!/usr/bin/env bash
# Makes sure the browsers the tests run in are installed: Debian's Chromium,
# Firefox ESR and WebKitGTK (WebKitWebDriver + MiniBrowser under Xvfb).
# Nothing downloads a browser of its own. As root on Debian/Ubuntu, missing
# packages are installed with apt-get; elsewhere it says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "browsers: installing ${missing[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
else
  echo "browsers: missing ${missing[*]}; install them (Debian: apt-get install ${missing[*]})." >&2
  exit 1
fi
