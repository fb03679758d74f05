#!/usr/bin/env bash
# The whole check, in the order a failure is cheapest to find: run as `npm test`, so the
# project's own Node (node_modules/.bin/node) comes first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
reports=test-results
rm -rf "$reports" && mkdir -p "$reports"

step() { printf '\n== %s\n' "$1"; }

step "Format (prettier --check)"
npx prettier --check .

step "Types and templates (astro check)"
npx astro check 2>&1 | tee "$reports/astro-check.log"
# astro check exits 0 on warnings: hold it to zero of both.
grep -q -- "- 0 errors" "$reports/astro-check.log" && grep -q -- "- 0 warnings" "$reports/astro-check.log"

# Unit tests under two hostile time zones: UTC+14 and UTC-3 push a local date a day either way.
for zone in Pacific/Kiritimati America/Sao_Paulo; do
  step "Unit tests (TZ=$zone)"
  TZ="$zone" npx vitest run --project unit \
    --reporter=default --reporter=json --outputFile="$reports/unit-${zone//\//-}.json"
done

step "Build"
npx astro build

step "Checks of the built site"
npx vitest run --project build --reporter=default --reporter=json --outputFile="$reports/build.json"

step "Performance budget (npm run size)"
npm run size

step "Checks in the browser (axe-core, keyboard, security)"
npx vitest run --project browser --reporter=default --reporter=json --outputFile="$reports/browser.json"
