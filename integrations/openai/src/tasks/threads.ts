import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type {
  Message,
  MessageCreateParams,
  MessageListParams,
  MessageUpdateParams,
} from "openai/resources/beta/threads/messages";
import type {
  Run,
  RunCreateParams,
  RunListParams,
  RunSubmitToolOutputsParams,
} from "openai/resources/beta/threads/runs/runs";
import type {
  Thread,
  ThreadCreateAndRunParams,
  ThreadCreateParams,
  ThreadUpdateParams,
} from "openai/resources/beta/threads/threads";
import { backgroundPollUntil } from "./background.js";
import { earlierByMetadata } from "./earlier-by-metadata.js";
import { itemsPager, type OpenaiPage } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";
import { positional } from "./positional.js";
import { nonStreaming, type V2RequestOptions, withoutRequestOptions } from "./v2-request-options.js";

/** A thread, by id: the id itself (as `@trigger.dev/openai` took it) or `{ thread_id }`. */
export type ThreadRef = string | { thread_id: string };
/** A run of a thread. */
export interface RunRef {
  thread_id: string;
  run_id: string;
}
/** A message of a thread. */
export interface MessageRef {
  thread_id: string;
  message_id: string;
}

const threadOf = (ref: ThreadRef) => (typeof ref === "string" ? ref : ref.thread_id);
/** Statuses after which a run waits for nothing more from OpenAI. */
const RUN_SETTLED = ["completed", "expired", "cancelled", "failed", "requires_action", "incomplete"] as const;
/** The Assistants API's beta header, per request: never written into the caller's `defaultHeaders`. */
const ASSISTANTS_BETA = { "OpenAI-Beta": "assistants=v2" };
/** A v2-style list read whole, as `@trigger.dev/openai` did. */
const WHOLE_LIST = { paginate: { maxPages: 100 } };

const waitForRun = (client: OpenAI, context: Parameters<typeof backgroundPollUntil>[1], task: string, run: Run) =>
  (RUN_SETTLED as readonly string[]).includes(run.status)
    ? run
    : backgroundPollUntil<Run>(client, context, {
        task,
        endpoint: `/threads/${encodeURIComponent(run.thread_id)}/runs/${encodeURIComponent(run.id)}`,
        until: RUN_SETTLED,
        headers: ASSISTANTS_BETA,
      });

const runsOf = earlierByMetadata<{ thread_id: string } & RunCreateParams, Run>(
  "run",
  async (client, params) =>
    (await pageJson<OpenaiPage<Run>>(client.beta.threads.runs.list(params.thread_id, { limit: 100 }))).data,
);

