import type { IO } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { bindToStandIn } from "./support/bind-to-stand-in.js";

const SECRET = "source_secret_standin_42";

/** The register event the SDK hands a source, for one set of desired events. */
const registerEvent = (params: object, url: string, desired: string[]) => ({
  id: "source",
  source: { key: "k", params, active: false, secret: SECRET, channel: { type: "HTTP" as const, url } },
  options: { event: { desired, missing: desired, orphaned: [] } },
});

describe("webhook registration against GitHub's API description (validating stand-in)", () => {
  it("repository: lists, then creates a hook GitHub would accept", async () => {
    const { github, sent, tasks } = bindToStandIn();
    const params = { owner: "acme", repo: "widgets" };
    const url = "https://api.trigger.dev/api/v1/sources/http/clx-standin";
    await github.sources.repo.register(
      params,
      registerEvent(params, url, ["issues", "pull_request"]),
      { integration: github } as unknown as IO,
      {} as never,
    );
    const lines = sent.map((request) => `${request.method} ${request.path.split("?")[0]}`);
    // The stand-in always announces a next page: the listing follows it, up to its bound of 10 pages.
    expect(lines.slice(0, -1)).toEqual(Array(10).fill("GET /repos/acme/widgets/hooks"));
    expect(lines.at(-1)).toBe("POST /repos/acme/widgets/hooks");
    expect(sent.at(-1)?.body).toEqual({
      config: { content_type: "json", url, secret: SECRET },
      events: ["issues", "pull_request"],
    });
    expect(tasks.map((task) => task.status)).toEqual(["completed", "completed"]);
  });

  it("repository and organization: updates the hook already at the URL", async () => {
    const { github, sent, tasks } = bindToStandIn();
    const listed = (await github.repos.listWebhooks("list", { owner: "acme", repo: "widgets" })) as {
      config: { url?: string };
    }[];
    const url = listed[0]?.config.url as string;
    expect(url).toBeTruthy();
    const repoParams = { owner: "acme", repo: "widgets" };
    await github.sources.repo.register(
      repoParams,
      registerEvent(repoParams, url, ["issues"]),
      { integration: github } as unknown as IO,
      {} as never,
    );
    const orgHooks = (await github.orgs.listWebhooks("list-org", { org: "acme" })) as { config: { url?: string } }[];
    const orgUrl = orgHooks[0]?.config.url as string;
    await github.sources.org.register(
      { org: "acme" },
      registerEvent({ org: "acme" }, orgUrl, ["repository"]),
      { integration: github } as unknown as IO,
      {} as never,
    );
    const lines = sent.map((request) => `${request.method} ${request.path.split("?")[0]}`);
    expect(lines.filter((line) => line.startsWith("PATCH"))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("POST"))).toEqual([]);
    expect(tasks.every((task) => task.status === "completed")).toBe(true);
  });
});
