import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callRunner, JsonHttpClient, ServiceError, type TaskEngine } from "../src/index.js";
import { createTestIO, type RecordingServer, startRecordingServer } from "../src/testing/index.js";
import { Echo, Things } from "./echo-integration.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.splice(0);
  server.respondWith(() => ({ body: { ok: true } }));
});

const bound = () => {
  const testIO = createTestIO();
  const echo = new Echo({ id: "echo", baseUrl: server.url }).cloneForRun(testIO.io, "echo", {
    type: "oauth2",
    accessToken: "tok-echo-group",
  });
  return { echo, ...testIO };
};

/** The plain runtime over the same declarations, as `<Service>Client` builds it. */
const plainThings = (baseUrl: string) => {
  const engine: TaskEngine<JsonHttpClient> = {
    origin: { service: { name: "Echo" }, integrationId: "echo" },
    timeoutMs: 2_000,
    client: async (token) => new JsonHttpClient({ baseUrl, headers: { authorization: `Bearer ${token}` } }),
    describeFailure: () => undefined,
  };
  return new Things<"call">(callRunner(engine, async () => "tok-echo-plain"));
};

/** Pages of 2 things each, `pages` of them, linked by `Link` headers. */
const paged = (pages: number) =>
  server.respondWith((request) => {
    const page = Number(new URL(request.url, server.url).searchParams.get("page") ?? "1");
    const next: Record<string, string> =
      page < pages ? { link: `<${server.url}/things?page=${page + 1}>; rel="next"` } : {};
    return { headers: next, body: [{ id: `${page}a` }, { id: `${page}b` }] };
  });

describe("a declared task as a v2 task", () => {
  it("runs one io.runTask with the declared name, the caller's params as JSON and the properties", async () => {
    const { echo, tasks } = bound();
    await echo.things.get("get-it", { path: "/things/1" });
    expect(tasks[0]?.options).toMatchObject({
      name: "Get Path",
      icon: "echo",
      params: { path: "/things/1" },
      properties: [{ label: "Path", text: "/things/1" }],
      connectionKey: "echo",
    });
  });

  it("derives properties from the params when the declaration gives none", async () => {
    const { echo, tasks } = bound();
    await echo.things.create("create", { name: "widget" });
    expect(tasks[0]?.options?.properties).toEqual([{ label: "Name", text: "widget" }]);
  });
});

describe("one pagination contract", () => {
  it("reads one page without `paginate`, and exactly maxPages pages with it", async () => {
    paged(5);
    const { echo } = bound();
    expect(await echo.things.list("one", {})).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
    server.requests.splice(0);
    expect(await echo.things.list("one-bound", {}, { paginate: { maxPages: 1 } })).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
    server.requests.splice(0);
    const three = await echo.things.list("three", {}, { paginate: { maxPages: 3 } });
    expect(three).toEqual([{ id: "1a" }, { id: "1b" }, { id: "2a" }, { id: "2b" }, { id: "3a" }, { id: "3b" }]);
    expect(server.requests).toHaveLength(3);
  });

  it("stops at maxItems, asking for no more than it still wants", async () => {
    paged(5);
    const { echo } = bound();
    expect(await echo.things.list("items", {}, { paginate: { maxItems: 3 } })).toHaveLength(3);
    expect(server.requests[0]?.url).toContain("per_page=3");
  });

  it.each([
    [{ paginate: {} }, /needs maxPages or maxItems/],
    [{ paginate: { maxPages: 0 } }, /maxPages must be a positive whole number/],
  ])("fails at once, permanently, on a bad bound %j", async (options, message) => {
    const { echo, tasks } = bound();
    const error = await echo.things.list("bad", {}, options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(/^Echo integration \(echo\): "List Things" failed/);
    expect((error as ServiceError).message).toMatch(message);
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses page bounds inside the params, where the service would get them as arguments", async () => {
    const { echo } = bound();
    const error = await echo.things.list("misplaced", { maxPages: 2 } as never).catch((e: unknown) => e);
    expect(String(error)).toMatch(/page bounds go after the params/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the same declaration as a plain call", () => {
  it("answers without a run, with the same output and pages", async () => {
    paged(3);
    const things = plainThings(server.url);
    expect(await things.list({}, { paginate: { maxPages: 2 } })).toHaveLength(4);
    expect(server.requests.every((request) => request.headers.authorization === "Bearer tok-echo-plain")).toBe(true);
  });

  it("throws the kit's ServiceError with the verdict", async () => {
    server.respondWith(() => ({ status: 404, body: { message: "no such thing" } }));
    const error = await plainThings(server.url)
      .get({ path: "/missing" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).verdict).toEqual({ kind: "permanent" });
  });
});

describe("side effects", () => {
  let lossy: Server;
  let lossyUrl: string;
  let received = 0;
  beforeAll(async () => {
    // Reads the request, then drops the connection: the service acted, the answer was lost.
    lossy = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received++;
        res.socket?.destroy();
      });
    });
    await new Promise<void>((resolve) => lossy.listen(0, "127.0.0.1", resolve));
    lossyUrl = `http://127.0.0.1:${(lossy.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => lossy.close(() => resolve())));

  it("does not retry an unchecked create whose answer was lost, and says what may exist", async () => {
    const testIO = createTestIO();
    const echo = new Echo({ id: "echo", baseUrl: lossyUrl }).cloneForRun(testIO.io, "echo", {
      type: "oauth2",
      accessToken: "tok-echo-lossy",
    });
    const error = await echo.things.create("create", { name: "widget" }).catch((e: unknown) => e);
    expect(received).toBe(1);
    expect(testIO.tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect((error as Error).message).toMatch(
      /the service may already have acted on it.*Not retried, so it cannot happen twice/,
    );
  });

  it("still retries a read whose answer was lost", async () => {
    const testIO = createTestIO();
    const echo = new Echo({ id: "echo", baseUrl: lossyUrl }).cloneForRun(testIO.io, "echo", {
      type: "oauth2",
      accessToken: "tok-echo-lossy",
    });
    await echo.things.get("read", { path: "/x" }).catch(() => undefined);
    expect(testIO.tasks[0]?.answer).toBeUndefined();
  });
});

describe("204 No Content", () => {
  it("is success with no output, whatever its content-type says", async () => {
    server.respondWith(() => ({ status: 204, headers: { "content-type": "application/json" }, body: "" }));
    const { echo, tasks } = bound();
    await expect(echo.things.get("delete", { path: "/things/1" })).resolves.toBeNull();
    expect(tasks[0]?.status).toBe("completed");
  });
});
