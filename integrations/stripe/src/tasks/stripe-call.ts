import { createHash } from "node:crypto";
import {
  bodyCursorPager,
  type ListDeclaration,
  startingAfterPager,
  type TaskCallContext,
  type TaskDeclaration,
} from "@acme/integration-kit";
import type Stripe from "stripe";

/** The Connect account a call acts for, inside the params as `@trigger.dev/stripe` took it. */
export interface ConnectParams {
  /** The connected account (`acct_...`) this call acts for: sent as the `Stripe-Account` header, never in the body. */
  stripeAccount?: string;
}

/** A task's params: the Stripe API's params for the call, and optionally the Connect account (params left out stay out). */
export type WithConnect<P> = P extends undefined ? undefined : P & ConnectParams;

/** An object's id beside the call's params, as `@trigger.dev/stripe` took it (`{ id, ...params }`). */
export type WithId<P> = P & { id: string };

/** What the SDK answers without its `lastResponse` (which never survives a task's JSON output). */
export type Plain<R> = R extends Stripe.Response<infer T> ? T : R;

/** One SDK call: the params without the Connect account, and the request options carrying it. */
export type StripeCall<P, R> = (stripe: Stripe, params: P, options: Stripe.RequestOptions) => Promise<R>;

/** Stripe's longest `Idempotency-Key`. */
const MAX_KEY_LENGTH = 255;

/**
 * The `Idempotency-Key` for a task: its own idempotency key (stable across every retry of the
 * task, and across re-executions of the run), hashed only if longer than Stripe accepts.
 */
export function stripeIdempotencyKey(taskKey: string | undefined): string | undefined {
  if (taskKey === undefined || taskKey.length <= MAX_KEY_LENGTH) return taskKey;
  return `sha256-${createHash("sha256").update(taskKey).digest("hex")}`;
}

/** The params without `stripeAccount`, and the request options that send it as the `Stripe-Account` header. */
function split<P>(params: WithConnect<P> | undefined, idempotencyKey?: string): [P, Stripe.RequestOptions] {
  const { stripeAccount, ...body } = (params ?? {}) as ConnectParams;
  return [
    body as P,
    {
      ...(stripeAccount ? { stripeAccount } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    },
  ];
}

/**
 * A `POST` that creates or changes something. It carries the task's idempotency key as Stripe's
 * `Idempotency-Key`, so a retry after a lost answer, a timeout or a 5xx gets Stripe's first
 * answer back instead of acting twice (the kit retries it knowing that: `"deduplicated"`).
 */
export function stripeWrite<P, R>(
  call: StripeCall<P, R>,
): Pick<TaskDeclaration<Stripe, WithConnect<P>, Plain<R>>, "call" | "sideEffect"> {
  return {
    call: (stripe, params, context: TaskCallContext) =>
      call(stripe, ...split(params, stripeIdempotencyKey(context.idempotencyKey))) as Promise<Plain<R>>,
    sideEffect: "deduplicated",
  };
}

/** A `GET`: reads only, retried freely. */
export function stripeRead<P, R>(
  call: StripeCall<P, R>,
): Pick<TaskDeclaration<Stripe, WithConnect<P>, Plain<R>>, "call" | "sideEffect"> {
  return { call: (stripe, params) => call(stripe, ...split(params)) as Promise<Plain<R>>, sideEffect: "none" };
}

/** The status and code of a Stripe error, duck-typed. */
const missing = (error: unknown) =>
  (error as { statusCode?: unknown }).statusCode === 404 && (error as { code?: unknown }).code === "resource_missing";

/**
 * A `DELETE` of an object (Stripe takes no idempotency key on one). Deleting twice is harmless,
 * and a retry whose first try deleted the object answers as Stripe did (`{ id, object, deleted }`)
 * instead of failing on the 404.
 */
export function stripeDelete<P extends { id: string }, R>(
  object: string,
  call: StripeCall<P, R>,
): Pick<TaskDeclaration<Stripe, WithConnect<P>, Plain<R>>, "call" | "sideEffect"> {
  return {
    call: async (stripe, params, context) => {
      try {
        return (await call(stripe, ...split(params))) as Plain<R>;
      } catch (error) {
        if (context.attempt > 1 && missing(error)) return { id: params.id, object, deleted: true } as Plain<R>;
        throw error;
      }
    },
    sideEffect: "idempotent",
  };
}

/** Stripe's largest page. */
const MAX_PAGE_SIZE = 100;

/** A list (`has_more` and `starting_after`), paged by the kit: one page, or more with `{ paginate }`. */
export function stripeList<P, Item>(
  call: StripeCall<P, Stripe.ApiList<Item>>,
): Pick<ListDeclaration<Stripe, WithConnect<P>, Stripe.ApiList<Item>>, "pager"> {
  return {
    pager: startingAfterPager({
      fetch: async (stripe, params) => ({ ...(await call(stripe, ...split(params))) }),
      maxPageSize: MAX_PAGE_SIZE,
    }),
  };
}

/** A search (`query`, `page` and `next_page`), paged by the kit like a list. */
export function stripeSearch<P, Item>(
  call: StripeCall<P, Stripe.ApiSearchResult<Item>>,
): Pick<ListDeclaration<Stripe, WithConnect<P>, Stripe.ApiSearchResult<Item>>, "pager"> {
  return {
    pager: bodyCursorPager({
      fetch: async (stripe, params) => ({ ...(await call(stripe, ...split(params))) }),
      itemsKey: "data",
      sizeParam: "limit",
      maxPageSize: MAX_PAGE_SIZE,
      cursorParam: "page",
      nextCursor: (page) => page.next_page,
    }),
  };
}
