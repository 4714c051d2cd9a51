import { describe, expect, it } from "vitest";
import {
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  MAX_RATE_LIMITED_ATTEMPTS,
  ServiceError,
  type ServiceFailure,
} from "../src/index.js";

const origin = { service: { name: "Echo" }, integrationId: "echo" };
const failed = (failure: Omit<ServiceFailure, "message">) =>
  new ServiceError(origin, "Get Path", { message: "it failed", ...failure });
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

/** The params Trigger.dev v4 passes, at `attempt`, with the task's own next retry (or none left). */
const hookParams = (error: unknown, attempt = 1, budgetLeft = true): CatchErrorParams => ({
  error,
  ctx: { attempt: { number: attempt } },
  retryAt: budgetLeft ? inSeconds(2) : undefined,
  retryDelayInMs: budgetLeft ? 2_000 : undefined,
});

describe("catchServiceError", () => {
  it("retries a rate limit at the time the service named", () => {
    const retryAt = inSeconds(3600);
    expect(catchServiceError(hookParams(failed({ verdict: { kind: "rate-limited", retryAt } })))).toEqual({
      retryAt,
    });
  });

  it("stops retrying a permanent error", () => {
    expect(catchServiceError(hookParams(failed({ verdict: { kind: "permanent" }, status: 404 })))).toEqual({
      skipRetrying: true,
    });
  });

  it("leaves a transient error, and anything not a ServiceError, to the task's own backoff", () => {
    expect(catchServiceError(hookParams(failed({ verdict: { kind: "transient" }, status: 502 })))).toBeUndefined();
    expect(catchServiceError(hookParams(new Error("boom")))).toBeUndefined();
    expect(catchServiceError(hookParams("a string"))).toBeUndefined();
  });

  it("keeps the task's retry budget: no answer for a rate limit once its policy has no attempt left", () => {
    const error = failed({ verdict: { kind: "rate-limited", retryAt: inSeconds(60) } });
    expect(catchServiceError(hookParams(error, 3, false))).toBeUndefined();
    expect(catchServiceError(hookParams(error, MAX_RATE_LIMITED_ATTEMPTS))).toEqual({ skipRetrying: true });
    expect(catchServiceError({ error })).toMatchObject({ retryAt: expect.any(Date) });
  });

  it("finds a ServiceError along the cause chain, and one from another copy of the kit by its shape", () => {
    const wrapped = new Error("sync failed", { cause: failed({ verdict: { kind: "permanent" } }) });
    expect(catchServiceError(hookParams(wrapped))).toEqual({ skipRetrying: true });
    const retryAt = inSeconds(90);
    const copy = Object.assign(new Error("from another copy"), {
      name: "ServiceError",
      code: "RATE_LIMITED",
      verdict: { kind: "rate-limited", retryAt: retryAt.toISOString() },
    });
    expect(catchServiceError(hookParams(copy))).toEqual({ retryAt });
    const lookalike = Object.assign(new Error("not ours"), { verdict: { kind: "permanent" } });
    expect(catchServiceError(hookParams(lookalike))).toBeUndefined();
  });
});

describe("chainCatchError", () => {
  it("asks the hooks in order and returns the first answer", async () => {
    const asked: string[] = [];
    const mine = ({ error }: CatchErrorParams) => {
      asked.push("mine");
      return error instanceof TypeError ? { retryDelayInMs: 5 } : undefined;
    };
    const hook = chainCatchError(mine, catchServiceError);
    expect(await hook(hookParams(new TypeError("bad")))).toEqual({ retryDelayInMs: 5 });
    expect(await hook(hookParams(failed({ verdict: { kind: "permanent" } })))).toEqual({ skipRetrying: true });
    expect(await hook(hookParams(new Error("other")))).toBeUndefined();
    expect(asked).toEqual(["mine", "mine", "mine"]);
  });
});
