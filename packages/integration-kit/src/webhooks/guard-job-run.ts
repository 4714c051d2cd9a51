/** The part of a run's context (`ctx`) a guard reads; SDK 2.3 and 3.x both pass it to `run`. */
export interface GuardedRunContext {
  readonly event?: { readonly timestamp?: Date | string };
  readonly run?: { readonly isTest?: boolean };
}

/** Refuses a run by throwing; resolves to let it start. */
export type RunGuard<TPayload> = (payload: TPayload, ctx: GuardedRunContext) => void | Promise<void>;

type RunFunction = (payload: unknown, io: unknown, ctx: GuardedRunContext) => unknown;

const applied = new WeakMap<object, Set<RunGuard<never>>>();

/**
 * Makes `guard` check every execution of `job` before its own `run`, with the run's context. A
 * trigger calls it from `attachToJob(client, job)`: the SDK's `verifyPayload(payload)` gets no
 * context, but both SDK lines call `job.options.run(payload, io, ctx)`. Test runs from the
 * dashboard are let through, as the SDK skips `verifyPayload` for them. Applying the same guard
 * twice (the job attached to two clients) wraps once.
 */
export function guardJobRun<TPayload>(job: { readonly options: object }, guard: RunGuard<TPayload>): void {
  const options = job.options as { run?: RunFunction };
  const run = options.run;
  if (typeof run !== "function") return;
  const guards = applied.get(options) ?? new Set();
  if (guards.has(guard as RunGuard<never>)) return;
  guards.add(guard as RunGuard<never>);
  applied.set(options, guards);
  options.run = async (payload, io, ctx) => {
    if (!ctx?.run?.isTest) await guard(payload as TPayload, ctx);
    return run.call(options, payload, io, ctx);
  };
}

/** When Trigger.dev received the event that started the run (`ctx.event.timestamp`), in ms; undefined if unknown. */
export function eventReceivedAt(ctx: GuardedRunContext | undefined): number | undefined {
  const timestamp = ctx?.event?.timestamp;
  const ms =
    timestamp instanceof Date ? timestamp.getTime() : typeof timestamp === "string" ? Date.parse(timestamp) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}
