#!/bin/sh
# Installs what SIP Codes needs to build, test and package on Debian 12 or Ubuntu 24.04
# (the last two lines: building the packages, checking them, and the install test),
# skipping what is already there. Runs apt-get as root, or through sudo.
set -eu

packages="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libgl-dev libxkbcommon-dev fonts-dejavu-core
strace clang libclang-rt-dev
dpkg-dev rpm file lintian desktop-file-utils appstream
debootstrap debian-archive-keyring wget"
# Extra tooling: set SIPCODES_EXTRA="xvfb imagemagick ..." to add more.
packages="$packages ${SIPCODES_EXTRA:-}"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "setup-deps: need root or sudo to install:$missing" >&2
    exit 1
fi
echo "setup-deps: installing$missing"
$run apt-get update -qq
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq --no-install-recommends $missing
