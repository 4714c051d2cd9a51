import { REDACTED } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { bindToStandIn } from "./support/bind-to-stand-in.js";

const repo = { owner: "acme", repo: "app" };
const sha = "7638417db6d59f3c431d3e1f261cc637155684cd";

describe("what the tasks send and show", () => {
  it("createTree sends GitHub's base_tree (@trigger.dev/github sent baseTree, which GitHub ignored)", async () => {
    const { github, sent } = bindToStandIn();
    await github.git.createTree("tree", {
      ...repo,
      baseTree: sha,
      tree: [{ path: "a", mode: "100644", content: "x" }],
    });
    expect(sent[0]?.body).toMatchObject({ base_tree: sha });
    expect(sent[0]?.body).not.toHaveProperty("baseTree");
  });

  it("createBlob turns the old 'base-64' spelling into GitHub's 'base64'", async () => {
    const { github, sent } = bindToStandIn();
    await github.createBlob("blob", { ...repo, content: "aGk=", encoding: "base-64" });
    expect(sent[0]?.body).toEqual({ content: "aGk=", encoding: "base64" });
  });

  it("createIssueCommentWithReaction runs its two steps as subtasks and outputs the comment", async () => {
    const { github, tasks, sent } = bindToStandIn();
    const comment = await github.createIssueCommentWithReaction("comment-and-react", {
      ...repo,
      issueNumber: 7,
      body: "Thanks!",
      reaction: "rocket",
    });
    expect(tasks.map((task) => [task.key, task.options?.name, task.status])).toEqual([
      ["comment-and-react", "Create Issue Comment With Reaction", "completed"],
      ["Comment on Issue #7", "Create Issue Comment", "completed"],
      ["React with rocket", "Add Issue Comment Reaction", "completed"],
    ]);
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /repos/acme/app/issues/7/comments",
      `POST /repos/acme/app/issues/comments/${comment.id}/reactions`,
    ]);
    expect(sent[1]?.body).toEqual({ content: "rocket" });
    expect(tasks[2]?.options?.properties).toContainEqual({ label: "Reaction", text: "🚀" });
  });

  it("orgs.updateWebhook merges addEvents into the hook's events (GitHub has no add_events for org hooks)", async () => {
    const { github, sent } = bindToStandIn();
    await github.updateOrgWebhook("org-hook", {
      org: "acme",
      hookId: 1,
      url: "https://example.com/hook",
      secret: "whsec-org",
      addEvents: ["repository"],
    });
    expect(sent.map((request) => request.method)).toEqual(["GET", "PATCH"]);
    const events = (sent[1]?.body as { events?: string[] } | undefined)?.events ?? [];
    expect(events).toContain("repository");
    expect(events.length).toBeGreaterThan(1);
    expect(new Set(events).size).toBe(events.length);
  });

  it("repos.createWebhook sends the secret to GitHub but shows it redacted", async () => {
    const { github, sent, tasks } = bindToStandIn();
    const params = { ...repo, url: "https://example.com/hook", secret: "whsec-visible", events: ["push"] };
    await github.repos.createWebhook("hook", params);
    expect(sent[0]?.body).toMatchObject({ config: { secret: "whsec-visible", content_type: "json" } });
    expect(tasks[0]?.options?.params).toMatchObject({ secret: REDACTED, url: params.url });
    expect(JSON.stringify(tasks[0]?.options)).not.toContain("whsec-visible");
  });

  it("shows the dashboard properties of the resource a task touches", async () => {
    const { github, tasks } = bindToStandIn();
    await github.pulls.merge("merge", { ...repo, pull_number: 9, merge_method: "squash" });
    expect(tasks[0]?.options).toMatchObject({
      name: "Merge Pull Request",
      properties: [
        { label: "Owner", text: "acme" },
        { label: "Repo", text: "app" },
        { label: "Pull Request", text: "#9" },
        { label: "Method", text: "squash" },
      ],
    });
  });

  it("leaves out properties whose value was not given", async () => {
    const { github, tasks } = bindToStandIn();
    await github.pulls.merge("merge", { ...repo, pull_number: 9 });
    expect(tasks[0]?.options?.properties?.map((property) => property.label)).toEqual(["Owner", "Repo", "Pull Request"]);
  });
});
