#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startSlackStandIn } from "./slack-stand-in.js";

// `slack-standin [--port 3010]`: serves the stand-in until interrupted, for demos and manual runs.
const { values } = parseArgs({ options: { port: { type: "string", short: "p" } } });
const standIn = await startSlackStandIn({ port: values.port ? Number(values.port) : 0 });
console.log(`Slack Web API stand-in: ${standIn.apiUrl} (${standIn.methods.size} methods)`);
const stop = () => void standIn.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
