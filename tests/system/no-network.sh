#!/bin/sh
# Runs SIP Codes' main flows under strace and fails if any of them opens an internet socket.
# Local (AF_UNIX) sockets are allowed: D-Bus, the X server, the single-instance socket.
# Usage: no-network.sh SIPCODES_BINARY WORK_DIR
set -u
binary=$1
work=$2
if ! command -v strace >/dev/null 2>&1; then
    echo "SKIP: strace is not installed (packaging/setup-deps.sh installs it)"
    exit 77
fi
mkdir -p "$work"
trace="$work/trace.txt"
printf 'SIP/2.0 486 Busy Here\r\nReason: Q.850;cause=17\r\nWarning: 399 sbc "x"\r\n' > "$trace"
if ! strace -f -o /dev/null true 2>/dev/null; then
    echo "SKIP: strace cannot trace processes here (ptrace not permitted)"
    exit 77
fi

status=0
run() {
    name=$1
    shift
    log="$work/$name.strace"
    strace -f -qq -e trace=socket,connect,sendto,bind -o "$log" "$@" >/dev/null 2>&1
    if grep -E 'AF_INET6?|AF_PACKET|AF_NETLINK' "$log" | grep -v 'AF_UNIX' >/dev/null; then
        echo "FAIL: $name opened a network socket:"
        grep -E 'AF_INET6?|AF_PACKET|AF_NETLINK' "$log" | head -5
        status=1
    else
        echo "ok: $name ($(grep -c 'socket(' "$log") local sockets)"
    fi
}

run print "$binary" --print 486 q850:17 --format json
run search "$binary" --search busy
run list "$binary" --list --format csv
run decode "$binary" --decode "$trace"
run compare "$binary" --compare 486 600 --print
# The window, offscreen: start on a code, on a comparison and on a trace; stop after a few seconds.
run window env QT_QPA_PLATFORM=offscreen timeout -s TERM 4 "$binary" 486
run window-compare env QT_QPA_PLATFORM=offscreen timeout -s TERM 4 "$binary" --compare 486 600
run window-decoder env QT_QPA_PLATFORM=offscreen timeout -s TERM 4 "$binary" "$trace"
exit $status
