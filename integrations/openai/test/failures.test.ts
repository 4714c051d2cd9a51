import { MAX_RATE_LIMITED_ATTEMPTS, ServiceError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { MARKER_KEY, parseResetDuration } from "../src/index.js";
import { bindToStandIn, TEST_KEY, useOpenaiStandIn } from "./support/use-stand-in.js";

const chat = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }] };

/** Runs a task to failure and returns the error and what the kit answered Trigger.dev. */
async function failure(run: Promise<unknown>, tasks: { answer?: unknown }[]) {
  const error = await run.then(
    () => expect.unreachable("the task succeeded"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return { error: error as ServiceError, answer: tasks.at(-1)?.answer as { retryAt?: Date; skipRetrying?: boolean } };
}

describe("OpenAI's failures, read from the real openai SDK against the stand-in", () => {
  const standIn = useOpenaiStandIn();

  it("answers a 429 with retryAt at x-ratelimit-reset-requests (6m0s) when no requests remain", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /chat/completions", { status: 429, resetRequests: "6m0s", resetTokens: "1s" });
    const before = Date.now();
    const { error, answer } = await failure(openai.chat.completions.create("chat", chat), tasks);
    expect(error.verdict.kind).toBe("rate-limited");
    expect(answer.retryAt?.getTime()).toBeGreaterThanOrEqual(before + 360_000);
    expect(answer.retryAt?.getTime()).toBeLessThan(Date.now() + 361_000);
    expect(error.message).toMatch(
      /OpenAI integration \(openai\): "Chat Completion" failed \(HTTP 429, rate_limit_exceeded\)/,
    );
  });

  it("uses the tokens reset when the tokens ran out, never sooner than a second", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /embeddings", { status: 429, type: "tokens", resetTokens: "12ms" });
    const before = Date.now();
    const { answer } = await failure(
      openai.embeddings.create("embed", { model: "text-embedding-3-small", input: "x" }),
      tasks,
    );
    expect(answer.retryAt?.getTime()).toBeGreaterThanOrEqual(before + 1_000);
    expect(answer.retryAt?.getTime()).toBeLessThan(before + 2_000);
  });

  it("prefers retry-after-ms, then retry-after, to the reset headers", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("GET /models/{model}", { status: 429, retryAfterMs: 2_500, retryAfter: 40 });
    const before = Date.now();
    const first = await failure(openai.models.retrieve("m1", { model: "gpt-4o" }), tasks);
    expect(first.answer.retryAt?.getTime()).toBeGreaterThanOrEqual(before + 2_500);
    expect(first.answer.retryAt?.getTime()).toBeLessThan(before + 4_000);
    standIn().failNext("GET /models/{model}", { status: 429, retryAfter: 40 });
    const second = await failure(openai.models.retrieve("m2", { model: "gpt-4o" }), tasks);
    expect(second.answer.retryAt?.getTime()).toBeGreaterThanOrEqual(before + 40_000);
  });

  it("stops answering a rate limit with retryAt at attempt 10", async () => {
    const { openai, tasks } = bindToStandIn(standIn(), {}, { attempt: MAX_RATE_LIMITED_ATTEMPTS });
    standIn().failNext("POST /chat/completions", { status: 429 });
    const { answer } = await failure(openai.chat.completions.create("chat", chat), tasks);
    expect(answer.skipRetrying).toBe(true);
  });

  it("does not retry insufficient_quota, and says it is about billing", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /chat/completions", { status: 429, code: "insufficient_quota" });
    const { error, answer } = await failure(openai.createChatCompletion("chat", chat), tasks);
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(answer.retryAt).toBeUndefined();
    expect(error.serviceCode).toBe("insufficient_quota");
    expect(error.message).toMatch(/exceeded your current quota/);
    expect(error.message).toMatch(/billing/);
  });

  it.each([400, 401, 403, 404, 422])("fails HTTP %i at once with OpenAI's message", async (status) => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /chat/completions", { status, message: `OpenAI says no (${status})`, code: "some_code" });
    const { error, answer } = await failure(openai.chat.completions.create("chat", chat), tasks);
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(error.status).toBe(status);
    expect(error.message).toContain(`OpenAI says no (${status})`);
    expect(error.code).toBe("SERVICE_ERROR");
  });

  it("rejects a request OpenAI's description does not allow, as OpenAI would: 400, not retried", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    const bad = { model: "gpt-4o-mini", messages: [{ role: "robot", content: "Hi" }] } as never;
    const { error, answer } = await failure(openai.chat.completions.create("chat", bad), tasks);
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/does not match OpenAI's API description: body\/messages\/0\/role/);
    expect(standIn().requests[0]?.violations.length).toBeGreaterThan(0);
  });

  it.each([500, 502, 503])("leaves HTTP %i of a read to the default backoff", async (status) => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("GET /files/{file_id}", { status });
    const { error, answer } = await failure(openai.files.retrieve("file", "file-abc"), tasks);
    expect(error.verdict.kind).toBe("transient");
    expect(answer).toBeUndefined();
  });

  it("retries a proxy's HTML page, naming the status and the page's title, not the page", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /embeddings", { status: 502, html: true });
    const { error, answer } = await failure(
      openai.embeddings.create("embed", { model: "text-embedding-3-small", input: "x" }),
      tasks,
    );
    expect(answer).toBeUndefined();
    expect(error.message).toMatch(/HTML page/);
    expect(error.message).not.toContain("<center>");
  });

  it("fails a silent OpenAI within timeoutMs, retryably", async () => {
    const { openai, tasks } = bindToStandIn(standIn(), { timeoutMs: 300 });
    standIn().failNext("GET /models/{model}", { slowResponse: 2_000 });
    const started = Date.now();
    const { error, answer } = await failure(openai.models.retrieve("m", { model: "gpt-4o" }), tasks);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error.verdict.kind).toBe("transient");
    expect(answer).toBeUndefined();
  });

  it("never shows the API key, even when OpenAI's message quotes it", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /chat/completions", { status: 401, message: `Incorrect API key provided: ${TEST_KEY}.` });
    const { error } = await failure(openai.chat.completions.create("chat", chat), tasks);
    expect(error.message).toContain("Incorrect API key provided");
    let current: unknown = error;
    for (let depth = 0; current && depth < 8; depth++) {
      expect(String((current as Error).message)).not.toContain(TEST_KEY);
      expect(String((current as Error).stack)).not.toContain(TEST_KEY);
      current = (current as Error).cause;
    }
    expect(JSON.stringify(tasks.at(-1)?.options)).not.toContain(TEST_KEY);
  });
});

