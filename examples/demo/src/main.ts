/**
 * The demo: a Trigger.dev job triages a newly opened GitHub issue (labels it, thanks the author,
 * tells the team on Slack with a link), executed by the real @trigger.dev/sdk TriggerClient through
 * @acme/testing's run harness, and printed as a timeline the way the dashboard shows a run.
 *
 * Runs on local stand-ins by default; GITHUB_TOKEN + GITHUB_REPO and SLACK_TOKEN + SLACK_CHANNEL
 * switch each service to the real one.
 */
import { createVirtualClock, formatTimeline, startRunHarness, systemClock } from "@acme/testing";
import { connectDemoServices } from "./demo-services.js";
import { runDemo } from "./run-demo.js";

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text);

console.log(bold("acme integrations demo: a Trigger.dev job triages a new GitHub issue"));
console.log("Starting the services (the GitHub stand-in loads GitHub's 13 MB API description: about 10 s)...");
const services = await connectDemoServices();
// Against a real service a rate limit is real, so the run waits for it; on stand-ins it skips ahead.
const harness = await startRunHarness({ clock: services.real ? systemClock : createVirtualClock() });
let succeeded = false;
try {
  for (const line of services.description) console.log(`  ${line}`);
  console.log(
    "  Trigger.dev  the real @trigger.dev/sdk TriggerClient, its runs served by @acme/testing on 127.0.0.1\n",
  );
  const { opened, triage } = await runDemo(services, harness, (line) => console.log(line));
  const shown = triage ?? opened;
  console.log(`\n${formatTimeline(shown, { color })}`);
  succeeded = shown === triage && triage.status === "SUCCESS";
  if (!succeeded) console.error(`\nThe demo's run ended in ${shown.status}.`);
} finally {
  await harness.close();
  await services.close();
}
process.exitCode = succeeded ? 0 : 1;
