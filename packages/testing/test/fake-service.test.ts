import { afterEach, describe, expect, it } from "vitest";
import { type FakeService, FakeServiceRouteError, startFakeService } from "../src/index.js";

let service: FakeService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const call = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${service?.url}${path}`, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
};

describe("startFakeService", () => {
  it("answers a route with its path parameters, and records the parsed request", async () => {
    service = await startFakeService({
      routes: {
        "POST /repos/{owner}/{repo}/issues": ({ params, body }) => ({
          status: 201,
          body: { number: 7, title: (body as { title: string }).title, repo: `${params.owner}/${params.repo}` },
        }),
      },
    });
    const created = await call("/repos/acme/app/issues?draft=1", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "token t-1" },
      body: JSON.stringify({ title: "Crash" }),
    });
    expect(created).toMatchObject({ status: 201, body: { number: 7, title: "Crash", repo: "acme/app" } });
    expect(service.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/repos/acme/app/issues",
        query: { draft: "1" },
        params: { owner: "acme", repo: "app" },
        body: { title: "Crash" },
        route: "POST /repos/{owner}/{repo}/issues",
      }),
    ]);
    expect(service.requests[0]?.headers.authorization).toBe("token t-1");
  });

  it("reads form-encoded bodies (Slack's Web API) into their fields", async () => {
    service = await startFakeService({ routes: { "POST /api/chat.postMessage": { body: { ok: true, ts: "1.2" } } } });
    const posted = await call("/api/chat.postMessage", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ channel: "C1", text: "hi" }).toString(),
    });
    expect(posted.body).toEqual({ ok: true, ts: "1.2" });
    expect(service.requests[0]?.body).toEqual({ channel: "C1", text: "hi" });
  });

  it("answers queued responses once, in order, before the route's own answer", async () => {
    service = await startFakeService({ routes: { "GET /user": { body: { login: "octocat" } } } });
    service.answerNext("GET /user", { status: 429, headers: { "retry-after": "30" }, body: { message: "slow down" } });
    service.answerNext("GET /user", { status: 502 });
    const first = await call("/user");
    expect([first.status, first.headers.get("retry-after"), first.body]).toEqual([429, "30", { message: "slow down" }]);
    expect((await call("/user")).status).toBe(502);
    expect(await call("/user")).toMatchObject({ status: 200, body: { login: "octocat" } });
  });

  it("answers an unknown request with a 404 naming the route to add, and lists it", async () => {
    service = await startFakeService();
    const missing = await call("/repos/acme/app/labels", { method: "DELETE" });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      message: expect.stringContaining('service.route("DELETE /repos/acme/app/labels", ...)'),
    });
    expect(service.unmatched.map((request) => `${request.method} ${request.path}`)).toEqual([
      "DELETE /repos/acme/app/labels",
    ]);
  });

  it("lets a later route() replace an answer, matches any method with *, and refuses a malformed route", async () => {
    service = await startFakeService({ routes: { "GET /status": { body: { up: true } } } });
    service.route("GET /status", { status: 503, body: { up: false } });
    service.route("* /any/{id}", ({ method, params }) => ({ body: { method, id: params.id } }));
    expect((await call("/status")).status).toBe(503);
    expect((await call("/any/a%20b", { method: "PUT" })).body).toEqual({ method: "PUT", id: "a b" });
    expect(() => service?.route("/no-method", {})).toThrow(FakeServiceRouteError);
    expect(() => service?.route("get /lower", {})).toThrow(/is not "METHOD \/path"/);
  });

  it("answers a 500 naming the route when a scripted answer throws", async () => {
    service = await startFakeService({
      routes: {
        "GET /boom": () => {
          throw new Error("script bug");
        },
      },
    });
    const broken = await call("/boom");
    expect(broken).toMatchObject({
      status: 500,
      body: { message: expect.stringContaining("GET /boom threw: Error: script bug") },
    });
  });
});
