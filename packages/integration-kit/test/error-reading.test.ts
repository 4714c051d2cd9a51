import { describe, expect, it, vi } from "vitest";
import {
  describeNetworkFailure,
  describeNonJsonAnswer,
  readErrorBody,
  redactingLogger,
  ServiceError,
  summarizeBody,
} from "../src/index.js";

describe("readErrorBody", () => {
  it.each([
    [{ message: "Not Found" }, { message: "Not Found" }],
    [
      { name: "validation_error", message: "The `to` field is missing." },
      { message: "The `to` field is missing.", code: "validation_error" },
    ],
    [{ error: "not_found" }, { code: "not_found" }],
    [{ error: "not found" }, { message: "not found" }],
    [
      { error: "invalid_grant", error_description: "Bad code" },
      { message: "Bad code", code: "invalid_grant" },
    ],
    [
      { error: { type: "invalid_request_error", code: "resource_missing", message: "No such customer" } },
      { message: "No such customer", code: "resource_missing" },
    ],
    [
      { errors: [{ message: "Field 'x' doesn't exist", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] },
      { message: "Field 'x' doesn't exist" },
    ],
    [
      { errors: [{ status: "422", code: "taken", detail: "Name is taken" }] },
      { message: "Name is taken", code: "taken" },
    ],
    [{ name: "Error", message: "boom" }, { message: "boom" }],
    ["text", {}],
    [null, {}],
  ])("reads %j", (body, reading) => {
    expect(readErrorBody(body)).toEqual(reading);
  });
});

describe("summarizeBody", () => {
  it("quotes an HTML page's title, decoded, and nothing else", () => {
    const page = `<!doctype html><html><head><title>\n  502 Bad Gateway &middot; nginx &amp; co\n</title></head><body>${"x".repeat(5000)}</body></html>`;
    expect(summarizeBody(page)).toBe("502 Bad Gateway · nginx & co");
  });

  it("takes the first line of text of a page without a title, skipping scripts and styles", () => {
    expect(summarizeBody("<html><style>p{}</style><script>var a</script><body><h1>Service down</h1><p>later</p>")).toBe(
      "Service down",
    );
  });

  it("bounds the length and keeps plain text to its first line", () => {
    expect(summarizeBody(`${"word ".repeat(100)}\nsecond`)).toHaveLength(120);
    expect(summarizeBody("upstream connect error\nreset reason: overflow")).toBe("upstream connect error");
    expect(summarizeBody("   ")).toBe("an empty page");
  });
});

describe("describeNonJsonAnswer", () => {
  it.each([200, 404, 502])("is transient whatever the status (%i)", (status) => {
    const failure = describeNonJsonAnswer(status, "<html><title>Portal</title></html>");
    expect(failure).toMatchObject({ verdict: { kind: "transient" }, status });
    expect(failure.message).toBe('the service answered with an HTML page instead of JSON ("Portal")');
  });
});

describe("describeNetworkFailure", () => {
  const wrapped = (cause: object) => new TypeError("fetch failed", { cause });

  it("says no answer came and names the host, for a refused connection and an unknown host", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:8443"), {
      code: "ECONNREFUSED",
      address: "10.0.0.1",
      port: 8443,
    });
    const unknown = Object.assign(new Error("getaddrinfo ENOTFOUND api.example.test"), {
      code: "ENOTFOUND",
      hostname: "api.example.test",
    });
    expect(describeNetworkFailure(wrapped(refused))?.message).toBe(
      "no answer came from 10.0.0.1:8443: the connection was refused (ECONNREFUSED)",
    );
    expect(describeNetworkFailure(wrapped(unknown))?.message).toBe(
      "no answer came from api.example.test: the host name does not resolve (ENOTFOUND)",
    );
    expect(describeNetworkFailure(wrapped(unknown))?.hint).toMatch(
      /`baseUrl` option \(it points at api\.example\.test\)/,
    );
  });

  it("reads a socket hang up, and the host from the request URL when the socket does not say", () => {
    const hangUp = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const vendor = Object.assign(new Error("request failed", { cause: hangUp }), {
      request: { url: "https://ghe.example.test/api/v3/user" },
    });
    expect(describeNetworkFailure(vendor)).toMatchObject({
      verdict: { kind: "transient" },
      message: "no answer came from ghe.example.test: the connection closed before an answer came (ECONNRESET)",
    });
  });

  it("leaves errors that are not about the network alone", () => {
    expect(describeNetworkFailure(new Error("boom"))).toBeUndefined();
  });
});

describe("messages", () => {
  it.each([
    ["Service is down.", "Not retried."],
    ["Service is down..", "Add a scope"],
    ["Service is down:", "Add a scope."],
  ])("never join two stops (%j + %j)", (message, hint) => {
    const failure = { verdict: { kind: "permanent" as const }, message, hint };
    const error = new ServiceError({ service: { name: "Echo" }, integrationId: "e" }, "Get", failure);
    expect(error.message).not.toMatch(/\.\.|:\./);
    expect(error.message).toMatch(/^Echo integration \(e\): "Get" failed: Service is down\. Not retried/);
  });
});

describe("redactingLogger", () => {
  it("prints the levels it keeps with every form of the secret removed, and drops the rest", () => {
    const secret = "xoxb-logger-canary-42";
    const printed: string[] = [];
    const spies = (["debug", "info", "warn", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((line: string) => printed.push(`${level} ${line}`)),
    );
    try {
      const log = redactingLogger(secret);
      log.debug(`debug ${secret}`);
      log.info(`info ${secret}`);
      log.warn("token", `Bearer ${secret}`, { header: Buffer.from(`x:${secret}`).toString("base64") });
      log.error(new Error(`failed with ${encodeURIComponent(secret)}`));
      redactingLogger(secret, []).error(secret);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(/^warn token Bearer \[REDACTED\]/);
    expect(printed[1]).toMatch(/^error Error: failed with \[REDACTED\]/);
    expect(printed.join("\n")).not.toContain("logger-canary");
  });
});
