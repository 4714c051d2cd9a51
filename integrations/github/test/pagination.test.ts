import { describe, expect, it } from "vitest";
import { bindToStandIn } from "./support/bind-to-stand-in.js";

const repo = { owner: "acme", repo: "app" };

// The stand-in answers every page with GitHub's example page and a Link header to more pages, like
// a listing without end: only the caller's limit stops the walk.
describe("list tasks fetch every page, bounded by the caller, inside the one task", () => {
  it("without paginate: one request, one page", async () => {
    const { github, sent } = bindToStandIn();
    const page = await github.issues.listForRepo("one-page", repo);
    expect(sent).toHaveLength(1);
    expect(page.length).toBeGreaterThan(0);
  });

  it("maxPages: follows the Link header that many pages, in one task", async () => {
    const single = bindToStandIn();
    const onePage = await single.github.pulls.list("one", repo);
    const { github, sent, tasks } = bindToStandIn();
    const all = await github.pulls.list("all", repo, { paginate: { maxPages: 3 } });
    expect(sent.map((request) => request.path)).toEqual([
      "/repos/acme/app/pulls?per_page=100",
      "/repos/acme/app/pulls?per_page=100&page=2",
      "/repos/acme/app/pulls?per_page=100&page=2",
    ]);
    expect(all).toHaveLength(3 * onePage.length);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.options?.params).toMatchObject({ paginate: { maxPages: 3 } });
  });

  it("maxItems: stops as soon as it has enough and returns exactly that many", async () => {
    const { github, sent } = bindToStandIn();
    const single = await bindToStandIn().github.issues.listComments("one", { ...repo, issue_number: 1 });
    const wanted = single.length * 2 + 1;
    const comments = await github.issues.listComments(
      "some",
      { ...repo, issue_number: 1 },
      { paginate: { maxItems: wanted } },
    );
    expect(comments).toHaveLength(wanted);
    expect(sent).toHaveLength(3);
    expect(sent[0]?.path).toContain(`per_page=${wanted}`);
  });

  it("keeps search's wrapper (counts, search_type) and stops where GitHub sends no next link", async () => {
    const single = await bindToStandIn().github.search.issuesAndPullRequests("one", { q: "is:open" });
    const { github, sent } = bindToStandIn();
    const found = await github.search.issuesAndPullRequests("all", { q: "is:open" }, { paginate: { maxPages: 5 } });
    // GitHub's description gives search answers no Link header: one page is all there is.
    expect(sent).toHaveLength(1);
    expect(found).toEqual(single);
    // Newer than Octokit's types: kept because the first page's fields are kept as they came.
    expect((found as { search_type?: unknown }).search_type).toBeDefined();
  });

  it("keeps the wrapper of workflow runs", async () => {
    const single = await bindToStandIn().github.actions.listWorkflowRuns("one", repo);
    const { github } = bindToStandIn();
    const runs = await github.actions.listWorkflowRuns("two", repo, { paginate: { maxPages: 2 } });
    expect(runs.total_count).toBe(single.total_count);
    expect(runs.workflow_runs).toHaveLength(2 * single.workflow_runs.length);
  });

  it("refuses an unbounded or nonsensical limit before sending anything", async () => {
    const { github, sent } = bindToStandIn();
    await expect(github.repos.listBranches("unbounded", repo, { paginate: {} as never })).rejects.toThrow(
      /needs maxPages or maxItems/,
    );
    await expect(github.repos.listBranches("zero", repo, { paginate: { maxPages: 0 } })).rejects.toThrow(
      /maxPages must be a positive whole number/,
    );
    expect(sent).toHaveLength(0);
  });
});
