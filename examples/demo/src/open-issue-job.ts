import type { Github } from "@acme/github";
import { eventTrigger, type TriggerClient } from "@trigger.dev/sdk";

/** The issue the demo opens, as the person reporting it would write it. */
export const demoIssue = {
  title: "App crashes when saving a draft",
  body: "Saving a draft with an attachment fails with `TypeError: cannot read properties of undefined`.",
};

/** Opens the demo's issue: the part a person plays before the webhook fires. */
export function defineOpenIssueJob(client: TriggerClient, github: Github) {
  return client.defineJob({
    id: "open-demo-issue",
    name: "Open the demo issue",
    version: "1.0.0",
    trigger: eventTrigger({ name: "demo.open-issue" }),
    integrations: { github },
    run: async (payload: { owner: string; repo: string }, io) => {
      const issue = await io.github.issues.create("open-issue", { ...payload, ...demoIssue });
      return {
        number: issue.number,
        title: issue.title,
        body: issue.body ?? null,
        html_url: issue.html_url,
        user: { login: issue.user?.login ?? "someone" },
      };
    },
  });
}
