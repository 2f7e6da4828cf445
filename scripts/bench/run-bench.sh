#!/usr/bin/env bash
# Measures this app's production build with the shared benchmark harness (../shared/bench, see its
# README): Lighthouse mobile + desktop on the start page and on a cause page, and the Cause 3
# click-through. Prints the harness's summary lines; results go to bench-results/ (git-ignored).
# Usage: scripts/bench/run-bench.sh [--quick]
set -euo pipefail
app=$(cd "$(dirname "$0")/../.." && pwd)
shared_bench=${BENCH_DIR:-$app/../shared/bench}
work=${BENCH_WORK:-/tmp/wizard-bench}
out=$app/bench-results
mkdir -p "$out"

if [ ! -d "$work/harness/node_modules" ]; then
  rm -rf "$work" && cp -r "$shared_bench" "$work"
  (cd "$work/harness" && npm ci --no-audit --no-fund)
fi
(cd "$app" && npm run build >/dev/null)

cd "$work/harness"
node measure.mjs "$app/dist" /extension-failures --flow "$app/scripts/bench/wizard-cause3.flow.mjs" \
  --label app-start --out "$out/app-start.json" "$@"
node measure.mjs "$app/dist" /extension-failures/cause/msvc-dll-mismatch --no-flow \
  --label app-cause3 --out "$out/app-cause3.json" "$@"
node compare.mjs ../results/static.json ../results/surveyjs.json "$out/app-start.json" "$out/app-cause3.json" \
  > "$out/app-vs-peers.md"
echo "Comparison table: $out/app-vs-peers.md"
