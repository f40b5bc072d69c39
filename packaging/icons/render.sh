#!/bin/sh
# Renders sipcodes.svg to the PNG sizes the hicolor theme, the window icon and the installers use.
# The PNGs are committed, so building needs no SVG renderer; rerun this after editing the SVG.
# Needs rsvg-convert (librsvg2-bin); ImageMagick's convert for the Windows .ico and png2icns
# (icnsutils) for the macOS .icns.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" sipcodes.svg --output "sipcodes-$size.png"
done
if command -v convert >/dev/null 2>&1; then
    convert sipcodes-16.png sipcodes-24.png sipcodes-32.png sipcodes-48.png sipcodes-64.png \
        sipcodes-128.png sipcodes-256.png sipcodes.ico
fi
if command -v png2icns >/dev/null 2>&1; then
    png2icns sipcodes.icns sipcodes-16.png sipcodes-32.png sipcodes-48.png sipcodes-128.png \
        sipcodes-256.png sipcodes-512.png >/dev/null
fi
