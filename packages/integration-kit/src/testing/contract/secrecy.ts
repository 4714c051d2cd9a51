import { inspect } from "node:util";
import type { IntegrationOptions } from "@acme/integration-kit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordedRequest, RecordedResponse } from "../recording-server.js";
import type { ContractContext } from "./subject.js";

const CANARY = "tok-canary-5b1e2d9f";

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

/** A canary credential must not reach errors, log lines, task params, properties or output. */
export function describeSecrecy<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, make, bind, server } = context;
  const echoing =
    (response: RecordedResponse) =>
    (request: RecordedRequest): RecordedResponse => {
      const credential = subject.credentialOf(request) ?? "";
      const echoed = `you sent ${credential}`;
      const body =
        response.body && typeof response.body === "object"
          ? { ...response.body, echoed, message: echoed }
          : response.body;
      return { ...response, headers: { ...response.headers, "x-echoed": echoed }, body };
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
      ["answers garbage", () => ({ status: 200, body: "{not json" })],
    ] as const)("never shows the credential when the service echoes it back and %s", async (_, response) => {
      server().respondWith(echoing(response()));
      const { bound, tasks } = bind(make({ token: CANARY }));
      const error = await subject.task(bound, "canary").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(server().requests.some((r) => subject.credentialOf(r) === CANARY)).toBe(true);
      const shown = {
        error,
        message: (error as Error | undefined)?.message,
        stack: (error as Error | undefined)?.stack,
        tasks,
      };
      expect(inspect(shown, { depth: 12, getters: true })).not.toContain(CANARY);
      expect(JSON.stringify(tasks.map(({ options, output }) => ({ options, output })))).not.toContain(CANARY);
      expect(output.lines.join("\n")).not.toContain(CANARY);
    });
  });
}
