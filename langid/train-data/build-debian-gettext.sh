#!/bin/sh
# Rebuilds debian-gettext.tsv, the extra langid training text from the translations shipped in Debian
# packages (see MODEL-PROVENANCE.md). Needs apt-get (Debian 12 archive), dpkg-deb and python3.
#   langid/train-data/build-debian-gettext.sh OUT.tsv [TRAIN.tsv] [WORKDIR]
# Writes OUT.tsv and OUT.tsv.packages (the exact package versions used). Output depends only on the
# package versions: the same versions give the same bytes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$1
train=${2:-$here/../../../shared/data/langid/train.tsv}
work=${3:-$(mktemp -d)}
mkdir -p "$work/debs" "$work/ext"
(cd "$work/debs" && grep -v '^#' "$here/debian-packages.txt" | xargs apt-get download -q)
: > "$out.packages"
for deb in "$work"/debs/*.deb; do
  pkg=$(dpkg-deb -f "$deb" Package)
  printf '%s\t%s\t%s\n' "$pkg" "$(dpkg-deb -f "$deb" Version)" "$(basename "$deb")" >> "$out.packages"
  mkdir -p "$work/ext/$pkg"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/ext/$pkg" --wildcards '*/LC_MESSAGES/*.mo' 2>/dev/null || true
done
LC_ALL=C sort -o "$out.packages" "$out.packages"
# At most 0.3 x as many lines per language as train.tsv has; none for Danish, Bokmål and Nynorsk, whose
# software translations moved held-out Bokmål sentences to Danish (see MODEL-PROVENANCE.md).
python3 "$here/clean_gettext.py" "$work/ext" "$train" "$out" --factor "${FACTOR:-0.3}" --skip "${SKIP:-da,no,nn}"
