import type { Github } from "@acme/github";
import type { Slack } from "@acme/slack";
import { eventTrigger, type TriggerClient } from "@trigger.dev/sdk";
import { ISSUE_OPENED, type IssueOpened } from "./issue-opened.js";
import { triageLabels } from "./triage-labels.js";

/** What the triage job needs besides the Trigger.dev client. */
export interface TriageJobOptions {
  readonly github: Github;
  readonly slack: Slack;
  /** Where the team hears about new issues (a channel id or name). */
  readonly channel: string;
}

/**
 * The demo's job: when an issue is opened, label it, thank the author in a comment, and tell the
 * team on Slack with a link to it. Each step is one task, so a retry repeats only what failed.
 */
export function defineTriageJob(client: TriggerClient, options: TriageJobOptions) {
  return client.defineJob({
    id: "triage-new-issue",
    name: "Triage a new issue",
    version: "1.0.0",
    trigger: eventTrigger({ name: ISSUE_OPENED }),
    integrations: { github: options.github, slack: options.slack },
    run: async (event: IssueOpened, io) => {
      const { issue, repository } = event;
      const where = { owner: repository.owner.login, repo: repository.name, issueNumber: issue.number };
      const labels = triageLabels(issue);

      await io.github.issues.addLabels("add-labels", { ...where, labels });
      const comment = await io.github.issues.createComment("thank-author", {
        ...where,
        body: `Thanks @${issue.user.login}! This is now labelled ${labels.map((l) => `\`${l}\``).join(", ")}; someone from the team will follow up here.`,
      });
      const message = await io.slack.postMessage("tell-the-team", {
        channel: options.channel,
        text: `New issue <${issue.html_url}|${repository.full_name}#${issue.number}>: ${issue.title} (${labels.join(", ")})`,
        unfurl_links: false,
      });
      return { labels, comment: comment.html_url, slack: { channel: message.channel ?? null, ts: message.ts ?? null } };
    },
  });
}
