#!/bin/sh
# Publishes a built site on the server without a moment of half-copied files:
#   1. copies the build into <base>/releases/<UTC timestamp>/ (a new folder, never served yet),
#   2. switches the symlink <base>/current to it in one rename (nginx's root; README,
#      "Punerea în producție"),
#   3. keeps the three newest releases for rollback and deletes older ones.
#
# Usage:  deploy/release.sh <built site folder> <base>      e.g. deploy/release.sh dist /var/www/cancelaria
#         deploy/release.sh --rollback <base>               back to the release before the current one
# From CI, without copying this script to the server:
#         ssh host "sh -s -- <upload folder> <base>" < deploy/release.sh
set -eu
# Byte order for `sort`: release names are timestamps and must sort as written.
export LC_ALL=C

KEEP=3

fail() { echo "release: $*" >&2; exit 1; }

switch_to() { # <base> <release name>: atomic, readers see the old or the new site, never neither
  ln -sfn "releases/$2" "$1/.current.new"
  mv -T "$1/.current.new" "$1/current"
}

if [ "${1:-}" = "--rollback" ]; then
  base=${2:?usage: release.sh --rollback <base>}
  current=$(basename "$(readlink "$base/current")")
  previous=$(ls -1 "$base/releases" | sort | awk -v c="$current" '$0 == c { print prev; exit } { prev = $0 }')
  [ -n "$previous" ] || fail "no release older than $current to go back to"
  switch_to "$base" "$previous"
  echo "release: $base/current → releases/$previous (was $current)"
  exit 0
fi

src=${1:?usage: release.sh <built site folder> <base>}
base=${2:?usage: release.sh <built site folder> <base>}
[ -f "$src/index.html" ] && [ -f "$src/404.html" ] || fail "$src has no index.html or 404.html: not a complete build; nothing changed"

mkdir -p "$base/releases"
# Names sort in time order: a release in the same second as an earlier one gets the next
# zero-padded suffix after the highest one used in that second (never a freed name, which
# would sort before the releases it came after).
stamp=$(date -u +%Y%m%dT%H%M%SZ)
last=$(ls -1 "$base/releases" | sed -n "s/^$stamp-\([0-9][0-9]*\)$/\1/p" | sort -n | tail -n 1)
if [ -n "$last" ]; then
  name=$(printf '%s-%03d' "$stamp" "$(expr "$last" + 1)")
elif [ -e "$base/releases/$stamp" ]; then
  name="$stamp-002"
else
  name=$stamp
fi

# Copy into a hidden folder first, so a copy cut short never looks like a release.
mkdir "$base/releases/.$name.partial"
cp -R "$src/." "$base/releases/.$name.partial/"
chmod -R a+rX "$base/releases/.$name.partial"
mv "$base/releases/.$name.partial" "$base/releases/$name"
switch_to "$base" "$name"
echo "release: $base/current → releases/$name"

# Keep the newest $KEEP (the current one always among them); delete older ones and leftovers.
current=$(basename "$(readlink "$base/current")")
ls -1 "$base/releases" | sort | head -n "-$KEEP" | while read -r old; do
  [ "$old" = "$current" ] || rm -rf "$base/releases/$old"
done
find "$base/releases" -maxdepth 1 -name '.*.partial' -exec rm -rf {} +
