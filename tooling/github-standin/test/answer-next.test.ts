import { RequestError } from "octokit";
import { describe, expect, inject, it } from "vitest";
import { connectGithubStandIn } from "../src/index.js";
import { octokitAgainstStandIn, uniqueRepo } from "./octokit-against-stand-in.js";

const standIn = connectGithubStandIn(inject("githubStandInUrl"));
const octokit = octokitAgainstStandIn();

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as RequestError,
  );

describe("answerNext", () => {
  it("answers the next matching request with the scripted status, headers and body, then Prism again", async () => {
    const repo = uniqueRepo("rate-limited");
    const reset = String(Math.floor(Date.now() / 1000) + 600);
    await standIn.answerNext(`GET /repos/${repo.owner}/${repo.repo}`, {
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: { message: "API rate limit exceeded" },
    });

    const error = await failureOf(octokit.rest.repos.get(repo));
    expect(error).toBeInstanceOf(RequestError);
    expect(error?.status).toBe(403);
    expect(error?.response?.headers["x-ratelimit-reset"]).toBe(reset);
    expect(error?.response?.data).toEqual({ message: "API rate limit exceeded" });
    await expect(octokit.rest.repos.get(repo)).resolves.toMatchObject({ status: 200 });
  });

  it("counts `times` answers, on the route asked only", async () => {
    const repo = uniqueRepo("bad-gateway");
    await standIn.answerNext("GET /repos/{owner}/{repo}/issues/{issue_number}", { status: 502, body: "<html>" }, 2);
    await expect(octokit.rest.repos.get(repo)).resolves.toMatchObject({ status: 200 });
    for (let i = 0; i < 2; i++) {
      expect((await failureOf(octokit.rest.issues.get({ ...repo, issue_number: 1 })))?.status).toBe(502);
    }
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).resolves.toMatchObject({ status: 200 });
  });

  it("leaves a request GitHub would reject to Prism, without using the scripted answer", async () => {
    const repo = uniqueRepo("still-validated");
    await standIn.answerNext("POST /repos/{owner}/{repo}/issues", { status: 201, body: { number: 1 } });
    // @ts-expect-error: title is required, as the stand-in checks
    const invalid = await failureOf(octokit.rest.issues.create({ ...repo }));
    expect(invalid?.status).toBe(422);
    await expect(octokit.rest.issues.create({ ...repo, title: "Valid" })).resolves.toMatchObject({
      status: 201,
      data: { number: 1 },
    });
  });

  it("refuses an answer without a status", async () => {
    await expect(standIn.answerNext("GET /user", { status: 0 })).rejects.toThrow(/`status` from 200 to 599/);
  });
});
