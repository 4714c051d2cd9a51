import { describe, expect, it } from "vitest";
import { describeHttpFailure, HttpResponseError, JsonHttpClient } from "../src/index.js";
import { useRecordingServer } from "../src/testing/index.js";

const server = useRecordingServer();
const client = (timeoutMs?: number) =>
  new JsonHttpClient({ baseUrl: `${server().url}/v1/`, headers: { authorization: "Bearer tok-http-1" }, timeoutMs });

describe("JsonHttpClient", () => {
  it("sends JSON with the configured headers and returns the JSON answer", async () => {
    server().respondWith(() => ({ status: 201, body: { id: 7 } }));
    expect(await client().post("things", { name: "x" })).toEqual({ id: 7 });
    expect(server().requests[0]).toMatchObject({ method: "POST", url: "/v1/things", body: '{"name":"x"}' });
    expect(server().requests[0]?.headers).toMatchObject({
      authorization: "Bearer tok-http-1",
      "content-type": "application/json",
    });
  });

  it("returns null for an empty body", async () => {
    server().respondWith(() => ({ status: 204, body: "" }));
    expect(await client().request("DELETE", "/things/1")).toBeNull();
  });

  it("throws HttpResponseError with status, headers and parsed body for an error status", async () => {
    server().respondWith(() => ({ status: 422, headers: { "x-request-id": "r1" }, body: { message: "name taken" } }));
    const error = await client()
      .get("/things")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpResponseError);
    expect(error).toMatchObject({
      code: "HTTP_RESPONSE",
      status: 422,
      body: { message: "name taken" },
      unreadableBody: false,
    });
    expect((error as HttpResponseError).headers["x-request-id"]).toBe("r1");
  });

  it("throws for a success status whose body is not JSON", async () => {
    server().respondWith(() => ({ status: 200, body: "<html>hi</html>" }));
    await expect(client().get("/page")).rejects.toMatchObject({ status: 200, unreadableBody: true });
  });

  it("aborts a request that gets no answer within timeoutMs", async () => {
    server().respondWith(() => ({ hang: true }));
    const started = Date.now();
    await expect(client(200).get("/slow")).rejects.toMatchObject({
      name: "TimeoutError",
      message: "timed out: no answer within 200 ms",
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("describeHttpFailure", () => {
  const now = Date.UTC(2026, 0, 1);
  const failure = (status: number, headers: Record<string, string> = {}, body: unknown = {}) =>
    describeHttpFailure(new HttpResponseError(status, headers, body), now);

  it("reads rate limits from Retry-After or an exhausted x-ratelimit-reset", () => {
    expect(failure(429, { "retry-after": "30" })?.verdict).toEqual({
      kind: "rate-limited",
      retryAt: new Date(now + 30_000),
    });
    expect(
      failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 60) })?.verdict,
    ).toEqual({
      kind: "rate-limited",
      retryAt: new Date(now + 60_000),
    });
  });

  it("treats client errors as permanent, 5xx and unexplained 429 as transient", () => {
    for (const status of [400, 401, 403, 404, 410, 422]) expect(failure(status)?.verdict.kind).toBe("permanent");
    for (const status of [429, 500, 502, 503]) expect(failure(status)?.verdict.kind).toBe("transient");
  });

  it("keeps the service's own message and says how to fix it", () => {
    expect(failure(401, {}, { message: "Bad credentials" })).toMatchObject({
      message: "Bad credentials",
      hint: expect.stringContaining("token"),
    });
    expect(failure(502, {}, "<html>Bad gateway</html>")?.message).toBe("the service answered HTTP 502");
  });

  it("ignores errors that are not HTTP responses", () => {
    expect(describeHttpFailure(new Error("boom"))).toBeUndefined();
  });
});
