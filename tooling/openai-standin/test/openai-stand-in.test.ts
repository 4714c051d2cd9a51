import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenaiStandIn, startOpenaiStandIn } from "../src/index.js";

let standIn: OpenaiStandIn;
let client: OpenAI;
beforeAll(async () => {
  standIn = await startOpenaiStandIn();
  client = new OpenAI({ apiKey: "sk-stand-in-test", baseURL: standIn.baseUrl, maxRetries: 0 });
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${standIn.baseUrl}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer sk-stand-in-test", "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("checking requests against OpenAI's description", () => {
  it("answers a valid request with an example shaped by the response schema", async () => {
    const completion = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-4o-mini");
    expect(completion.choices[0]?.message.role).toBe("assistant");
    expect(standIn.requests[0]).toMatchObject({ operationId: "createChatCompletion", status: 200, violations: [] });
  });

  it("rejects a body the description does not allow, with OpenAI's error shape and what was wrong", async () => {
    const response = await post("/chat/completions", {
      model: "gpt-4o-mini",
      messages: [{ role: "robot", content: "Hi" }],
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string; type: string; code: string } };
    expect(error.type).toBe("invalid_request_error");
    expect(error.message).toMatch(/body\/messages\/0\/role: must be equal to one of the allowed values/);
    expect(standIn.requests[0]?.violations.length).toBeGreaterThan(0);
  });

  it("rejects a missing required field and a field the schema does not name", async () => {
    const missing = await post("/embeddings", { input: "hello" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/must have required property 'model'/);
    const misspelt = await post("/embeddings", { model: "text-embedding-3-small", input: "x", dimension: 3 });
    expect(misspelt.status).toBe(400);
    expect(await misspelt.text()).toMatch(/unknown field 'dimension'/);
  });

  it("checks multipart bodies: a file upload without its purpose is refused", async () => {
    const form = new FormData();
    form.set("file", new File(["{}"], "a.jsonl"));
    const response = await fetch(`${standIn.baseUrl}/files`, {
      method: "POST",
      headers: { authorization: "Bearer sk-stand-in-test" },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/required property 'purpose'/);
  });

  it("checks query parameters: unknown ones and wrong types are refused", async () => {
    const unknown = await fetch(`${standIn.baseUrl}/files?purposes=batch`, {
      headers: { authorization: "Bearer sk-stand-in-test" },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/unknown parameter 'purposes'/);
    const wrong = await fetch(`${standIn.baseUrl}/files?limit=many`, {
      headers: { authorization: "Bearer sk-stand-in-test" },
    });
    expect(wrong.status).toBe(400);
  });

  it("answers an unknown path 404 and a missing or wrong key 401, as OpenAI does", async () => {
    expect((await post("/edits", { model: "x", instruction: "y" })).status).toBe(404);
    const anonymous = await fetch(`${standIn.baseUrl}/models`);
    expect(anonymous.status).toBe(401);
    const wrong = await fetch(`${standIn.baseUrl}/models`, { headers: { authorization: "Bearer nope" } });
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("invalid_api_key");
  });
});

describe("state and forced failures", () => {
  it("keeps created objects: listed, retrieved, moved along their statuses, filtered by metadata", async () => {
    const file = await client.files.create({
      file: new File(
        [
          '{"custom_id":"a","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-3-small","input":"x"}}\n',
        ],
        "in.jsonl",
      ),
      purpose: "batch",
    });
    const batch = await client.batches.create({
      input_file_id: file.id,
      endpoint: "/v1/embeddings",
      completion_window: "24h",
      metadata: { run: "r1" },
    });
    expect(batch.status).toBe("validating");
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await client.batches.retrieve(batch.id)).status);
    expect(statuses).toEqual(["in_progress", "finalizing", "completed"]);
    const done = await client.batches.retrieve(batch.id);
    const output = await (await client.files.content(String(done.output_file_id))).text();
    expect(JSON.parse(output.trim())).toMatchObject({ custom_id: "a", response: { status_code: 200 } });
    const jobs = standIn.objects("/batches");
    expect(jobs).toHaveLength(1);
    expect((await client.batches.list()).data.map((b) => b.id)).toEqual([batch.id]);
  });

  it("answers a forced 429 with OpenAI's rate-limit headers and body", async () => {
    standIn.failNext("POST /chat/completions", { status: 429, resetRequests: "6m0s" });
    const error = (await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] })
      .catch((caught: unknown) => caught)) as { status: number; headers: Headers; code: string };
    expect(error.status).toBe(429);
    expect(error.code).toBe("rate_limit_exceeded");
    expect(error.headers.get("x-ratelimit-reset-requests")).toBe("6m0s");
    expect(error.headers.get("x-ratelimit-remaining-requests")).toBe("0");
  });

  it("performs a create whose answer it then loses", async () => {
    standIn.failNext("POST /vector_stores", { loseResponse: true });
    await expect(client.vectorStores.create({ name: "kb" })).rejects.toThrow(/Connection error/);
    expect(standIn.objects("/vector_stores")).toHaveLength(1);
    expect(standIn.requests[0]?.delivery).toBe("lost");
  });
});
