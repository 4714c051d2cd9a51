import type { IO } from "@trigger.dev/sdk";
import type { BenchEnv, BenchJson } from "../bench-case.js";

/** The API root integrations get in memory mode: never resolvable, so a request that escapes the bench fails. */
export const IN_MEMORY_ORIGIN = "http://in-memory.bench.invalid";

/**
 * The thinnest `io` a task can run on: it calls the task body at once. Every side runs on it, so
 * the numbers compare integration code, not a run API.
 */
export function benchIO(): IO {
  const task = { id: "task", name: "bench", status: "EXECUTING", idempotencyKey: "bench", attempts: 1 };
  const io = {
    runTask: (_key: unknown, callback: (task: unknown, io: unknown) => Promise<unknown>) => callback(task, io),
  };
  return io as unknown as IO;
}

/** An env whose fetch answers every request with `answer` in this process, counting the requests. */
export function memoryEnv(answer: BenchJson): BenchEnv & { readonly requests: () => number } {
  const body = JSON.stringify(answer);
  let requests = 0;
  const fetch = async () => {
    requests++;
    return new Response(body, { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });
  };
  return { io: benchIO(), mode: "memory", baseUrl: IN_MEMORY_ORIGIN, fetch, answer, requests: () => requests };
}

/** An env whose requests go to the loopback server at `origin`, whatever host their URL names. */
export function loopbackEnv(answer: BenchJson, origin: string): BenchEnv {
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const target = `${origin}${url.pathname}${url.search}`;
    return globalThis.fetch(input instanceof Request ? new Request(target, input) : target, init);
  };
  return { io: benchIO(), mode: "loopback", baseUrl: origin, fetch, answer };
}
