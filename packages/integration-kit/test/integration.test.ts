import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpResponseError, Integration, ServiceError, TaskInputError } from "../src/index.js";
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
      server.respondWith(() => ({
        status,
        headers: status === 429 ? { "retry-after": "0" } : ({} as Record<string, string>),
        body: {},
      }));
      const { echo, tasks } = bound();
      await echo.runTask("call", async (client) => (await client.get("/x")) as null).catch(() => undefined);
      outcomes[status] = tasks[0]?.answer;
    }
    expect(outcomes[429]).toMatchObject({ retryAt: expect.any(Date) });
    expect(outcomes[404]).toMatchObject({ skipRetrying: true });
    expect(outcomes[503]).toBeUndefined();
  });

  it("throws a ServiceError that names the service, the id, the task, the status and the fix", async () => {
    server.respondWith(() => ({ status: 404, body: { message: "no such thing" } }));
    const { echo } = bound();
    const error = await echo
      .runTask("find", async (client) => (await client.get("/missing")) as null, { name: "Find Thing" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "SERVICE_ERROR", status: 404, integrationId: "echo", isRetryable: false });
    expect(error.message).toBe(
      'Echo integration (echo): "Find Thing" failed (HTTP 404): no such thing. Not retried: the same request would fail again. Nothing exists at that address, or the credential cannot see it: check the ids in the params.',
    );
    expect(error.cause).toBeInstanceOf(HttpResponseError);
  });

  it("marks rate limits with their own code and says when Trigger.dev retries", async () => {
    server.respondWith(() => ({ status: 429, headers: { "retry-after": "Thu, 01 Jan 2099 00:00:00 GMT" }, body: {} }));
    const error = await bound()
      .echo.runTask("k", async (client) => (await client.get("/x")) as null)
      .catch((e) => e);
    expect(error).toMatchObject({ code: "RATE_LIMITED", isRetryable: true });
    expect(error.message).toContain("retries at 2099-01-01T00:00:00.000Z");
  });

  it("fails bad task input at once, naming the service and the fix", async () => {
    const { echo, tasks } = bound();
    const error = await echo
      .runTask("k", async () => Promise.reject(new TaskInputError("paginate.maxPages must be positive", "Pass 10.")), {
        name: "List",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toBe(
      'Echo integration (echo): "List" failed: paginate.maxPages must be positive. Not retried: the same request would fail again. Pass 10.',
    );
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
  });

  it("leaves errors the integration cannot read as they are, for the default backoff", async () => {
    const { echo, tasks } = bound();
    const thrown = new TypeError("not a vendor error");
    await expect(echo.runTask("k", async () => Promise.reject(thrown))).rejects.toBe(thrown);
    expect(tasks[0]?.answer).toBeUndefined();
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

describe("Integration failures without a response", () => {
  it("names the service and retries when the service cannot be reached", async () => {
    const closed = await startRecordingServer();
    await closed.close();
    const testIO = createTestIO();
    const echo = new Echo({ id: "echo", baseUrl: closed.url }).cloneForRun(testIO.io, "echo", {
      type: "oauth2",
      accessToken: "tok-unreachable-1",
    });
    const error = await echo.getPath("k", "/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(
      /^Echo integration \(echo\): "Get Path" failed: no answer came from 127\.0\.0\.1:\d+: the connection was refused \(ECONNREFUSED\)\. Check the `baseUrl` option/,
    );
    expect(testIO.tasks[0]?.answer).toBeUndefined();
  });
});
