import { createTestIO, useRecordingServer } from "@acme/integration-kit/testing";
import { describe, expect, it } from "vitest";
import { Slack } from "../src/index.js";

const server = useRecordingServer({ body: { ok: true, user_id: "U123" } });

describe("Slack", () => {
  it("reports Slack metadata", () => {
    expect(new Slack({ id: "sl" }).metadata).toEqual({ name: "Slack", id: "slack" });
  });

  it.each([["/api/"], ["/api"]])("maps baseUrl ending in %s to slackApiUrl", async (suffix) => {
    const slack = new Slack({ id: "sl", token: "xoxb-base-url", baseUrl: `${server().url}${suffix}` }).cloneForRun(
      createTestIO().io,
      "sl",
    );
    const result = await slack.runTask("auth", async (client) => (await client.auth.test()).user_id ?? null);
    expect(result).toBe("U123");
    expect(server().requests[0]).toMatchObject({ method: "POST", url: "/api/auth.test" });
    expect(server().requests[0]?.headers.authorization).toBe("Bearer xoxb-base-url");
  });

  it("rejects a rate-limited call at once instead of waiting and retrying inside the task", async () => {
    server().respondWith(() => ({
      status: 429,
      headers: { "retry-after": "30" },
      body: { ok: false, error: "ratelimited" },
    }));
    const slack = new Slack({ id: "sl", token: "xoxb-rate-limited", baseUrl: `${server().url}/api/` }).cloneForRun(
      createTestIO().io,
      "sl",
    );
    const started = Date.now();
    await expect(slack.runTask("auth", async (client) => (await client.auth.test()).ok ?? null)).rejects.toThrow(
      /rate/i,
    );
    expect(server().requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("does not retry a server error on its own", async () => {
    server().respondWith(() => ({ status: 500, body: "oops" }));
    const slack = new Slack({ id: "sl", token: "xoxb-no-retry", baseUrl: `${server().url}/api/` }).cloneForRun(
      createTestIO().io,
      "sl",
    );
    await expect(slack.runTask("auth", async (client) => (await client.auth.test()).ok ?? null)).rejects.toThrow();
    expect(server().requests).toHaveLength(1);
  });
});

describe("Slack fetch option", () => {
  it("sends every request through the given fetch", async () => {
    const seen: string[] = [];
    const slack = new Slack({
      id: "sl",
      token: "xoxb-custom-fetch",
      baseUrl: `${server().url}/api/`,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    }).cloneForRun(createTestIO().io, "sl");
    await slack.runTask("auth", async (client) => (await client.auth.test()).user_id ?? null);
    expect(seen).toEqual([`${server().url}/api/auth.test`]);
  });
});
