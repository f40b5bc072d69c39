#!/bin/sh
# Packaging checks, run by CTest with label "packaging".
#   packages.sh deb     BUILD_DIR   build the .deb with CPack into BUILD_DIR/packages
#   packages.sh lintian BUILD_DIR   lintian on it: no error, no warning
#   packages.sh rpm     BUILD_DIR   build the RPM; its Requires come from the binary
#   packages.sh tgz     BUILD_DIR   build the archive; it holds the program, icons and licence
# Exits 77 (CTest: skipped) with the reason where a tool is missing.
set -eu
what=$1
build=$2
packages=$build/packages

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed (sh packaging/setup-deps.sh installs it)"
}
cpack_generator() {
    rm -f "$packages"/sipcodes[_-]*."$2"
    (cd "$build" && cpack --config CPackConfig.cmake -G "$1" -B "$packages") >"$packages.$1.log" 2>&1 ||
        { cat "$packages.$1.log" >&2; fail "cpack -G $1 failed"; }
    ls "$packages"/sipcodes[_-]*."$2"
}

mkdir -p "$packages"
case $what in
deb)
    need dpkg-deb
    need dpkg-shlibdeps
    deb=$(cpack_generator DEB deb)
    dpkg-deb --info "$deb"
    dpkg-deb --contents "$deb"
    ;;
lintian)
    need lintian
    deb=$(ls "$packages"/sipcodes_*.deb 2>/dev/null) || skip "no .deb in $packages (the deb test builds it)"
    # --fail-on makes warnings fail too; informational tags are printed but pass.
    lintian --fail-on error,warning --tag-display-limit 0 --info "$deb"
    echo "lintian: no errors, no warnings on $(basename "$deb")"
    ;;
rpm)
    need rpmbuild
    need rpm
    rpm=$(cpack_generator RPM rpm)
    requires=$(rpm -qp --requires "$rpm")
    echo "$requires"
    for lib in libQt6Core.so.6 libQt6Gui.so.6 libQt6Widgets.so.6 libc.so.6; do
        echo "$requires" | grep -q "^$lib" || fail "the RPM does not require $lib"
    done
    # The single-instance socket is Linux's own: no networking library at start-up (#7).
    if echo "$requires" | grep -q "^libQt6Network"; then
        fail "the RPM requires libQt6Network, which SIP Codes does not use on Linux"
    fi
    rpm -qpl "$rpm" | grep -qx /usr/share/applications/io.github.sipcodes.SipCodes.desktop ||
        fail "the RPM lacks the desktop file"
    ;;
tgz)
    tgz=$(cpack_generator TGZ tar.gz)
    contents=$(tar -tzf "$tgz")
    for file in bin/sipcodes share/applications/io.github.sipcodes.SipCodes.desktop \
        share/icons/hicolor/scalable/apps/io.github.sipcodes.SipCodes.svg \
        share/man/man1/sipcodes.1.gz share/doc/sipcodes/LICENSE; do
        echo "$contents" | grep -q "/$file\$" || fail "$(basename "$tgz") lacks $file"
    done
    echo "$(basename "$tgz"): complete"
    ;;
*)
    fail "unknown check: $what"
    ;;
esac
