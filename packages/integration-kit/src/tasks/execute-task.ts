import { type ErrorOrigin, IntegrationError } from "../errors.js";
import { describeHttpFailure } from "../http-failure.js";
import { describeNetworkFailure, isTimeoutError } from "../network-failure.js";
import type { PageLimit } from "../page-limit.js";
import { redactError, redactOutput } from "../redact.js";
import { ServiceError, type ServiceFailure } from "../service-error.js";
import { TaskInputError } from "../task-input-error.js";
import { toJsonOutput } from "../task-values.js";
import { withTimeout } from "../with-timeout.js";
import { collectPages } from "./collect-pages.js";
import { type SideEffect, wasNeverSent } from "./side-effect.js";
import type { TaskCallContext, TaskSpec } from "./task-declaration.js";

/** What the kit needs from an integration to run its tasks, whatever the runtime. */
export interface TaskEngine<TClient> {
  /** The service and integration id, for messages. */
  readonly origin: ErrorOrigin;
  /** How long one call may take. */
  readonly timeoutMs: number;
  /** The vendor client for a credential: built (and its SDK loaded) once per credential, then reused. */
  client(credential: string): Promise<TClient>;
  /** How the service reads a failed call; undefined leaves it to the kit's HTTP and network readers. */
  describeFailure(error: unknown): ServiceFailure | undefined;
}

/** One call of a declared task. */
export interface TaskCall<P> {
  readonly params: P;
  /** Collect pages up to these bounds (list tasks only; checked by the runner). */
  readonly paginate?: PageLimit | undefined;
  readonly credential: string;
  readonly context: TaskCallContext;
  /**
   * Look for an earlier result before the first try too: a plain call given an idempotency key
   * cannot know whether an earlier run already made the effect.
   */
  readonly checkFirst: boolean;
}

/**
 * The one implementation of a task call, which the v2 and plain runners both adapt: the client for
 * the credential, the side-effect check, the call or the page collection within the timeout, the
 * output as JSON, and any failure as a {@link ServiceError} with its verdict, the credential
 * scrubbed from both.
 */
export async function executeTask<TClient, P, R>(
  engine: TaskEngine<TClient>,
  spec: TaskSpec<TClient, P, R>,
  call: TaskCall<P>,
): Promise<R> {
  const secrets = [call.credential];
  try {
    const client = await engine.client(call.credential);
    const work = perform(spec, client, call);
    const output = await withTimeout(work, engine.timeoutMs, () => timedOut(engine, spec.name));
    return redactOutput(toJsonOutput(output), secrets) as R;
  } catch (error) {
    throw redactError(explainFailure(engine, error, spec.name, effectRisk(spec.sideEffect, call)), secrets);
  }
}

async function perform<TClient, P, R>(spec: TaskSpec<TClient, P, R>, client: TClient, call: TaskCall<P>): Promise<R> {
  const { context, paginate } = call;
  let { params } = call;
  if (paginate && spec.pager) return collectPages(spec.pager, client, params, paginate);
  const effect = spec.sideEffect;
  const marker = context.idempotencyKey;
  if (typeof effect === "object" && marker !== undefined) {
    if (context.attempt > 1 || call.checkFirst) {
      const earlier = await effect.findEarlier(client, params, marker, context);
      if (earlier !== undefined) return earlier;
    }
    params = { ...params, ...effect.mark(params, marker) };
  }
  return spec.call(client, params, context);
}

/** What a failure after the request left could have done twice, if retried: undefined when nothing. */
export interface EffectRisk {
  /** What may already exist (`"issue"`, or `"effect"` when the task does not say). */
  readonly creates: string;
  /** Whether an idempotency key would have made it safe (so the message can say so). */
  readonly keyWouldHelp: boolean;
}

function effectRisk<TClient, P, R>(effect: SideEffect<TClient, P, R>, call: TaskCall<P>): EffectRisk | undefined {
  if (effect === "none" || effect === "idempotent") return undefined;
  const keyed = call.context.idempotencyKey !== undefined;
  if (effect === "unchecked") return { creates: "effect", keyWouldHelp: false };
  if (keyed) return undefined;
  return { creates: typeof effect === "object" ? effect.creates : "effect", keyWouldHelp: true };
}

/**
 * A failed call as a {@link ServiceError} carrying the service's verdict. A retryable failure that
 * may have happened after the service acted becomes permanent when a retry could repeat the
 * effect unnoticed (`risk`), saying what may already exist.
 */
export function explainFailure(
  engine: Pick<TaskEngine<unknown>, "origin" | "timeoutMs" | "describeFailure">,
  error: unknown,
  task: string,
  risk?: EffectRisk,
): unknown {
  if (error instanceof IntegrationError && !(error instanceof ServiceError)) return error;
  let failure: ServiceFailure | undefined;
  if (error instanceof ServiceError) failure = error.failure;
  else if (isTimeoutError(error)) failure = timeoutFailure(engine);
  else if (error instanceof TaskInputError)
    failure = { verdict: { kind: "permanent" }, message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  else failure = engine.describeFailure(error) ?? describeHttpFailure(error) ?? describeNetworkFailure(error);
  if (!failure) return error;
  if (risk && failure.verdict.kind === "transient" && !wasNeverSent(error)) failure = unsafeToRetry(failure, risk);
  if (error instanceof ServiceError && failure === error.failure) return error;
  return new ServiceError(engine.origin, task, failure, { cause: error instanceof ServiceError ? error.cause : error });
}

function unsafeToRetry(failure: ServiceFailure, risk: EffectRisk): ServiceFailure {
  const what =
    risk.creates === "effect" ? "the service may already have acted on it" : `the ${risk.creates} may already exist`;
  const fix = risk.keyWouldHelp
    ? " Pass `idempotencyKey` so a retry looks for it before creating it again."
    : " Check the service before running it again.";
  return {
    ...failure,
    verdict: { kind: "permanent" },
    message: `${failure.message}; the request may have reached the service, so ${what}`,
    hint: `Not retried, so it cannot happen twice.${fix}`,
  };
}

function timeoutFailure(engine: Pick<TaskEngine<unknown>, "origin" | "timeoutMs">): ServiceFailure {
  return {
    verdict: { kind: "transient" },
    message: `${engine.origin.service.name} did not answer within ${engine.timeoutMs} ms`,
    hint: "Trigger.dev retries it; if the call is slow by nature, raise the `timeoutMs` option.",
  };
}

function timedOut(engine: TaskEngine<unknown>, task: string): ServiceError {
  return new ServiceError(engine.origin, task, timeoutFailure(engine));
}
