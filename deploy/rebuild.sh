#!/bin/sh
# On the server, without CI: fetches main, builds and publishes. Run by the systemd
# timer deploy/cancelaria-rebuild.timer every 15 minutes (so embargoed and scheduled
# releases go live on time) and by hand after a push if you do not want to wait.
# A failed build publishes nothing: the current release stays online, and the unit
# fails, visible in `systemctl status cancelaria-rebuild` and `journalctl -u cancelaria-rebuild`.
set -eu

repo=${CANCELARIA_REPO:-$(cd "$(dirname "$0")/.." && pwd)}
base=${CANCELARIA_BASE:-/var/www/cancelaria}
cd "$repo"

# The published branch only, never a CMS draft branch (cms/…).
git fetch -q origin main
git checkout -q main
git merge -q --ff-only origin/main

# Dependencies again only when package-lock.json changed (npm ci empties node_modules/,
# and with it Astro's cache).
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ "$lock" != "$(cat .cache/package-lock.sha256 2>/dev/null || true)" ]; then
  npm ci --no-audit --no-fund
  mkdir -p .cache && echo "$lock" > .cache/package-lock.sha256
fi

npm run build
deploy/release.sh dist "$base"
npm run -s schedule
