#!/usr/bin/env node
// Refreshes spec/slack-web-api.json from Slack's published description (slackapi/slack-api-specs,
// web-api/slack_web_openapi_v2.json, MIT): keeps the method families the stand-in serves and the
// definitions they reference, so the copy stays under Biome's 1 MiB limit.
// Usage: node scripts/vendor-spec.mjs <path/to/slack_web_openapi_v2.json>
import { readFileSync, writeFileSync } from "node:fs";

const FAMILIES = new Set([
  "api",
  "auth",
  "bookmarks",
  "bots",
  "chat",
  "conversations",
  "dnd",
  "emoji",
  "files",
  "pins",
  "reactions",
  "reminders",
  "search",
  "stars",
  "team",
  "usergroups",
  "users",
  "views",
]);

const source = process.argv[2];
if (!source) throw new Error("Usage: node scripts/vendor-spec.mjs <path/to/slack_web_openapi_v2.json>");
const spec = JSON.parse(readFileSync(source, "utf8"));
const paths = Object.fromEntries(
  Object.entries(spec.paths).filter(([path]) => FAMILIES.has(path.slice(1).split(".")[0])),
);

const referenced = new Set();
const collect = (node) => {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      const name = value.split("/").pop();
      if (!referenced.has(name)) {
        referenced.add(name);
        collect(spec.definitions[name]);
      }
    } else collect(value);
  }
};
collect(paths);

const definitions = Object.fromEntries(Object.entries(spec.definitions).filter(([name]) => referenced.has(name)));
const target = new URL("../spec/slack-web-api.json", import.meta.url);
writeFileSync(target, `${JSON.stringify({ ...spec, paths, definitions }, null, 2)}\n`);
console.log(`wrote ${Object.keys(paths).length} methods and ${referenced.size} definitions to ${target.pathname}`);
