import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  InvalidOptionsError,
  JsonHttpClient,
  MissingCredentialError,
  ServiceError,
  TaskGroup,
  TokenUndefinedError,
  tasksOf,
} from "../src/index.js";
import { type RecordingServer, startRecordingServer } from "../src/testing/index.js";
import { built, EchoClient } from "./echo-client.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.splice(0);
  built.splice(0);
  server.respondWith(() => ({ body: { ok: true } }));
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("a client built from task groups", () => {
  it("has the groups as namespaces and the aliases as methods, each the same declared task", async () => {
    const echo = new EchoClient({ token: "tok-echo-1", baseUrl: server.url });
    expect(echo.things).toBeInstanceOf(TaskGroup);
    expect(echo.things).toBe(echo.things);
    expect(tasksOf(echo).map((task) => `${task.group}.${task.name}:${task.spec.name}`)).toEqual([
      "things.get:Get Path",
      "things.create:Create Thing",
      "things.list:List Things",
    ]);
    expect(await echo.getThing({ path: "/things/1" })).toEqual({ ok: true });
    expect(server.requests.map((request) => request.url)).toEqual(["/things/1"]);
    expect(EchoClient.name).toBe("EchoClient");
  });

  it("sends the token a function gives at each call, and builds one vendor client per token", async () => {
    let turn = 0;
    const echo = new EchoClient({ token: async () => `tok-rotating-${++turn > 2 ? 2 : 1}`, baseUrl: server.url });
    for (let i = 0; i < 4; i++) await echo.things.get({ path: "/x" });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      "Bearer tok-rotating-1",
      "Bearer tok-rotating-1",
      "Bearer tok-rotating-2",
      "Bearer tok-rotating-2",
    ]);
    expect(built).toEqual(["tok-rotating-1", "tok-rotating-2"]);
  });

  it("fails a call whose token function gives nothing, before sending", async () => {
    const echo = new EchoClient({ token: () => "", baseUrl: server.url });
    const error = await failureOf(echo.things.get({ path: "/x" }));
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect((error as Error).message).toMatch(
      /^Echo client \(echo\): the `token` function returned an empty string, not a token.*ECHO_TOKEN/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{}, MissingCredentialError, /Echo client \(echo\) needs a token\. Pass `token`.*process\.env\.ECHO_TOKEN/],
    [{ token: undefined }, TokenUndefinedError, /ECHO_TOKEN is not set\. Set it, or pass a function/],
    [{ token: 42 }, InvalidOptionsError, /must be a string or a function, got number/],
    [{ token: "tok", baseUrl: "localhost:3000" }, InvalidOptionsError, /`baseUrl` option must be an absolute/],
    [{ token: "tok", timeoutMs: -1 }, InvalidOptionsError, /`timeoutMs` option must be a positive number/],
  ])("refuses unusable options at construction: %j", (options, type, message) => {
    const create = () => new EchoClient({ baseUrl: server.url, ...options } as never);
    expect(create).toThrow(type);
    expect(create).toThrow(message);
  });

  it("names itself by the `id` option in messages", async () => {
    server.respondWith(() => ({ status: 404, body: { message: "no such thing" } }));
    const echo = new EchoClient({ id: "echo-eu", token: "tok-echo-1", baseUrl: server.url });
    const error = await failureOf(echo.things.get({ path: "/missing" }));
    expect((error as Error).message).toMatch(/^Echo client \(echo-eu\): "Get Path" failed \(HTTP 404\)/);
  });
});

describe("failures of a plain call", () => {
  it("are ServiceErrors with the verdict and the code, the token scrubbed", async () => {
    const token = "tok-echo-canary-4f1c";
    server.respondWith(() => ({
      status: 429,
      headers: { "retry-after": "30" },
      body: { message: `slow down, ${token}` },
    }));
    const echo = new EchoClient({ token, baseUrl: server.url });
    const error = (await failureOf(echo.things.get({ path: "/x" }))) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.verdict.kind).toBe("rate-limited");
    expect(inspect(error, { depth: 12 })).not.toContain(token);
  });

  it("time out after timeoutMs, retryably", async () => {
    server.respondWith(() => ({ hang: true }));
    const echo = new EchoClient({ token: "tok-echo-1", baseUrl: server.url, timeoutMs: 200 });
    const started = Date.now();
    const error = (await failureOf(echo.things.get({ path: "/slow" }))) as ServiceError;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.message).toMatch(/did not answer within 200 ms/);
    expect(error.verdict).toEqual({ kind: "transient" });
  });

  it("read a bounded number of pages, and refuse an unbounded `paginate`", async () => {
    server.respondWith((request) => {
      const page = Number(new URL(request.url, server.url).searchParams.get("page") ?? "1");
      return { headers: { link: `<${server.url}/things?page=${page + 1}>; rel="next"` }, body: [{ page }] };
    });
    const echo = new EchoClient({ token: "tok-echo-1", baseUrl: server.url });
    expect(await echo.listThings({}, { paginate: { maxPages: 3 } })).toEqual([{ page: 1 }, { page: 2 }, { page: 3 }]);
    expect(server.requests).toHaveLength(3);
    const error = (await failureOf(echo.things.list({}, { paginate: {} }))) as ServiceError;
    expect(error.verdict).toEqual({ kind: "permanent" });
    expect(server.requests).toHaveLength(3);
  });
});

describe("the vendor client", () => {
  it("is the one the tasks use for the current token (native), and runs under the kit's rules (call)", async () => {
    const echo = new EchoClient({ token: "tok-echo-native", baseUrl: server.url });
    const native = await echo.native();
    expect(native).toBeInstanceOf(JsonHttpClient);
    expect(await echo.native()).toBe(native);
    expect(await native.get("/raw")).toEqual({ ok: true });

    server.respondWith(() => ({ status: 403, body: { message: "tok-echo-native is not allowed" } }));
    const error = (await failureOf(echo.call("Get Raw", (client) => client.get("/raw")))) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toMatch(/"Get Raw" failed \(HTTP 403\).*\[REDACTED\] is not allowed/);
    expect(error.verdict).toEqual({ kind: "permanent" });
  });
});

describe("side effects of plain calls", () => {
  let lossy: Server;
  let lossyUrl: string;
  beforeAll(async () => {
    // Reads the request, then drops the connection: the service acted, the answer was lost.
    lossy = createServer((req) => {
      req.resume();
      req.on("end", () => req.socket.destroy());
    });
    await new Promise<void>((resolve) => lossy.listen(0, "127.0.0.1", resolve));
    lossyUrl = `http://127.0.0.1:${(lossy.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => lossy.close(() => resolve())));

  it("an unchecked create whose answer was lost fails permanently; a read stays retryable", async () => {
    const echo = new EchoClient({ token: "tok-echo-1", baseUrl: lossyUrl });
    const create = (await failureOf(echo.things.create({ name: "widget" }))) as ServiceError;
    expect(create.verdict).toEqual({ kind: "permanent" });
    expect(create.message).toMatch(/may already have acted on it/);
    const read = (await failureOf(echo.things.get({ path: "/x" }))) as ServiceError;
    expect(read.verdict).toEqual({ kind: "transient" });
  });
});