/** Runs of a thread (Assistants, deprecated). */
export class Runs<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** @deprecated Creates a run, then waits in the background (v2 jobs) until it settles. */
  readonly createAndWaitForCompletion = positional(
    this.task({
      name: "Run Thread And Wait For Completion",
      call: async (client, p: { thread_id: string } & RunCreateParams, context) => {
        const { thread_id, ...body } = p;
        const run = await client.beta.threads.runs.create(thread_id, nonStreaming(body));
        return waitForRun(client, context, "Run Thread And Wait For Completion", run);
      },
      properties: (p) => [["Thread", p.thread_id]],
      // A retry that finds the run an earlier try made waits for that run, as the first try would have.
      sideEffect: {
        ...runsOf,
        findEarlier: async (client, params, marker, context) => {
          const earlier = await runsOf.findEarlier(client, params, marker, context);
          return earlier && waitForRun(client, context, "Run Thread And Wait For Completion", earlier);
        },
      },
    }),
    (thread_id: string, params: RunCreateParams) => ({ thread_id, ...params }),
  );
  /** @deprecated Waits in the background (v2 jobs) until a run settles. */
  readonly waitForCompletion = positional(
    this.task({
      name: "Wait For Run Completion",
      call: async (client, p: RunRef, context) =>
        waitForRun(client, context, "Wait For Run Completion", {
          id: p.run_id,
          thread_id: p.thread_id,
          status: "in_progress",
        } as Run),
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Run", p.run_id],
      ],
      sideEffect: "none",
    }),
    (thread_id: string, run_id: string) => ({ thread_id, run_id }),
  );
  /** @deprecated Creates a run; it carries the task's key in `metadata`, so a retry finds it. */
  readonly create = positional(
    this.task({
      name: "Run Thread",
      call: (client, p: { thread_id: string } & RunCreateParams) => {
        const { thread_id, ...body } = p;
        return client.beta.threads.runs.create(thread_id, nonStreaming(body));
      },
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Assistant", p.assistant_id],
      ],
      sideEffect: runsOf,
    }),
    (thread_id: string, params: RunCreateParams) => ({ thread_id, ...params }),
  );
  /** @deprecated Retrieves a run. */
  readonly retrieve = positional(
    this.task({
      name: "Retrieve Run",
      call: (client, p: RunRef) => client.beta.threads.runs.retrieve(p.run_id, { thread_id: p.thread_id }),
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Run", p.run_id],
      ],
      sideEffect: "none",
    }),
    (thread_id: string, run_id: string) => ({ thread_id, run_id }),
  );
  /** @deprecated Cancels a run in progress. */
  readonly cancel = positional(
    this.task({
      name: "Cancel Run",
      call: (client, p: RunRef) => client.beta.threads.runs.cancel(p.run_id, { thread_id: p.thread_id }),
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Run", p.run_id],
      ],
      sideEffect: "idempotent",
    }),
    (thread_id: string, run_id: string) => ({ thread_id, run_id }),
  );
  /** @deprecated Submits the outputs of a run's tool calls. */
  readonly submitToolOutputs = positional(
    this.task({
      name: "Submit Tool Outputs",
      call: (client, p: RunRef & Omit<RunSubmitToolOutputsParams, "thread_id">) => {
        const { run_id, ...body } = p;
        return client.beta.threads.runs.submitToolOutputs(run_id, nonStreaming(body));
      },
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Run", p.run_id],
      ],
      sideEffect: "unchecked",
    }),
    (thread_id: string, run_id: string, body: Omit<RunSubmitToolOutputsParams, "thread_id">) => ({
      thread_id,
      run_id,
      ...body,
    }),
  );
  /** @deprecated Lists a thread's runs (an array; `@trigger.dev/openai`'s `(key, threadId)` reads them all). */
  readonly list = positional(
    this.listing({
      name: "List Runs",
      pager: itemsPager((client, p: { thread_id: string } & RunListParams) => {
        const { thread_id, ...query } = p;
        return pageJson<OpenaiPage<Run>>(client.beta.threads.runs.list(thread_id, query));
      }),
      properties: (p) => [["Thread", p.thread_id]],
    }),
    (thread_id: string) => ({ thread_id }),
    WHOLE_LIST,
  );
}

/** Messages of a thread (Assistants, deprecated). */
export class Messages<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** @deprecated Lists a thread's messages, newest first (an array, as `@trigger.dev/openai` returned it). */
  readonly list = positional(
    this.listing({
      name: "List Messages",
      pager: itemsPager((client, p: { thread_id: string } & (MessageListParams | V2RequestOptions)) => {
        const { thread_id, ...query } = p;
        return pageJson<OpenaiPage<Message>>(
          client.beta.threads.messages.list(thread_id, withoutRequestOptions<MessageListParams>(query)),
        );
      }),
      properties: (p) => [["Thread", p.thread_id]],
    }),
    (thread_id: string, params?: MessageListParams | V2RequestOptions) => ({ thread_id, ...params }),
  );
  /** @deprecated Every message of a thread (up to 100 pages). */
  readonly listAll = positional(
    this.task({
      name: "List All Messages",
      call: async (client, p: { thread_id: string }) => {
        const messages: Message[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const page = await pageJson<OpenaiPage<Message>>(
            client.beta.threads.messages.list(p.thread_id, { limit: 100, ...(after ? { after } : {}) }),
          );
          messages.push(...page.data);
          after = page.has_more ? (page.last_id ?? page.data.at(-1)?.id) : undefined;
          if (!after) break;
        }
        return messages;
      },
      properties: (p) => [["Thread", p.thread_id]],
      sideEffect: "none",
    }),
    (thread_id: string) => ({ thread_id }),
  );
  /** @deprecated Adds a message; it carries the task's key in `metadata`, so a retry finds it. */
  readonly create = positional(
    this.task({
      name: "Create Message",
      call: (client, p: { thread_id: string } & MessageCreateParams) => {
        const { thread_id, ...body } = p;
        return client.beta.threads.messages.create(thread_id, body);
      },
      properties: (p) => [["Thread", p.thread_id]],
      sideEffect: earlierByMetadata<{ thread_id: string } & MessageCreateParams, Message>(
        "message",
        async (client, params) =>
          (await pageJson<OpenaiPage<Message>>(client.beta.threads.messages.list(params.thread_id, { limit: 100 })))
            .data,
      ),
    }),
    (thread_id: string, body: MessageCreateParams) => ({ thread_id, ...body }),
  );
  /** @deprecated Retrieves a message. */
  readonly retrieve = positional(
    this.task({
      name: "Retrieve Message",
      call: (client, p: MessageRef) => client.beta.threads.messages.retrieve(p.message_id, { thread_id: p.thread_id }),
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Message", p.message_id],
      ],
      sideEffect: "none",
    }),
    (thread_id: string, message_id: string) => ({ thread_id, message_id }),
  );
  /** @deprecated Updates a message's metadata. */
  readonly update = positional(
    this.task({
      name: "Update Message",
      call: (client, p: MessageRef & Omit<MessageUpdateParams, "thread_id">) => {
        const { message_id, ...body } = p;
        return client.beta.threads.messages.update(message_id, body);
      },
      properties: (p) => [
        ["Thread", p.thread_id],
        ["Message", p.message_id],
      ],
      sideEffect: "idempotent",
    }),
    (thread_id: string, message_id: string, body: Omit<MessageUpdateParams, "thread_id">) => ({
      thread_id,
      message_id,
      ...body,
    }),
  );
}

