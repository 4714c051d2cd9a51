/**
 * Compiled by `tsc` in `typecheck`, never run: a job written against `@trigger.dev/openai@2.3.19`
 * keeps compiling when `io.openai` is our Openai instead. Their types come from the `openai` 4.x
 * SDK they depend on, ours from 7.59.0: the check is that every call of theirs is a call of ours.
 */
import type { OpenAI as TheirOpenai } from "@trigger.dev/openai";
import { OpenAI, type Openai } from "../src/index.js";
import type { THEIR_ALIASES } from "./support/their-aliases.js";

/** Fails to compile unless `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AnyTask = (key: never, ...args: never[]) => Promise<unknown>;

type TheirAliases = Exclude<
  { [K in keyof TheirOpenai]: TheirOpenai[K] extends AnyTask ? K : never }[keyof TheirOpenai],
  "runTask"
>;

/** Their 27 flat aliases (the shared list, which the README test holds the class to) are all of it. */
export const allTwentySeven: Same<(typeof THEIR_ALIASES)[number], TheirAliases> = true;

// 1. Every task of theirs is on ours, at the same path, and takes the arguments theirs took
//    (their trailing per-call `options` aside: see the README). Property signatures, so the
//    parameters are checked strictly.
type Accepting<F> = F extends (key: infer K, ...args: infer A) => Promise<unknown>
  ? (key: K, ...args: DropOptions<A>) => Promise<unknown>
  : never;
/** Their arguments without the trailing `options?: OpenAIRequestOptions` (kept for the background variants' fetchOptions). */
type DropOptions<A extends unknown[]> = A extends [infer P, (infer O)?]
  ? [O] extends [{ idempotencyKey?: string } | undefined]
    ? [params: P]
    : A
  : A extends [(infer P)?, (infer O)?]
    ? [O] extends [{ idempotencyKey?: string } | undefined]
      ? [params?: P]
      : A
    : A extends [infer P, infer Q, (infer O)?]
      ? [O] extends [{ idempotencyKey?: string } | undefined]
        ? [P, Q]
        : A
      : A;

type Namespace<T> = {
  [K in keyof T as K extends "runTask" ? never : T[K] extends AnyTask ? K : never]: Accepting<T[K]>;
};

interface TheirCalls {
  models: Namespace<TheirOpenai["models"]>;
  completions: Namespace<TheirOpenai["completions"]>;
  chat: { completions: Namespace<TheirOpenai["chat"]["completions"]> };
  edits: Namespace<TheirOpenai["edits"]>;
  images: Namespace<TheirOpenai["images"]>;
  embeddings: Namespace<TheirOpenai["embeddings"]>;
  files: Namespace<TheirOpenai["files"]>;
  fineTunes: Namespace<TheirOpenai["fineTunes"]> & { jobs: Namespace<TheirOpenai["fineTunes"]["jobs"]> };
  fineTuning: Namespace<TheirOpenai["fineTuning"]> & { jobs: Namespace<TheirOpenai["fineTuning"]["jobs"]> };
  beta: {
    assistants: Namespace<TheirOpenai["beta"]["assistants"]>;
    threads: Namespace<TheirOpenai["beta"]["threads"]> & {
      runs: Namespace<TheirOpenai["beta"]["threads"]["runs"]>;
      messages: Namespace<TheirOpenai["beta"]["threads"]["messages"]>;
    };
  };
}
type TheirAliasCalls = { [K in TheirAliases]: Accepting<TheirOpenai[K]> };

export const acceptsTheirCalls = (ours: Openai): TheirCalls & TheirAliasCalls => ours;

// 2. Every output field theirs had, ours has too, for every task both name the same way (lists
//    compared by their items). Their outputs are typed by openai 4.x, ours by 7.59.0.
type Output<F> = F extends (...args: never[]) => Promise<infer R> ? (R extends readonly (infer E)[] ? E : R) : never;
/** Their outputs typed by openai 4.x types that no longer exist (`Edit`, `FineTune`) have any key: nothing to compare. */
type IsAny<T> = string extends keyof T ? true : false;
type MissingFields<Theirs, Ours> = {
  [K in keyof Theirs & keyof Ours]: Theirs[K] extends AnyTask
    ? IsAny<Output<Theirs[K]>> extends true
      ? never
      : Exclude<keyof Output<Theirs[K]>, keyof Output<Ours[K]>>
    : never;
}[keyof Theirs & keyof Ours];
type Missing =
  | MissingFields<TheirOpenai["models"], Openai["models"]>
  | MissingFields<TheirOpenai["completions"], Openai["completions"]>
  | MissingFields<TheirOpenai["chat"]["completions"], Openai["chat"]["completions"]>
  | MissingFields<TheirOpenai["images"], Openai["images"]>
  | MissingFields<TheirOpenai["embeddings"], Openai["embeddings"]>
  | MissingFields<TheirOpenai["files"], Openai["files"]>
  | MissingFields<TheirOpenai["fineTuning"]["jobs"], Openai["fineTuning"]["jobs"]>
  | MissingFields<TheirOpenai["beta"]["assistants"], Openai["beta"]["assistants"]>
  | MissingFields<TheirOpenai["beta"]["threads"], Openai["beta"]["threads"]>
  | MissingFields<TheirOpenai["beta"]["threads"]["runs"], Openai["beta"]["threads"]["runs"]>
  | MissingFields<Pick<TheirOpenai, TheirAliases>, Openai>;
export const noFieldMissing: Same<Missing, never> = true;

// 3. A job body as their README wrote it compiles against ours.
export async function summarize(openai: Openai, text: string): Promise<string | null | undefined> {
  const completion = await openai.chat.completions.create("summarize", {
    model: "gpt-3.5-turbo",
    messages: [{ role: "user", content: `Summarize: ${text}` }],
  });
  const image = await openai.images.create("image", { prompt: "A lighthouse", n: 1, size: "1024x1024" });
  const file = await openai.files.createAndWaitForProcessing("file", {
    file: text,
    fileName: "a.txt",
    purpose: "assistants",
  });
  const run = await openai.beta.threads.runs.createAndWaitForCompletion("run", "thread_1", { assistant_id: "asst_1" });
  const messages = await openai.beta.threads.messages.list("messages", run.thread_id, { limit: 1 });
  void [image.data?.[0]?.url, file.id, messages[0]?.content];
  return completion.choices[0]?.message.content;
}

// 4. Their class name works too.
export const sameClass: typeof Openai = OpenAI;
