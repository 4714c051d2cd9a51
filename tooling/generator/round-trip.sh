#!/usr/bin/env bash
# Proves the generator still works: generate a throwaway integration, install, build, lint,
# typecheck and test it with no edits, then remove every trace of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
name=roundtrip-probe

cleanup() {
  rm -rf "integrations/$name" ".changeset/$name-integration.md"
  git checkout -q -- pnpm-lock.yaml
  pnpm install --frozen-lockfile --offline >/dev/null
}
trap cleanup EXIT

pnpm new-integration "$name" "Roundtrip Probe" none both "https://api.roundtrip-probe.example" ROUNDTRIP_PROBE_API_KEY
# The credential's env var is the one asked for, not one derived from the id.
grep -rq ROUNDTRIP_PROBE_API_KEY "integrations/$name/src" || { echo "the generated class does not name ROUNDTRIP_PROBE_API_KEY" >&2; exit 1; }
pnpm install --no-frozen-lockfile --offline
pnpm turbo run build lint typecheck test --filter="@acme/$name" --output-logs=errors-only
pnpm exec biome ci "integrations/$name"
# Its bench case runs: the bench loads it, times a cold start and runs its task in memory.
pnpm --silent --filter @acme/bench check --only "$name"
lines=$(grep -cv '^\s*$' "integrations/$name/src/$name.ts")
echo "generator round trip: @acme/$name generated, built, linted, typechecked, passed its contract suite and ran its bench case; class and task: $lines non-blank lines"
