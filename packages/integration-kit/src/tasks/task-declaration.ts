import type { PageLimit } from "../page-limit.js";
import type { IO } from "../v2-api/index.js";
import type { Pager } from "./pager.js";
import type { SideEffect } from "./side-effect.js";

/** One dashboard property: label and value; an empty value leaves the property out. */
export type TaskProperty = readonly [label: string, value: string | number | boolean | null | undefined];

/** What a task's call gets besides the vendor client and the params. */
export interface TaskCallContext {
  /**
   * Stable across every retry of this one call: the v2 task's idempotency key, or the
   * `idempotencyKey` a plain call was given. Send it to services that deduplicate on a key.
   */
  readonly idempotencyKey: string | undefined;
  /** Which try this is, from 1: the v2 task's attempt, or the `attempt` a plain call was given (1 by default). */
  readonly attempt: number;
  /**
   * The run's `io` when the task runs inside a Trigger.dev v2 job (for `io.backgroundFetchResponse`,
   * `io.backgroundPoll`, `io.wait`); undefined in a plain call.
   */
  readonly io?: IO;
  /** Runs another declared task as a step of this one: a subtask in a v2 run, a plain call elsewhere. */
  step<P, R>(key: string, task: DeclaredTask<P, R>, params: P): Promise<R>;
}

/** Everything a task is, declared once; the kit runs it as a v2 task or as a plain call. */
export interface TaskDeclaration<TClient, P, R> {
  /** Title Case name shown in the Trigger.dev dashboard (`"Create Issue"`). */
  readonly name: string;
  /** The vendor call. Runs inside the kit's timeout, failure policy and redaction. */
  readonly call: (client: TClient, params: P, context: TaskCallContext) => Promise<R>;
  /** Dashboard properties; by default derived from the params' short top-level values. */
  readonly properties?: (params: NoInfer<P>) => readonly TaskProperty[];
  /** What a retry could repeat, and how the kit keeps it from happening twice. */
  readonly sideEffect: SideEffect<TClient, NoInfer<P>, NoInfer<R>>;
}

/** A list task: declared by the page it reads and how to reach the next one. */
export interface ListDeclaration<TClient, P, Page> {
  /** Title Case name shown in the Trigger.dev dashboard (`"List Issues"`). */
  readonly name: string;
  /** Reads one page and finds the next (the kit's stock pagers cover the common schemes). */
  readonly pager: Pager<TClient, P, Page>;
  /** Dashboard properties; by default derived from the params' short top-level values. */
  readonly properties?: (params: NoInfer<P>) => readonly TaskProperty[];
}

/** The options a list task takes after its params. */
export interface ListOptions {
  /** Collect further pages inside this one task, up to these bounds (one page without it). */
  readonly paginate?: PageLimit;
}

/** The options a plain call takes after its params. */
export interface CallOptions {
  /**
   * Makes a create safe to repeat: a task whose service deduplicates sends it, and one the kit
   * checks looks for an earlier result marked with it before creating again. Derive it from your
   * run (for example `${ctx.run.id}-welcome-message`) so a retried run reuses it.
   */
  readonly idempotencyKey?: string;
  /**
   * Which attempt of your run this is (in a v4 task, `ctx.attempt.number`; 1 by default). From the
   * second on, a service's "already done" answer to an idempotent task (Slack's `already_reacted`)
   * counts as the success the earlier attempt had.
   */
  readonly attempt?: number;
}

/** The normalised form of a declared task, as the runners see it. */
export interface TaskSpec<TClient, P, R> {
  readonly name: string;
  readonly properties: (params: P) => readonly TaskProperty[];
  readonly sideEffect: SideEffect<TClient, P, R>;
  /** Present for list tasks: the pager, so the kit can collect pages. */
  readonly pager?: Pager<TClient, P, R>;
  readonly call: (client: TClient, params: P, context: TaskCallContext) => Promise<R>;
}

/** Where a declared task function keeps its spec (for steps and the contract suite). */
export const TASK_SPEC: unique symbol = Symbol.for("acme.integration-kit.task-spec");

/** A task function made by a task group, carrying its spec. */
export interface DeclaredTask<P, R> {
  readonly [TASK_SPEC]: TaskSpec<unknown, P, R>;
}
