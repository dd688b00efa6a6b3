#!/usr/bin/env bash
# The newcomer test: a fresh clone, then exactly the README's two commands. Proves that
# `npm install && npm start` serves the site and that `npm test` passes, with nothing installed by hand.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
port=4321
cleanup() {
  [[ -n "${server:-}" ]] && kill -- "-$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

git clone --quiet "$repo" "$work/commons"
cd "$work/commons"

echo "== npm install && npm start"
set -m
(npm install --no-audit --no-fund && npm start) >"$work/start.log" 2>&1 &
server=$!
set +m
for _ in $(seq 1 300); do
  if curl -fsS "http://localhost:$port/" -o "$work/home.html" 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    tail -n 40 "$work/start.log"
    echo "npm start stopped before serving the site" >&2
    exit 1
  fi
  sleep 2
done
grep -q '<title>School Improvement Commons</title>' "$work/home.html" || {
  echo "http://localhost:$port/ did not serve the home page" >&2
  exit 1
}
echo "served http://localhost:$port/"
kill -- "-$server" 2>/dev/null || true
unset server

echo "== npm test"
npm test
