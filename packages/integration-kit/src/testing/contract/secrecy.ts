import { inspect } from "node:util";
import type { IntegrationOptions } from "@acme/integration-kit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordedRequest, RecordedResponse } from "../recording-server.js";
import type { ContractContext } from "./subject.js";

/** The canary credential: `/`, `+` and `=` make its URL-encoded form differ from the raw one. */
const CANARY = "tok-canary/5b1e+2d9f=Qx7";

const base64 = (text: string) => Buffer.from(text).toString("base64");
const base64url = (text: string) => Buffer.from(text).toString("base64url");

/** The forms a service may echo a credential in, each of which must be found nowhere. */
function formsOf(credential: string) {
  return {
    raw: credential,
    urlEncoded: encodeURIComponent(credential),
    base64: base64(credential),
    base64url: base64url(credential),
    basicAccessToken: `Basic ${base64(`x-access-token:${credential}`)}`,
    basicUser: `Basic ${base64(`octocat:${credential}`)}`,
    basicTokenColon: `Basic ${base64(`${credential}:`)}`,
  };
}

/** What to search every view for: the raw and URL-encoded canary, and the secret part of each base64. */
const NEEDLES = [
  CANARY,
  encodeURIComponent(CANARY),
  base64(CANARY).slice(0, 20),
  base64url(CANARY).slice(0, 20),
  base64(`x-access-token:${CANARY}`).slice(20, 40),
  base64(`octocat:${CANARY}`).slice(12, 32),
];

/** `value` nested `levels` deep: `{ d1: { d2: ... value } }`. */
function nested(value: unknown, levels: number): unknown {
  let result = value;
  for (let level = levels; level > 0; level--) result = { [`d${level}`]: result };
  return result;
}

/** JSON.stringify that survives cycles (vendor errors hold their request and response). */
function json(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_key, inner: unknown) => {
        if (inner && typeof inner === "object") {
          if (seen.has(inner)) return "[cycle]";
          seen.add(inner);
        }
        return typeof inner === "bigint" ? String(inner) : inner;
      }) ?? ""
    );
  } catch (error) {
    return `unserialisable: ${String(error)}`;
  }
}

/** The error and every error it wraps, as people look at them: message, stack, JSON, util.inspect. */
function errorViews(error: unknown): string[] {
  const views: string[] = [];
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const { message, stack, cause } = current as { message?: unknown; stack?: unknown; cause?: unknown };
    views.push(String(message), String(stack), json(current), inspect(current, { depth: Number.POSITIVE_INFINITY }));
    current = cause;
  }
  return views;
}

/** Everything the process printed while the check ran. */
function captureOutput() {
  const lines: string[] = [];
  const record = (...args: unknown[]) => {
    lines.push(args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 8 }))).join(" "));
  };
  const spies = [
    ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(record),
    ),
    ...([process.stdout, process.stderr] as const).map((stream) =>
      vi.spyOn(stream, "write").mockImplementation((chunk: unknown) => {
        record(String(chunk));
        return true;
      }),
    ),
  ];
  return {
    lines,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

/**
 * A canary credential must not reach errors (at any depth of their cause chain, in any view), log
 * lines, task params, properties or output, even when the service echoes it in every common
 * encoding, deep in its answer, in its headers and in the messages vendor SDKs log.
 */
export function describeSecrecy<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, make, bind, server } = context;
  const echoing =
    (response: RecordedResponse) =>
    (request: RecordedRequest): RecordedResponse => {
      const forms = formsOf(subject.credentialOf(request) ?? "");
      const said = `you sent ${Object.values(forms).join(" / ")}`;
      const body =
        response.body && typeof response.body === "object"
          ? {
              ...response.body,
              echoed: nested(forms, 8),
              message: said,
              errors: [{ message: said, detail: nested(forms, 8) }],
              // Slack's WebClient logs these; others ignore them.
              response_metadata: {
                messages: [`[ERROR] token Bearer ${forms.raw}`, `[WARN] ${said}`],
                warnings: [said],
              },
            }
          : typeof response.body === "string"
            ? `${response.body} ${said}`
            : response.body;
      const headers = {
        ...response.headers,
        "x-echoed": said,
        // Octokit logs a deprecation warning naming these.
        deprecation: "true",
        sunset: forms.raw,
        link: `<https://example.com/${forms.urlEncoded}>; rel="deprecation"`,
      };
      return { ...response, headers, body };
    };

  describe("secrecy", () => {
    let output: ReturnType<typeof captureOutput>;
    beforeEach(() => {
      output = captureOutput();
    });
    afterEach(() => output.restore());

    it.each([
      ["succeeds", () => ({ body: { ok: true } })],
      ["is rate limited", () => subject.rateLimited()],
      ["fails for good", () => subject.permanent()],
      ["answers a server error", () => ({ status: 500, body: { ok: false, error: "internal_error" } })],
      ["answers an error with a platform message", () => ({ body: { ok: false, error: "invalid_arguments" } })],
      ["answers garbage", () => ({ status: 200, body: "{not json" })],
      ["answers an HTML page", () => ({ status: 502, headers: { "content-type": "text/html" }, body: "<html>" })],
    ] as const)(
      "never shows the credential, in any encoding, when the service echoes it back and %s",
      async (_, response) => {
        server().respondWith(echoing(response()));
        const { bound, tasks } = bind(make({ token: CANARY }));
        const result = await subject.task(bound, "canary").then(
          (value: unknown) => ({ value }),
          (error: unknown) => ({ error }),
        );
        expect(server().requests.some((r) => subject.credentialOf(r) === CANARY)).toBe(true);
        const views = {
          error: "error" in result ? errorViews(result.error).join("\n") : "",
          "task records": inspect(tasks, { depth: Number.POSITIVE_INFINITY, getters: true }),
          "task params, properties and output": json(tasks.map(({ options, output }) => ({ options, output }))),
          "the task's return value": "value" in result ? json(result.value) : "",
          "console and stdout/stderr": output.lines.join("\n"),
        };
        for (const [where, text] of Object.entries(views)) {
          for (const needle of NEEDLES) expect(text, `${where} show the canary as ${needle}`).not.toContain(needle);
        }
      },
    );
  });
}
