import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVirtualClock, type RunApiStandIn, startRunApiStandIn } from "../src/index.js";

describe("startRunApiStandIn", () => {
  let api: RunApiStandIn;
  const logged: string[] = [];
  const call = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${api.url}${path}`, {
      method: init.method ?? "POST",
      headers: { authorization: `Bearer ${api.apiKey}`, "content-type": "application/json", ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  beforeAll(async () => {
    api = await startRunApiStandIn({ clock: createVirtualClock(), log: (line) => logged.push(line) });
  });
  afterAll(() => api.close());

  it("returns the same task for the same idempotency key, like the service", async () => {
    const start = (key: string) =>
      call("/api/v1/runs/run_a/tasks", {
        headers: { "idempotency-key": key },
        body: { idempotencyKey: key, displayKey: "step", name: "Step", noop: false, params: { n: 1 } },
      }).then((response) => response.json() as Promise<{ id: string; status: string; attempts: number }>);
    const first = await start("key-1");
    const again = await start("key-1");
    const other = await start("key-2");
    expect(first).toMatchObject({ status: "RUNNING", attempts: 1 });
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(api.tasksOf("run_a").map((task) => task.idempotencyKey)).toEqual(["key-1", "key-2"]);
  });

  it("answers with cached-task envelopes when the SDK asks for that API version", async () => {
    const response = await call("/api/v1/runs/run_b/tasks", {
      headers: { "idempotency-key": "k", "trigger-version": "2023-09-29" },
      body: { idempotencyKey: "k", name: "Step", noop: false },
    });
    expect(response.headers.get("trigger-version")).toBe("2023-09-29");
    expect(await response.json()).toMatchObject({ task: { idempotencyKey: "k", status: "RUNNING" } });
  });

  it("completes a task with its serialised output and offers it as cached to the next execution", async () => {
    const task = (await (
      await call("/api/v1/runs/run_c/tasks", {
        headers: { "idempotency-key": "c" },
        body: { idempotencyKey: "c", name: "C", noop: false },
      })
    ).json()) as { id: string };
    const done = await call(`/api/v1/runs/run_c/tasks/${task.id}/complete`, {
      headers: { "trigger-version": "2023-11-01" },
      body: { output: JSON.stringify({ ok: 1 }), properties: [{ label: "Rows", text: "3" }] },
    });
    expect(done.status).toBe(200);
    expect(api.service.cachedTasks("run_c")).toEqual([
      { id: task.id, idempotencyKey: "c", status: "COMPLETED", noop: false, output: { ok: 1 }, parentId: null },
    ]);
    expect(api.tasksOf("run_c")[0]?.outputProperties).toEqual([{ label: "Rows", text: "3" }]);
  });

  it("rejects a wrong API key and names unknown routes instead of guessing", async () => {
    const denied = await call("/api/v1/runs/run_d/tasks", {
      headers: { authorization: "Bearer tr_dev_wrong" },
      body: {},
    });
    expect(denied.status).toBe(401);
    expect(((await denied.json()) as { error: string }).error).toMatch(/clientOptions/);

    const unknown = await call("/api/v2/runs/run_d/something", { body: {} });
    expect(unknown.status).toBe(404);
    expect(api.unknownRequests).toContainEqual({ method: "POST", url: "/api/v2/runs/run_d/something" });
    expect(logged.some((line) => line.includes("POST /api/v2/runs/run_d/something"))).toBe(true);
  });
});
