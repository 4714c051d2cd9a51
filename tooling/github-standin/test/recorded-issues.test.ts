import { describe, expect, inject, it } from "vitest";
import { connectGithubStandIn } from "../src/index.js";
import { octokitAgainstStandIn, uniqueRepo } from "./octokit-against-stand-in.js";

const standIn = connectGithubStandIn(inject("githubStandInUrl"));
const octokit = octokitAgainstStandIn();

/** A tracked repository with `count` issues created through Octokit, titled "issue 1"... */
async function repoWithIssues(name: string, count: number) {
  const repo = uniqueRepo(name);
  await standIn.trackRepository(repo.owner, repo.repo);
  for (let n = 1; n <= count; n += 1) await octokit.rest.issues.create({ ...repo, title: `issue ${n}` });
  return repo;
}

describe("issues created through the stand-in", () => {
  it("are recorded over Prism's example and answered with the record", async () => {
    const repo = uniqueRepo("create");
    await standIn.trackRepository(repo.owner, repo.repo);
    const before = Date.now() - 1_000;
    const { status, data, headers } = await octokit.rest.issues.create({
      ...repo,
      title: "Deploy failed",
      body: "marker",
      labels: ["bug", { name: "ops" }],
      assignees: ["ada"],
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({
      number: 1,
      title: "Deploy failed",
      body: "marker",
      state: "open",
      comments: 0,
      user: { login: "octocat" },
      html_url: `https://github.com/${repo.owner}/${repo.repo}/issues/1`,
      labels: [{ name: "bug" }, { name: "ops" }],
      assignees: [{ login: "ada" }],
    });
    expect(data.pull_request).toBeUndefined();
    expect(Date.parse(data.created_at)).toBeGreaterThanOrEqual(before);
    expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(headers.location).toBe(data.url);
    const second = await octokit.rest.issues.create({ ...repo, title: "Again" });
    expect(second.data.number).toBe(2);
    expect(second.data.id).toBeGreaterThan(data.id);
    expect((await standIn.issues(repo.owner, repo.repo)).map((issue) => issue.title)).toEqual([
      "Deploy failed",
      "Again",
    ]);
  });

  it("are not recorded when Prism rejects the request", async () => {
    const repo = uniqueRepo("rejected");
    await standIn.trackRepository(repo.owner, repo.repo);
    const error = await octokit.rest.issues.create({ ...repo, labels: ["bug"] } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(await standIn.issues(repo.owner, repo.repo)).toEqual([]);
  });

  it("list a tracked repository from the records: state, sort, direction, per_page, page and Link", async () => {
    const repo = await repoWithIssues("list", 5);
    const newest = await octokit.rest.issues.listForRepo({
      ...repo,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 2,
    });
    expect(newest.data.map((issue) => issue.number)).toEqual([5, 4]);
    expect(newest.headers.link).toContain('page=2>; rel="next"');
    expect(newest.headers.link).toContain('page=3>; rel="last"');
    const last = await octokit.rest.issues.listForRepo({ ...repo, state: "all", per_page: 2, page: 3 });
    expect(last.data.map((issue) => issue.number)).toEqual([1]);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).not.toContain('rel="next"');

    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, direction: "asc", per_page: 2 });
    expect(all.map((issue) => issue.title)).toEqual(["issue 1", "issue 2", "issue 3", "issue 4", "issue 5"]);
    const closed = await octokit.rest.issues.listForRepo({ ...repo, state: "closed" });
    expect(closed.data).toEqual([]);
    expect(closed.headers.link).toBeUndefined();
  });

  it("list only what matches labels, creator and since; sort by comments", async () => {
    const repo = await repoWithIssues("filters", 2);
    await octokit.rest.issues.create({ ...repo, title: "labelled", labels: ["bug"] });
    await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: "bump" });
    const bugs = await octokit.rest.issues.listForRepo({ ...repo, labels: "bug" });
    expect(bugs.data.map((issue) => issue.title)).toEqual(["labelled"]);
    expect((await octokit.rest.issues.listForRepo({ ...repo, creator: "someone-else" })).data).toEqual([]);
    expect((await octokit.rest.issues.listForRepo({ ...repo, since: "2999-01-01T00:00:00Z" })).data).toEqual([]);
    const busiest = await octokit.rest.issues.listForRepo({ ...repo, sort: "comments", per_page: 1 });
    expect(busiest.data[0]).toMatchObject({ number: 1, comments: 1 });
  });

  it("are Prism's examples in an untracked repository, as before (other tests share the stand-in)", async () => {
    const repo = uniqueRepo("untracked");
    const created = await octokit.rest.issues.create({ ...repo, title: "not recorded" });
    expect(created.data).toMatchObject({ number: 1347, title: "Found a bug" });
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 1347, body: "not recorded" });
    expect(comment.data.body).toBe("Me too");
    expect((await octokit.rest.issues.listForRepo(repo)).data[0]?.number).toBe(1347);
    expect(await standIn.issues(repo.owner, repo.repo)).toEqual([]);
    expect(await standIn.comments(repo.owner, repo.repo, 1347)).toEqual([]);
  });
});

describe("issue comments created through the stand-in", () => {
  it("are recorded, counted on their issue and listed oldest first, by since, per_page and page", async () => {
    const repo = await repoWithIssues("comments", 1);
    const created = [];
    for (const body of ["first", "second", "third"]) {
      created.push((await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body })).data);
    }
    expect(created[0]).toMatchObject({
      body: "first",
      user: { login: "octocat" },
      html_url: `https://github.com/${repo.owner}/${repo.repo}/issues/1#issuecomment-${created[0]?.id}`,
      issue_url: `https://api.github.com/repos/${repo.owner}/${repo.repo}/issues/1`,
    });
    expect((await standIn.comments(repo.owner, repo.repo, 1)).map((c) => c.body)).toEqual(["first", "second", "third"]);
    expect((await standIn.issues(repo.owner, repo.repo))[0]?.comments).toBe(3);

    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 2 });
    expect(listed.data.map((c) => c.body)).toEqual(["first", "second"]);
    expect(listed.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 2 });
    expect(all.map((c) => c.id)).toEqual(created.map((c) => c?.id));

    const since = created[0]?.created_at ?? "";
    const recent = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, since });
    expect(recent.data).toHaveLength(3);
    const future = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, since: "2999-01-01T00:00:00Z" });
    expect(future.data).toEqual([]);
    expect((await octokit.rest.issues.listComments({ ...repo, issue_number: 2 })).data).toEqual([]);
  });
});
