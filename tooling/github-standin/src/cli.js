#!/usr/bin/env node
// @ts-check
import { parseArgs } from "node:util";
import { startGithubStandIn } from "./start-github-stand-in.js";

const { values } = parseArgs({ options: { port: { type: "string", short: "p", default: "0" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`github-standin: --port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const standIn = await startGithubStandIn({ port });
console.log(`GitHub stand-in (validating, GitHub's OpenAPI description) listening on ${standIn.url}`);
const stop = async () => {
  await standIn.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
