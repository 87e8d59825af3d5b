#!/usr/bin/env bash
# Regenerates fonts/DejaVuSans*.ttf: the four DejaVu Sans faces cut down
# ahead of time to the characters sygedok's documents use, so that each
# rendered document parses and embeds a small font (see fonts/README.md).
#
# Needs pyftsubset (Debian: python3-fonttools) and the DejaVu fonts
# (Debian: fonts-dejavu-core). The output depends only on those inputs, so
# running it again gives byte-identical files (fontTools keeps head.modified
# unless asked to recalculate it).
#
# Usage: scripts/subset-fonts.sh [DEJAVU_DIR]
#   DEJAVU_DIR defaults to /usr/share/fonts/truetype/dejavu.
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir="${1:-/usr/share/fonts/truetype/dejavu}"
out_dir="fonts"

# Debian's python3-fonttools has the module but not always the pyftsubset command.
if command -v pyftsubset >/dev/null; then
  pyftsubset=(pyftsubset)
elif /usr/bin/python3 -c 'import fontTools.subset' 2>/dev/null; then
  pyftsubset=(/usr/bin/python3 -m fontTools.subset)
else
  echo "fontTools not found: apt-get install python3-fonttools" >&2
  exit 1
fi

# The Unicode ranges kept. Each costs glyphs and bytes; IPA Extensions
# (U+0250-02AF) is left out because it adds ~16 % to each face for letters
# no Danish document uses.
ranges=(
  U+0000-007F   # Basic Latin
  U+0080-00FF   # Latin-1 Supplement (æ ø å § « » ½ ...)
  U+0100-017F   # Latin Extended-A (Ł ş ő č ...)
  U+0180-024F   # Latin Extended-B (ș ț ǎ ...)
  U+02B0-02FF   # Spacing Modifier Letters (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝, in CP1252 too)
  U+0300-036F   # Combining Diacritical Marks (for decomposed input)
  U+1E00-1EFF   # Latin Extended Additional (Vietnamese ễ ậ ...)
  U+2000-206F   # General Punctuation (– — ‘ ’ “ ” • … ‰ and the spaces)
  U+20AC        # € euro sign
  U+2116        # № numero sign
  U+2122        # ™ trade mark sign
  U+2190-2193   # ← ↑ → ↓ arrows
  U+2212        # − minus sign
  U+2248        # ≈
  U+2260        # ≠
  U+2264-2265   # ≤ ≥
  U+2610-2612   # ☐ ☑ ☒ ballot boxes (check lists in plans)
  U+2713        # ✓ check mark
  U+2717        # ✗ ballot x
)
unicodes="$(IFS=,; echo "${ranges[*]}")"

faces=(DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique)
mkdir -p "$out_dir"
for face in "${faces[@]}"; do
  input="$source_dir/$face.ttf"
  [ -f "$input" ] || { echo "missing $input: apt-get install fonts-dejavu-core" >&2; exit 1; }
  tmp="$out_dir/.$face.ttf.tmp"
  # --no-hinting: drops fpgm/prep/cvt and glyph instructions (PDF viewers
  #   rasterise at their own resolution).
  # --layout-features: GPOS kerning and mark positioning and the GSUB
  #   features HarfBuzz applies to Latin text (sygedok shapes with
  #   HarfBuzz, ligatures off); the old kern table stays for HarfBuzz too.
  # FFTM/MATH/gasp: FontForge timestamp, math layout, hinting ranges.
  # name IDs 0-6 and 13-14: copyright, names, version, PostScript name and
  #   the licence notice and its URL, which the licence asks to keep.
  # --recalc-bounds: head.xMin..yMax (the PDF FontBBox) of the kept glyphs.
  # No --glyph-names: post becomes format 3 (no names), which PDF does not need.
  "${pyftsubset[@]}" "$input" \
    --unicodes="$unicodes" \
    --no-hinting \
    --drop-tables+=FFTM,MATH,gasp \
    --layout-features='kern,mark,mkmk,ccmp,locl' \
    --name-IDs=0,1,2,3,4,5,6,13,14 \
    --notdef-outline \
    --recalc-bounds \
    --output-file="$tmp"
  mv "$tmp" "$out_dir/$face.ttf"
  printf '%-28s %7d bytes\n' "$face.ttf" "$(stat -c %s "$out_dir/$face.ttf")"
done
