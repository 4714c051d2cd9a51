import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { Batch, BatchCreateParams, BatchListParams } from "openai/resources/batches";
import { backgroundPollUntil } from "./background.js";
import { earlierByMetadata } from "./earlier-by-metadata.js";
import { type OpenaiPage, openaiPager } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";

/** Statuses after which a batch changes no more. */
const FINISHED = ["completed", "failed", "expired", "cancelled"] as const;

/** One line of a batch's output file, parsed. */
export interface BatchResult {
  readonly id: string;
  readonly custom_id: string;
  readonly response: { status_code: number; request_id: string; body: unknown } | null;
  readonly error: { code: string; message: string } | null;
}

/** A finished batch and its parsed results (output and error files). */
export interface BatchWithResults {
  readonly batch: Batch;
  readonly results: BatchResult[];
}

const parseJsonl = (text: string): BatchResult[] =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as BatchResult);

/** The Batch API: many requests at half the price, answered within 24 hours. */
export class Batches<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /**
   * Creates a batch from an uploaded JSONL file. OpenAI takes no idempotency key: the create
   * carries the task's key in `metadata`, and a retry finds the batch it already made.
   */
  readonly create = this.task({
    name: "Create Batch",
    call: (client, p: BatchCreateParams) => client.batches.create(p),
    properties: (p) => [
      ["Endpoint", p.endpoint],
      ["Input File", p.input_file_id],
    ],
    sideEffect: earlierByMetadata<BatchCreateParams, Batch>("batch", async (client) => {
      const page = await pageJson<OpenaiPage<Batch>>(client.batches.list({ limit: 100 }));
      return page.data;
    }),
  });
  /** Retrieves a batch. */
  readonly retrieve = this.task({
    name: "Retrieve Batch",
    call: (client, p: { batch_id: string }) => client.batches.retrieve(p.batch_id),
    properties: (p) => [["Batch", p.batch_id]],
    sideEffect: "none",
  });
  /** Cancels a batch in progress. */
  readonly cancel = this.task({
    name: "Cancel Batch",
    call: (client, p: { batch_id: string }) => client.batches.cancel(p.batch_id),
    properties: (p) => [["Batch", p.batch_id]],
    sideEffect: "idempotent",
  });
  /** Lists batches, newest first. */
  readonly list = this.listing({
    name: "List Batches",
    pager: openaiPager((client, p: BatchListParams | undefined) =>
      pageJson<OpenaiPage<Batch>>(client.batches.list(p ?? {})),
    ),
  });
  /**
   * Waits for a batch to finish without holding the run (Trigger.dev polls it in the background,
   * v2 jobs; `timeout` in seconds, at most an hour a poll), then reads and parses its output and
   * error files. Chain it after `create`, or call it again with the same batch to wait longer.
   */
  readonly waitForResults = this.task({
    name: "Wait For Batch Results",
    call: async (
      client,
      p: { batch_id: string; interval?: number; timeout?: number },
      context,
    ): Promise<BatchWithResults> => {
      let batch = await client.batches.retrieve(p.batch_id);
      if (!(FINISHED as readonly string[]).includes(batch.status)) {
        batch = await backgroundPollUntil<Batch>(client, context, {
          task: "Wait For Batch Results",
          endpoint: `/batches/${encodeURIComponent(p.batch_id)}`,
          until: FINISHED,
          interval: p.interval ?? 60,
          timeout: p.timeout ?? 3_600,
        });
      }
      const results: BatchResult[] = [];
      for (const id of [batch.output_file_id, batch.error_file_id]) {
        if (id) results.push(...parseJsonl(await (await client.files.content(id)).text()));
      }
      return { batch, results };
    },
    properties: (p) => [["Batch", p.batch_id]],
    sideEffect: "none",
  });
}
