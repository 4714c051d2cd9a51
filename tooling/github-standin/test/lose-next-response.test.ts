import { RequestError } from "octokit";
import { describe, expect, inject, it } from "vitest";
import { connectGithubStandIn } from "../src/index.js";
import { octokitAgainstStandIn, uniqueRepo } from "./octokit-against-stand-in.js";

const standIn = connectGithubStandIn(inject("githubStandInUrl"));
const octokit = octokitAgainstStandIn();

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** What a client sees when the connection closes without an answer: no status from GitHub, no response. */
function expectNetworkError(error: unknown) {
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).response).toBeUndefined();
  expect((error as Error).cause).toBeInstanceOf(TypeError);
  expect((error as Error).message).toMatch(/other side closed|socket|fetch failed/i);
}

describe("loseNextResponse", () => {
  it("creates the issue, then drops the answer: the client sees a network error, the issue exists once", async () => {
    const repo = uniqueRepo("lost-issue");
    await standIn.trackRepository(repo.owner, repo.repo);
    await standIn.loseNextResponse("POST /repos/{owner}/{repo}/issues");
    const marker = "<!-- acme-idempotency-key: run-1:create -->";

    expectNetworkError(await failureOf(octokit.rest.issues.create({ ...repo, title: "Deploy", body: marker })));
    expect((await standIn.issues(repo.owner, repo.repo)).map((issue) => issue.body)).toEqual([marker]);

    // The lookup a retry can make: the newest issues, whatever their state, carry the first attempt's marker.
    const recent = await octokit.rest.issues.listForRepo({ ...repo, state: "all", sort: "created", direction: "desc" });
    expect(recent.data.filter((issue) => issue.body?.includes(marker))).toHaveLength(1);
    await expect(octokit.rest.issues.create({ ...repo, title: "Next" })).resolves.toMatchObject({
      data: { number: 2 },
    });
  });

  it("creates the comment, then drops the answer; the issue's comments since then show it", async () => {
    const repo = uniqueRepo("lost-comment");
    await standIn.trackRepository(repo.owner, repo.repo);
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: "Incident" });
    await standIn.loseNextResponse(`POST /repos/${repo.owner}/${repo.repo}/issues/{issue_number}/comments`);

    const error = await failureOf(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: "marker-2" }));
    expectNetworkError(error);
    expect((await standIn.comments(repo.owner, repo.repo, 1)).map((c) => c.body)).toEqual(["marker-2"]);
    const since = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, since: issue.created_at });
    expect(since.data.map((c) => c.body)).toEqual(["marker-2"]);
  });

  it("loses as many answers as asked, only on the route asked", async () => {
    const repo = uniqueRepo("lost-twice");
    const other = uniqueRepo("lost-elsewhere");
    await standIn.trackRepository(repo.owner, repo.repo);
    await standIn.loseNextResponse(`POST /repos/${repo.owner}/${repo.repo}/issues`, 2);

    await expect(octokit.rest.issues.create({ ...other, title: "untouched" })).resolves.toMatchObject({ status: 201 });
    await expect(octokit.rest.issues.listForRepo(repo)).resolves.toMatchObject({ status: 200 });
    expectNetworkError(await failureOf(octokit.rest.issues.create({ ...repo, title: "one" })));
    expectNetworkError(await failureOf(octokit.rest.issues.create({ ...repo, title: "two" })));
    await expect(octokit.rest.issues.create({ ...repo, title: "three" })).resolves.toMatchObject({ status: 201 });
    expect((await standIn.issues(repo.owner, repo.repo)).map((issue) => issue.title)).toEqual(["one", "two", "three"]);
  });

  it("refuses a route that is not written as Octokit writes them", async () => {
    await expect(standIn.loseNextResponse("/repos/{owner}/{repo}/issues")).rejects.toThrow(
      /is not a route; write it as Octokit does/,
    );
    await expect(standIn.loseNextResponse("POST /repos/{owner}/{repo}/issues", 0)).rejects.toThrow(/times must be/);
  });
});
