import { connectGithubStandIn } from "@acme/github-standin";
import { createTestIO } from "@acme/integration-kit/testing";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Github } from "../src/index.js";

// A repository no other test uses: the stand-in keeps its issues and comments.
const repo = { owner: "acme", repo: "lost-answers" };
const standIn = () => connectGithubStandIn(inject("githubStandInUrl"));

/** Github bound to a run at `attempt`, as Trigger.dev re-runs a failed task with the same key. */
const atAttempt = (attempt: number) => {
  const { io, tasks } = createTestIO({ attempt });
  const github = new Github({
    id: "github",
    token: "ghp_lost_answer_0123456789",
    baseUrl: inject("githubStandInUrl"),
    octokitRequest: {
      fetch: (url: string, init: RequestInit) =>
        fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), accept: "application/json" } }),
    },
  }).cloneForRun(io, "github");
  return { github, tasks };
};

beforeAll(() => standIn().trackRepository(repo.owner, repo.repo));

describe("a create whose answer was lost exists once after the task's retries", () => {
  it("opens one issue: the retry finds the first try's issue by its marker", async () => {
    await standIn().loseNextResponse("POST /repos/acme/lost-answers/issues");
    const first = atAttempt(1);
    await expect(first.github.issues.create("open", { ...repo, title: "Lost once", body: "Hi" })).rejects.toThrow();
    expect(first.tasks[0]?.answer).toBeUndefined(); // default backoff: Trigger.dev retries it
    const retry = atAttempt(2);
    const issue = await retry.github.issues.create("open", { ...repo, title: "Lost once", body: "Hi" });
    const issues = (await standIn().issues(repo.owner, repo.repo)).filter((i) => i.title === "Lost once");
    expect(issues).toHaveLength(1);
    expect(issue.number).toBe(issues[0]?.number);
  });

  it("posts one comment: the retry finds the first try's comment on the issue", async () => {
    const opened = await atAttempt(1).github.issues.create("open", { ...repo, title: "Commented" });
    await standIn().loseNextResponse("POST /repos/acme/lost-answers/issues/{issue_number}/comments");
    const params = { ...repo, issueNumber: opened.number, body: "Thanks!" };
    await expect(atAttempt(1).github.issues.createComment("comment", params)).rejects.toThrow();
    await atAttempt(2).github.issues.createComment("comment", params);
    expect(await standIn().comments(repo.owner, repo.repo, opened.number)).toHaveLength(1);
  });

  it("without the check (attempt 1 again), a second issue would be opened: the probe can fail", async () => {
    await standIn().loseNextResponse("POST /repos/acme/lost-answers/issues");
    await atAttempt(1)
      .github.issues.create("twice", { ...repo, title: "Twice" })
      .catch(() => undefined);
    await atAttempt(1).github.issues.create("twice", { ...repo, title: "Twice" });
    expect((await standIn().issues(repo.owner, repo.repo)).filter((i) => i.title === "Twice")).toHaveLength(2);
  });
});
