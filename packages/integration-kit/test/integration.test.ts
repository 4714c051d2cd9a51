import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Integration } from "../src/index.js";
import { createTestIO, type RecordingServer, startRecordingServer } from "../src/testing/index.js";
import { Echo } from "./echo-integration.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

const bound = (accessToken = "tok-echo-1") => {
  const testIO = createTestIO();
  const echo = new Echo({ id: "echo", baseUrl: server.url }).cloneForRun(testIO.io, "echo", {
    type: "oauth2",
    accessToken,
  });
  return { echo, ...testIO };
};

describe("Integration", () => {
  it("requires subclasses to declare their service", () => {
    class Nameless extends Integration<unknown> {
      protected createClient() {
        return {};
      }
    }
    expect(() => new Nameless({ id: "x" })).toThrow(/must declare `static readonly service`/);
  });

  it("answers the service's verdicts as Trigger.dev expects", async () => {
    const outcomes: Record<number, unknown> = {};
    for (const status of [429, 404, 503]) {
      server.respondWith(() => ({ status, body: {} }));
      const { echo, tasks } = bound();
      await echo.runTask("call", async (client) => (await client.get("/x")) as null).catch(() => undefined);
      outcomes[status] = tasks[0]?.answer;
    }
    expect(outcomes[429]).toMatchObject({ retryAt: new Date(0) });
    expect(outcomes[404]).toMatchObject({ skipRetrying: true });
    expect(outcomes[503]).toBeUndefined();
  });

  it("asks the caller's onError first and falls back to the service's verdict", async () => {
    server.respondWith(() => ({ status: 404, body: {} }));
    const { echo, tasks } = bound();
    const custom = new Date(1_000);
    await echo
      .runTask(
        "a",
        async (client) => (await client.get("/a")) as null,
        undefined,
        () => ({ retryAt: custom }),
      )
      .catch(() => 0);
    await echo
      .runTask(
        "b",
        async (client) => (await client.get("/b")) as null,
        undefined,
        () => undefined,
      )
      .catch(() => 0);
    expect(tasks[0]?.answer).toEqual({ retryAt: custom });
    expect(tasks[1]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("lets a task override the icon and retry but never the connectionKey", async () => {
    server.respondWith(() => ({ body: {} }));
    const { echo, tasks } = bound();
    await echo.runTask("k", async () => null, { icon: "custom", retry: { limit: 1 }, connectionKey: "hijack" });
    expect(tasks[0]?.options).toMatchObject({ icon: "custom", retry: { limit: 1 }, connectionKey: "echo" });
  });

  it("builds the client lazily: cloning alone builds none", () => {
    const echo = new Echo({ id: "echo", baseUrl: server.url });
    for (let i = 0; i < 50; i++)
      echo.cloneForRun(createTestIO().io, "echo", { type: "oauth2", accessToken: `tok-${i}-xx` });
    expect(echo.clientsBuilt).toBe(0);
  });
});
