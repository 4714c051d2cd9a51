/**
 * Runs `send` with a signal that aborts it with a `TimeoutError` after `timeoutMs`, unless the
 * caller brought its own `signal`, which is used as it is. The timer is cleared as soon as `send`
 * settles: `AbortSignal.timeout()` would keep its timer and signal alive for the whole timeout
 * after every request, which adds up at thousands of requests per minute.
 */
export async function withDeadline<T>(
  timeoutMs: number | undefined,
  send: (signal: AbortSignal | undefined) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (signal || !timeoutMs) return send(signal);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`timed out: no answer within ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  timer.unref?.();
  try {
    return await send(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
