#!/usr/bin/env bash
# The whole check, in the order a failure is cheapest to find: run as `npm test`, so the
# project's own Node (node_modules/.bin/node) comes first on PATH. Prints each stage's time.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
reports=test-results
rm -rf "$reports" && mkdir -p "$reports"

started=$SECONDS
stage_started=$SECONDS
stage=""
# Closes the stage before (printing its time) and opens the next.
step() {
  [ -n "$stage" ] && printf '== %s: %ds\n' "$stage" $((SECONDS - stage_started))
  stage=$1 stage_started=$SECONDS
  [ -n "$stage" ] && printf '\n== %s\n' "$stage"
  return 0
}
run_vitest() {
  local name=$1
  shift
  npx vitest run "$@" --reporter=default --reporter=json --outputFile="$reports/$name.json"
}

# --without-browser leaves out the browser checks: the daily scheduled rebuild's run
# (.github/workflows/deploy.yml says why).
with_browser=true
for argument in "$@"; do
  case "$argument" in
    --without-browser) with_browser=false ;;
    *)
      echo "Unknown option $argument: the only one is --without-browser" >&2
      exit 2
      ;;
  esac
done

step "Format (prettier --check)"
npx prettier --check .

step "Lint (ESLint, no warnings)"
npx eslint --max-warnings 0 .

step "Unused files, exports and dependencies (knip)"
npx knip

step "Types and templates (astro check)"
npx astro check 2>&1 | tee "$reports/astro-check.log"
# astro check exits 0 on warnings: hold it to zero of both.
grep -q -- "- 0 errors" "$reports/astro-check.log" && grep -q -- "- 0 warnings" "$reports/astro-check.log"

# Unit tests under two hostile time zones: UTC+14 and UTC-3 push a local date a day either way.
for zone in Pacific/Kiritimati America/Sao_Paulo; do
  step "Unit tests (TZ=$zone)"
  TZ="$zone" run_vitest "unit-${zone//\//-}" --project unit
done

# Every build the checks below read, each made once (tests/helpers/build.ts lists them).
step "Builds"
npm run -s build:tests -- --fresh

step "Checks of the built site"
run_vitest build --project build

step "Performance budget (npm run size)"
npm run -s size -- node_modules/.cache/test-builds/default

if [ "$with_browser" = true ]; then
  step "Checks in the browser (axe-core, keyboard, security, live dates)"
  run_vitest browser --project browser
fi

step ""
printf '\n== npm test: %ds in all\n' $((SECONDS - started))