/** Threads (Assistants, deprecated): conversations an assistant runs on. */
export class Threads<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Runs of a thread. */
  readonly runs = new Runs<M>(this.runner);
  /** Messages of a thread. */
  readonly messages = new Messages<M>(this.runner);

  /** @deprecated Creates a thread and runs it; OpenAI cannot find it again, so an ambiguous failure is not retried. */
  readonly createAndRun = this.task({
    name: "Create Thread And Run",
    call: (client, p: ThreadCreateAndRunParams) => client.beta.threads.createAndRun(nonStreaming(p)),
    properties: (p) => [["Assistant", p.assistant_id]],
    sideEffect: "unchecked",
  });
  /** @deprecated Creates a thread, runs it, and waits in the background (v2 jobs) until the run settles. */
  readonly createAndRunUntilCompletion = this.task({
    name: "Run Created Thread And Wait For Completion",
    call: async (client, p: ThreadCreateAndRunParams, context) =>
      waitForRun(
        client,
        context,
        "Run Created Thread And Wait For Completion",
        await client.beta.threads.createAndRun(nonStreaming(p)),
      ),
    properties: (p) => [["Assistant", p.assistant_id]],
    sideEffect: "unchecked",
  });
  /** @deprecated Creates a thread; OpenAI cannot list threads, so an ambiguous failure is not retried. */
  readonly create = this.task({
    name: "Create Thread",
    call: (client, p: ThreadCreateParams | undefined) => client.beta.threads.create(p ?? {}),
    properties: (p) => [["Messages", p?.messages?.length ?? 0]],
    sideEffect: "unchecked",
  });
  /** @deprecated Retrieves a thread. */
  readonly retrieve = this.task({
    name: "Retrieve Thread",
    call: (client, p: ThreadRef) => client.beta.threads.retrieve(threadOf(p)),
    properties: (p) => [["Thread", threadOf(p)]],
    sideEffect: "none",
  });
  /** @deprecated Updates a thread: `(key, { thread_id, ...changes })` or `(key, threadId, changes)`. */
  readonly update = positional(
    this.task({
      name: "Update Thread",
      call: (client, p: { thread_id: string } & ThreadUpdateParams): Promise<Thread> => {
        const { thread_id, ...body } = p;
        return client.beta.threads.update(thread_id, body);
      },
      properties: (p) => [["Thread", p.thread_id]],
      sideEffect: "idempotent",
    }),
    (thread_id: string, body: ThreadUpdateParams) => ({ thread_id, ...body }),
  );
  /** @deprecated Deletes a thread. */
  readonly del = this.task({
    name: "Delete Thread",
    call: (client, p: ThreadRef) => client.beta.threads.delete(threadOf(p)),
    properties: (p) => [["Thread", threadOf(p)]],
    sideEffect: "idempotent",
  });
}

/** `io.openai.beta`: the Assistants API (deprecated by OpenAI in favour of Responses). */
export interface Beta<M extends RunMode = "job"> {
  /** Assistants. */
  readonly assistants: import("./assistants.js").Assistants<M>;
  /** Threads, their runs and messages. */
  readonly threads: Threads<M>;
}
