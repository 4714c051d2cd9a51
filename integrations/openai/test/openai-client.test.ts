import { inspect } from "node:util";
import { ServiceError, tasksOf } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { catchServiceError, OpenaiClient, type OpenaiClientOptions } from "../src/client.js";
import { Openai } from "../src/index.js";
import { TEST_KEY, useOpenaiStandIn } from "./support/use-stand-in.js";

const standIn = useOpenaiStandIn();

const client = (options: Partial<OpenaiClientOptions> = {}) =>
  new OpenaiClient({ token: TEST_KEY, baseUrl: standIn().baseUrl, ...options });

describe("OpenaiClient (v4 and plain Node)", { timeout: 60_000 }, () => {
  it("has the v2 class's namespaces and tasks, built from the same declarations, but the removed Edits API", () => {
    const names = (tasks: ReturnType<typeof tasksOf>) => tasks.map((t) => `${t.group}.${t.name}:${t.spec.name}`).sort();
    const v2 = names(tasksOf(new Openai({ id: "openai", apiKey: TEST_KEY })));
    expect(v2.length).toBe(95);
    expect(names(tasksOf(client()))).toEqual(v2.filter((name) => !name.startsWith("edits.")));
  });

  it("calls a task as a plain awaited call, validated by the stand-in, without the key in the output", async () => {
    const openai = client();
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(completion.object).toBe("chat.completion");
    const [request] = standIn().requests;
    expect(request).toMatchObject({ operationId: "createChatCompletion", violations: [], apiKey: TEST_KEY });
    expect(inspect(completion, { depth: 10 })).not.toContain(TEST_KEY);
    const models = await openai.listModels();
    expect(Array.isArray(models)).toBe(true);
  });

  it("throws a ServiceError whose verdict catchServiceError answers v4 with", async () => {
    standIn().failNext("POST /embeddings", { status: 429, resetRequests: "6m0s" });
    const error = await client()
      .embeddings.create({ model: "text-embedding-3-small", input: "x" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    const answer = catchServiceError({ error } as never);
    expect(answer?.retryAt?.getTime()).toBeGreaterThan(Date.now() + 300_000);
  });

  it("finds a batch a lost answer hid, given an idempotency key", async () => {
    const params = {
      input_file_id: "file-abc",
      endpoint: "/v1/embeddings" as const,
      completion_window: "24h" as const,
    };
    standIn().failNext("POST /batches", { loseResponse: true });
    await client()
      .batches.create(params, { idempotencyKey: "run-1-batch" })
      .catch(() => undefined);
    const batch = await client().batches.create(params, { idempotencyKey: "run-1-batch" });
    expect(
      standIn()
        .objects("/batches")
        .map((made) => made.id),
    ).toEqual([batch.id]);
  });

  it("refuses the waiting variants, which need v2's io, and says what to do", async () => {
    const error = await client()
      .files.waitForProcessing("file-abc")
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/v2 job/);
    expect(standIn().requests).toHaveLength(0);
  });
});
