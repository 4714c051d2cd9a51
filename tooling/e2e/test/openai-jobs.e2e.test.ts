import { inspect } from "node:util";
import { Openai } from "@acme/openai";
import { type OpenaiStandIn, startOpenaiStandIn } from "@acme/openai-standin";
import { type RunHarness, startRunHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

const OPENAI_KEY = "sk-e2e-canary-7c1d9a2f4b6e8035";

/** Where in `value` a string contains `secret`, as dotted paths. */
function pathsHolding(value: unknown, secret: string, path = "", seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return value.includes(secret) ? [path] : [];
  if (!value || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) =>
    pathsHolding(inner, secret, path ? `${path}.${key}` : key, seen),
  );
}

describe.each(triggerSdks)("OpenAI in jobs run by $alias $version", (sdk) => {
  const run = {} as { openai: OpenaiStandIn; harness: RunHarness; client: TriggerClient };
  beforeAll(async () => {
    run.openai = await startOpenaiStandIn();
    run.harness = await startRunHarness({ log: (line) => console.error(line) });
    run.client = new sdk.TriggerClient({ id: "e2e-openai", ...run.harness.clientOptions });
    const openai = new Openai({ id: "openai", apiKey: OPENAI_KEY, baseUrl: run.openai.baseUrl });
    const trigger = sdk.eventTrigger({ name: "ticket.created" });
    run.client.defineJob({
      id: "summarize",
      name: "Summarize",
      version: "1.0.0",
      trigger,
      integrations: { openai },
      run: async (payload: { text: string }, io) => {
        const completion = await io.openai.createChatCompletion("summarize", {
          model: "gpt-4o-mini",
          messages: [{ role: "user", content: `Summarize: ${payload.text}` }],
        });
        return { id: completion.id, model: completion.model };
      },
    });
    run.client.defineJob({
      id: "background-summarize",
      name: "Summarize in the background",
      version: "1.0.0",
      trigger,
      integrations: { openai },
      run: async (payload: { text: string }, io) => {
        const completion = await io.openai.chat.completions.backgroundCreate("summarize", {
          model: "gpt-4o-mini",
          messages: [{ role: "user", content: payload.text }],
        });
        return { id: completion.id };
      },
    });
    run.client.defineJob({
      id: "embed-batch",
      name: "Embed a batch",
      version: "1.0.0",
      trigger,
      integrations: { openai },
      run: async (payload: { text: string }, io) => {
        const line = {
          custom_id: "t1",
          method: "POST",
          url: "/v1/embeddings",
          body: { model: "text-embedding-3-small", input: payload.text },
        };
        const file = await io.openai.files.create("input", {
          file: `${JSON.stringify(line)}\n`,
          fileName: "batch.jsonl",
          purpose: "batch",
        });
        const batch = await io.openai.batches.create("batch", {
          input_file_id: file.id,
          endpoint: "/v1/embeddings",
          completion_window: "24h",
        });
        const { results } = await io.openai.batches.waitForResults("results", { batch_id: batch.id, interval: 60 });
        return { batch: batch.id, results: results.map((result) => [result.custom_id, result.response?.status_code]) };
      },
    });
  });
  beforeEach(() => run.openai.reset());
  afterAll(async () => {
    await run.harness.close();
    await run.openai.close();
  });

  it("a rate limit (429, x-ratelimit-reset-requests: 2m0s) is retried at the reset, then succeeds", async () => {
    run.openai.failNext("POST /chat/completions", { status: 429, resetRequests: "2m0s" });
    const before = Date.now();
    const result = await run.harness.runJob(run.client, "summarize", { text: "The printer is on fire" });
    expect(result.status).toBe("SUCCESS");
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
    const retryAt = new Date(result.responses[0]?.retryAt as Date).getTime();
    expect(retryAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(retryAt).toBeLessThan(Date.now() + 121_000);
    const [task] = result.tasks;
    expect(task?.name).toBe("Chat Completion");
    expect(task?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(task?.attempts[0]?.error?.message).toMatch(
      /OpenAI integration \(openai\): "Chat Completion" failed \(HTTP 429/,
    );
    expect(run.openai.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(inspect(result, { depth: 12 })).not.toContain(OPENAI_KEY);
  });

  it("insufficient_quota fails the run at once, naming billing", async () => {
    run.openai.failNext("POST /chat/completions", { status: 429, code: "insufficient_quota" });
    const result = await run.harness.runJob(run.client, "summarize", { text: "x" });
    expect(result.status).toBe("ERROR");
    expect(result.executions).toBe(1);
    expect(result.error?.message).toMatch(/insufficient_quota.*billing/s);
  });

  it("a background chat completion is fetched by the run API, with the key marked redacted", async () => {
    const result = await run.harness.runJob(run.client, "background-summarize", { text: "Long report" });
    expect(result.status).toBe("SUCCESS");
    const fetchTask = result.tasks.find((task) => task.name.startsWith("fetch response"));
    expect(fetchTask).toBeDefined();
    const headers = (fetchTask?.params as { requestInit: { headers: Record<string, unknown> } } | undefined)
      ?.requestInit.headers;
    expect(headers).toBeDefined();
    expect(headers?.Authorization).toEqual({
      __redactedString: true,
      strings: ["Bearer ", ""],
      interpolations: [OPENAI_KEY],
    });
    // Outside that redacted field, the key appears nowhere in the run: tasks, params, outputs, responses.
    expect(pathsHolding(result, OPENAI_KEY)).toEqual([
      expect.stringMatching(/requestInit\.headers\.Authorization\.interpolations\.0$/),
    ]);
    expect(run.openai.requests.map((request) => `${request.method} ${request.route} ${request.status}`)).toEqual([
      "POST /chat/completions 200",
    ]);
  });

  it("a batch waits with Trigger.dev's background poll, then returns its parsed results", async () => {
    const result = await run.harness.runJob(run.client, "embed-batch", { text: "hello" });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toMatchObject({ results: [["t1", 200]] });
    expect(result.tasks.some((task) => task.name.startsWith("poll "))).toBe(true);
    // The poll waited on the harness clock between requests: no sleeping in a task.
    expect(result.simulatedWaitMs).toBeGreaterThan(0);
    expect(run.openai.objects("/batches")).toHaveLength(1);
  });
});
