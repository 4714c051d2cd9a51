import { formatDuration, type RunHarness, type RunResult } from "@acme/testing";
import { TriggerClient } from "@trigger.dev/sdk";
import type { DemoServices } from "./demo-services.js";
import { ISSUE_OPENED, type IssueOpened } from "./issue-opened.js";
import { defineOpenIssueJob, demoIssue } from "./open-issue-job.js";
import { defineTriageJob } from "./triage-job.js";

/** What the demo did: the run that opened the issue, and the triage run its event started. */
export interface DemoOutcome {
  readonly opened: RunResult;
  readonly event: IssueOpened | undefined;
  readonly triage: RunResult | undefined;
}

/**
 * Opens an issue (the reporter's part), then runs the triage job on its `issues.opened` event,
 * both through the real TriggerClient on `harness`. `log` hears what happens between the runs.
 */
export async function runDemo(
  services: DemoServices,
  harness: RunHarness,
  log: (line: string) => void = () => {},
): Promise<DemoOutcome> {
  const client = new TriggerClient({ id: "acme-demo", ...harness.clientOptions });
  defineOpenIssueJob(client, services.github);
  defineTriageJob(client, { github: services.github, slack: services.slack, channel: services.channel });

  const { owner, name } = services.repo;
  const opened = await harness.runJob(client, "open-demo-issue", { owner, repo: name });
  if (opened.status !== "SUCCESS") return { opened, event: undefined, triage: undefined };
  // The title and body are the reporter's; the number, URL and author are GitHub's answer.
  const issue = { ...(opened.output as IssueOpened["issue"]), ...demoIssue };
  log(`Opened issue #${issue.number} (job open-demo-issue: 1 task, ${formatDuration(opened.durationMs)})`);
  const event: IssueOpened = {
    action: "opened",
    issue,
    repository: { name, full_name: `${owner}/${name}`, owner: { login: owner } },
  };
  log(`Event ${ISSUE_OPENED}: ${owner}/${name}#${issue.number} "${issue.title}" (${issue.html_url})`);

  // Slack slows down under load: the stand-in answers the first message with HTTP 429 and
  // Retry-After, and the task is retried at that time instead of failing or sleeping.
  if (services.slackStandIn) {
    services.slackStandIn.failNext("chat.postMessage", { error: "ratelimited", retryAfter: 30 });
    log("The Slack stand-in will rate-limit the first message (HTTP 429, Retry-After: 30), as Slack does under load.");
  }
  const triage = await harness.runJob(client, "triage-new-issue", event);
  return { opened, event, triage };
}
