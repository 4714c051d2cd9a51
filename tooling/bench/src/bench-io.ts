import type { IO } from "@trigger.dev/sdk";

/**
 * The thinnest `io` a task can run on: it calls the task body at once. Both our integrations and
 * the earlier ones run on it, so the numbers compare integration code, not a run API.
 */
export function benchIO(): IO {
  const task = { id: "task", name: "bench", status: "EXECUTING" };
  const io = {
    runTask: (_key: unknown, callback: (task: unknown, io: unknown) => Promise<unknown>) => callback(task, io),
  };
  return io as unknown as IO;
}

/** A fetch that answers every request in memory with a small GitHub issue, so no socket is involved. */
export const inMemoryFetch = async (): Promise<Response> =>
  new Response(JSON.stringify({ number: 1, title: "Bench issue", state: "open" }), {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
