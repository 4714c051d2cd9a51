import type { CatchErrorAnswer, CatchErrorParams, CatchErrorResult } from "./catch-service-error.js";

/**
 * One `catchError` hook that asks `hooks` in order and returns the first answer, as Trigger.dev
 * asks a task's hook and then the global ones: `chainCatchError(myHook, catchServiceError)` lets
 * your hook decide first and the kit answer what it leaves.
 */
export function chainCatchError<P extends CatchErrorParams>(
  ...hooks: ReadonlyArray<(params: P) => CatchErrorResult>
): (params: P) => Promise<CatchErrorAnswer | undefined> {
  return async (params) => {
    for (const hook of hooks) {
      const answer = await hook(params);
      if (answer) return answer;
    }
    return undefined;
  };
}
