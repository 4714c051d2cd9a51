import { ServiceError } from "@acme/integration-kit";
import { describe, expect, inject, it } from "vitest";
import { bindToStandIn } from "./support/bind-to-stand-in.js";

/** The stand-in is only worth its name if it rejects what GitHub would reject. */
describe("the validating GitHub stand-in", () => {
  it("answers an invalid body with 422 naming the violation", async () => {
    const response = await fetch(`${inject("githubStandInUrl")}/repos/acme/app/issues`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json", authorization: "token ghp_x" },
      body: JSON.stringify({ labels: "bug" }),
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).toMatch(/required property 'title'/);
  });

  it("validates bodies whose schemas GitHub marks nullable without a type (Prism skipped them)", async () => {
    const { github, tasks } = bindToStandIn();
    // PATCH /issues/{n} has such schemas (title, milestone): unprepared, Prism accepted any body here.
    const error = await github.issues
      .update("bad-state", { owner: "acme", repo: "app", issue_number: 7, state: "finished" as "closed" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(422);
    expect((error as Error).message).toMatch(/state must be equal to one of the allowed values/);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("rejects a wrong type in a nullable union, and accepts its null", async () => {
    const { github } = bindToStandIn();
    const milestone = (value: unknown) =>
      github.issues.update("milestone", { owner: "acme", repo: "app", issue_number: 7, milestone: value as number });
    await expect(milestone({ id: 1 })).rejects.toMatchObject({ status: 422 });
    await expect(milestone(null)).resolves.toMatchObject({ number: expect.any(Number) });
  });

  it("answers an unknown path with 404", async () => {
    const { github } = bindToStandIn();
    const error = await github
      .runTask("nowhere", async (octokit) => {
        await octokit.request("GET /repos/{owner}/{repo}/no-such-endpoint", { owner: "acme", repo: "app" });
        return null;
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404 });
  });
});
