#!/usr/bin/env node
// Runs the built command; `pnpm --filter @acme/slack-standin build` first.
await import("../dist/cli.js");
