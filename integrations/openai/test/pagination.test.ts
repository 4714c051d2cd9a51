import { describe, expect, it } from "vitest";
import { bindToStandIn, useOpenaiStandIn } from "./support/use-stand-in.js";

describe("lists read on with { paginate }, following OpenAI's after / has_more cursor", () => {
  const standIn = useOpenaiStandIn();

  const makeBatches = async (count: number) => {
    const { openai } = bindToStandIn(standIn());
    for (let i = 0; i < count; i++) {
      await openai.batches.create(`b${i}`, {
        input_file_id: `file-${i}`,
        endpoint: "/v1/embeddings",
        completion_window: "24h",
      });
    }
    standIn().requests.length = 0;
  };

  it("reads one page by default, as OpenAI answers it", async () => {
    await makeBatches(5);
    const { openai } = bindToStandIn(standIn());
    const page = await openai.batches.list("list", { limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.has_more).toBe(true);
    expect(standIn().requests).toHaveLength(1);
  });

  it("collects pages into one page object, sending after = the last id read", async () => {
    await makeBatches(5);
    const { openai } = bindToStandIn(standIn());
    const page = await openai.batches.list("list", { limit: 2 }, { paginate: { maxPages: 10 } });
    expect(page.data).toHaveLength(5);
    expect(new Set(page.data.map((batch) => batch.id)).size).toBe(5);
    expect(page.has_more).toBe(false);
    const queries = standIn().requests.map((request) => request.query);
    expect(queries).toHaveLength(3);
    expect(queries[1]).toMatchObject({ after: page.data[1]?.id, limit: 2 });
    expect(queries[2]).toMatchObject({ after: page.data[3]?.id });
  });

  it("stops at maxItems, asking for no more than it still wants", async () => {
    await makeBatches(5);
    const { openai } = bindToStandIn(standIn());
    const page = await openai.batches.list("list", undefined, { paginate: { maxItems: 3 } });
    expect(page.data).toHaveLength(3);
    expect(standIn().requests[0]?.query).toMatchObject({ limit: 3 });
  });

  it("collects @trigger.dev/openai's array lists into one array", async () => {
    const { openai } = bindToStandIn(standIn());
    for (let i = 0; i < 3; i++)
      await openai.files.create(`f${i}`, { file: `line ${i}\n`, fileName: `f${i}.txt`, purpose: "assistants" });
    standIn().requests.length = 0;
    const files = await openai.files.list("list", { limit: 1 }, { paginate: { maxPages: 5 } });
    expect(Array.isArray(files)).toBe(true);
    expect(files.map((file) => file.filename).sort()).toEqual(["f0.txt", "f1.txt", "f2.txt"]);
    expect(standIn().requests).toHaveLength(3);
  });

  it("refuses page bounds inside the params, where OpenAI would get them as unknown fields", async () => {
    const { openai } = bindToStandIn(standIn());
    const error = await openai.batches
      .list("list", { limit: 2, paginate: { maxPages: 2 } } as never)
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/page bounds go after the params/);
    expect(standIn().requests).toHaveLength(0);
  });
});
