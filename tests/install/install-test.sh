#!/bin/sh
# The real install test: on a clean Debian system made with debootstrap, `apt-get install` the
# .deb, run the program as a user would (command line, window, a second start handing over to
# the first, the menu entry), then purge it and check that the system is as it was before.
#
# usage: install-test.sh BUILD_DIR
#   BUILD_DIR/packages/sipcodes_*.deb   the package (the packaging_deb test builds it)
#   BUILD_DIR/install-test/             cache: the debootstrapped system, kept between runs
# Environment: SIPCODES_INSTALL_SUITE (default bookworm), SIPCODES_DEBIAN_MIRROR (default
# http://deb.debian.org/debian). Exits 77 (CTest: skipped) with the reason where the host
# cannot do it: not root, no debootstrap, no mirror.
set -eu

build=$(cd "$1" && pwd)
suite=${SIPCODES_INSTALL_SUITE:-bookworm}
mirror=${SIPCODES_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=$build/install-test
rootfs=$cache/rootfs-$suite
work=$cache/work-$suite
app_id=io.github.sipcodes.SipCodes

skip() {
    echo "SKIPPED: $*"
    exit 77
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
now() { date +%s; }
started=$(now)
phase_started=$started
phase() {
    t=$(now)
    echo "== $1 (previous step: $((t - phase_started)) s)"
    phase_started=$t
}

[ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap and chroot (run ctest as root)"
command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed (apt-get install debootstrap)"
command -v chroot >/dev/null 2>&1 || skip "chroot is not available"
deb=$(ls "$build"/packages/sipcodes_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || skip "no .deb in $build/packages (the packaging_deb test builds it; it needs dpkg-dev)"
if command -v wget >/dev/null 2>&1; then
    wget -q -T 20 -t 2 -O /dev/null "$mirror/dists/$suite/Release" ||
        skip "the Debian mirror $mirror cannot be reached (set SIPCODES_DEBIAN_MIRROR)"
elif command -v curl >/dev/null 2>&1; then
    curl -fsS -m 20 -o /dev/null "$mirror/dists/$suite/Release" ||
        skip "the Debian mirror $mirror cannot be reached (set SIPCODES_DEBIAN_MIRROR)"
fi

mkdir -p "$cache"
if [ ! -e "$rootfs/.complete" ]; then
    phase "debootstrap $suite from $mirror into $rootfs (first run only)"
    rm -rf "$rootfs.partial"
    debootstrap --variant=minbase "$suite" "$rootfs.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        { tail -n 30 "$cache/debootstrap.log"; fail "debootstrap failed (log: $cache/debootstrap.log)"; }
    touch "$rootfs.partial/.complete"
    rm -rf "$rootfs"
    mv "$rootfs.partial" "$rootfs"
else
    phase "reusing the cached $suite system in $rootfs"
fi

# Every run starts from a fresh copy; the cached system itself is never changed, except that
# downloaded .debs are kept in its apt cache so later runs download less.
phase "copying the clean system"
rm -rf "$work"
cp -a "$rootfs" "$work"
cp -L /etc/resolv.conf "$work/etc/resolv.conf" 2>/dev/null || true

mounted=""
cleanup() {
    # Falls back to a lazy unmount should a process started below still hold /proc.
    if [ -n "$mounted" ]; then
        umount "$work/proc" 2>/dev/null || umount -l "$work/proc" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount -t proc proc "$work/proc"
mounted=yes

in_chroot() {
    chroot "$work" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

phase "apt-get update"
in_chroot apt-get update -q >"$cache/apt-update.log" 2>&1 ||
    { cat "$cache/apt-update.log"; fail "apt-get update failed in the chroot"; }
in_chroot dpkg-query -W -f '${Package}\n' | sort >"$cache/packages-before.txt"

phase "apt-get install ./$(basename "$deb")"
cp "$deb" "$work/tmp/"
in_chroot apt-get install -y -q "/tmp/$(basename "$deb")" >"$cache/apt-install.log" 2>&1 ||
    { cat "$cache/apt-install.log"; fail "apt-get install failed"; }
tail -n 3 "$cache/apt-install.log"
cp -n "$work"/var/cache/apt/archives/*.deb "$rootfs/var/cache/apt/archives/" 2>/dev/null || true

phase "running the installed program"
version=$(in_chroot sipcodes --version)
echo "sipcodes --version: $version"
case $version in "sipcodes "[0-9]*) ;; *) fail "unexpected --version output: $version" ;; esac
in_chroot sipcodes --print 486 >"$cache/print-486.txt" || fail "sipcodes --print 486 failed"
head -n 1 "$cache/print-486.txt"
grep -q "486 Busy Here" "$cache/print-486.txt" || fail "--print 486 does not show 486 Busy Here"

# The menu entry: where desktops look for it, starting a program on PATH, with an icon that the
# hicolor theme has at every size.
desktop=$work/usr/share/applications/$app_id.desktop
[ -f "$desktop" ] || fail "no menu entry at /usr/share/applications/$app_id.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
in_chroot sh -c "command -v ${exec_line%% *}" >/dev/null || fail "the menu entry's Exec=$exec_line is not on PATH"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    [ -f "$work/usr/share/icons/hicolor/$size/apps/$icon.png" ] || fail "no $size icon named $icon"
done
[ -f "$work/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon named $icon"
[ -f "$work/usr/share/man/man1/sipcodes.1.gz" ] || fail "no man page"

# The window, started as the menu entry starts it, offscreen: it must keep running until
# `timeout` ends it (status 124); anything else is a crash or an early exit.
set +e
in_chroot QT_QPA_PLATFORM=offscreen timeout 5 $exec_line >"$cache/window.log" 2>&1
status=$?
set -e
[ $status -eq 124 ] || { cat "$cache/window.log"; fail "the window exited with status $status instead of running"; }
echo "window: ran until stopped"

# Pressing the bound shortcut twice: the second start hands 486 to the first and exits 0.
in_chroot sh -c '
    export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES=sipcodes.instance.debug=true
    timeout 30 sipcodes >/tmp/first.log 2>&1 &
    first=$!
    for i in $(seq 100); do grep -q "listening on" /tmp/first.log && break; sleep 0.1; done
    timeout 10 sipcodes 486 >/tmp/second.log 2>&1
    second=$?
    for i in $(seq 50); do grep -q "received" /tmp/first.log && break; sleep 0.1; done
    kill $first 2>/dev/null
    wait $first
    cat /tmp/first.log /tmp/second.log
    [ $second -eq 0 ] && grep -q "received QList(\"486\")" /tmp/first.log
' >"$cache/handoff.log" 2>&1 || { cat "$cache/handoff.log"; fail "a second start did not hand 486 to the first window"; }
echo "second start: handed 486 to the running window and exited 0"

phase "apt-get purge --autoremove sipcodes"
contents=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#')
in_chroot apt-get purge -y -q --autoremove sipcodes >"$cache/apt-purge.log" 2>&1 ||
    { cat "$cache/apt-purge.log"; fail "apt-get purge failed"; }
tail -n 2 "$cache/apt-purge.log"
if in_chroot dpkg-query -W sipcodes >/dev/null 2>&1; then
    fail "dpkg still knows sipcodes after the purge"
fi
left=""
for path in $contents; do
    case $path in
    */) [ -d "$work$path" ] && [ -z "$(ls -A "$work$path")" ] && [ "$path" != "/" ] &&
        ! in_chroot dpkg -S "${path%/}" >/dev/null 2>&1 && left="$left $path" ;;
    *) [ -e "$work$path" ] && left="$left $path" ;;
    esac
done
[ -z "$left" ] || fail "left behind after the purge:$left"
for path in /usr/share/doc/sipcodes "/usr/share/applications/$app_id.desktop" /usr/bin/sipcodes; do
    [ ! -e "$work$path" ] || fail "$path is still there"
done
in_chroot dpkg-query -W -f '${Package}\n' | sort >"$cache/packages-after.txt"
diff -u "$cache/packages-before.txt" "$cache/packages-after.txt" ||
    fail "the purge with --autoremove did not return to the packages installed before"
echo "purge: no file of the package left, the same packages as before the install"

cleanup
mounted=""
rm -rf "$work"
phase "done"
echo "install test: passed in $(($(now) - started)) s"