describe("what a retry may repeat", () => {
  const standIn = useOpenaiStandIn();

  it("finds the batch a lost answer hid, by its metadata, instead of creating a second", async () => {
    const params = {
      input_file_id: "file-abc",
      endpoint: "/v1/chat/completions" as const,
      completion_window: "24h" as const,
    };
    const first = bindToStandIn(standIn());
    standIn().failNext("POST /batches", { loseResponse: true });
    const lost = await failure(first.openai.batches.create("batch", params), first.tasks);
    // Without the earlier-result check the kit would refuse to retry; with it the lost answer is retried.
    expect(lost.error.verdict.kind).toBe("transient");
    const [made] = standIn().objects("/batches");
    expect(made?.metadata).toMatchObject({ [MARKER_KEY]: "task_1" });

    const retry = bindToStandIn(standIn(), {}, { attempt: 2 });
    const batch = await retry.openai.batches.create("batch", params);
    expect(batch.id).toBe(made?.id);
    expect(standIn().objects("/batches")).toHaveLength(1);
  });

  it("does not retry a file upload whose answer was lost: OpenAI cannot find it again", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /files", { loseResponse: true });
    const { error, answer } = await failure(
      openai.files.create("upload", { file: "{}\n", fileName: "a.jsonl", purpose: "batch" }),
      tasks,
    );
    expect(answer).toMatchObject({ skipRetrying: true });
    expect(error.message).toMatch(/may already have acted on it/);
    expect(standIn().objects("/files")).toHaveLength(1);
  });

  it("retries a chat completion whose answer was lost: it stores nothing", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /chat/completions", { loseResponse: true });
    const { error, answer } = await failure(openai.chat.completions.create("chat", chat), tasks);
    expect(error.verdict.kind).toBe("transient");
    expect(answer).toBeUndefined();
  });

  it("does not retry a response create after a 500: it may be stored", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("POST /responses", { status: 500 });
    const { answer } = await failure(openai.responses.create("respond", { model: "gpt-4.1", input: "hi" }), tasks);
    expect(answer).toMatchObject({ skipRetrying: true });
  });
});

describe("options", () => {
  const standIn = useOpenaiStandIn();

  it("never writes to the caller's defaultHeaders, and sends the Assistants beta header per request", async () => {
    const defaultHeaders = Object.freeze({ "x-team": "support" });
    const { openai } = bindToStandIn(standIn(), { defaultHeaders, organization: "org-acme", project: "proj_acme" });
    await openai.beta.assistants.retrieve("a", "asst_abc");
    await openai.models.retrieve("m", { model: "gpt-4o" });
    const [assistants, models] = standIn().requests;
    expect(assistants?.headers["openai-beta"]).toBe("assistants=v2");
    expect(models?.headers["openai-beta"]).toBeUndefined();
    expect(models?.headers).toMatchObject({
      "x-team": "support",
      "openai-organization": "org-acme",
      "openai-project": "proj_acme",
    });
    expect(defaultHeaders).toEqual({ "x-team": "support" });
  });

  it("sends no retries of its own: one request per failed call", async () => {
    const { openai, tasks } = bindToStandIn(standIn());
    standIn().failNext("GET /models/{model}", { status: 503 }, 5);
    await failure(openai.models.retrieve("m", { model: "gpt-4o" }), tasks);
    expect(standIn().requests).toHaveLength(1);
  });

  it("takes @trigger.dev/openai's option names: apiKey and baseURL", async () => {
    const { openai } = bindToStandIn(standIn(), { baseUrl: undefined, baseURL: standIn().baseUrl });
    await openai.listModels("models");
    expect(standIn().requests[0]?.apiKey).toBe(TEST_KEY);
  });
});

describe("parseResetDuration", () => {
  it.each([
    ["6m0s", 360_000],
    ["12ms", 12],
    ["1s", 1_000],
    ["1h30m", 5_400_000],
    ["0.5s", 500],
    ["2.123s", 2_123],
    ["20", 20_000],
    ["1d", 86_400_000],
  ])("reads %s as %i ms", (text, ms) => {
    expect(parseResetDuration(text)).toBe(ms);
  });

  it.each(["", "soon", "6 m", "-1s", "1x"])("refuses %j", (text) => {
    expect(parseResetDuration(text)).toBeUndefined();
  });
});
