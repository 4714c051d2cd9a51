import { eventTrigger, TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTimeline, type RunHarness, RunHarnessError, startRunHarness } from "../src/index.js";

const HOUR = 3_600_000;

describe("startRunHarness", () => {
  let harness: RunHarness;
  let client: TriggerClient;
  const calls = new Map<string, number>();
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1).get(key) ?? 0;

  beforeAll(async () => {
    harness = await startRunHarness({ log: () => {} });
    client = new TriggerClient({ id: "harness-test", ...harness.clientOptions });

    client.defineJob({
      id: "two-steps",
      name: "Two steps",
      version: "1.2.3",
      trigger: eventTrigger({ name: "order.created" }),
      run: async (payload: { id: number }, io) => {
        const a = await io.runTask("first", async () => ({ doubled: payload.id * 2 }), {
          name: "First",
          icon: "calculator",
          params: { id: payload.id },
          properties: [{ label: "order", text: String(payload.id) }],
        });
        const b = await io.runTask("second", async () => a.doubled + 1, { name: "Second" });
        return { a, b };
      },
    });

    client.defineJob({
      id: "rate-limited",
      name: "Rate limited",
      version: "1.0.0",
      trigger: eventTrigger({ name: "rate.limited" }),
      run: async (_payload, io) => {
        await io.runTask("before", async () => count("before"), { name: "Before" });
        const result = await io.runTask(
          "flaky",
          async () => {
            if (count("flaky") === 1) throw new Error("slow down");
            return "ok";
          },
          { name: "Flaky" },
          (error) => ({ retryAt: new Date(Date.now() + HOUR), error: error as Error }),
        );
        return result;
      },
    });

    client.defineJob({
      id: "always-fails",
      name: "Always fails",
      version: "1.0.0",
      trigger: eventTrigger({ name: "always.fails" }),
      run: async (_payload, io) =>
        io.runTask(
          "doomed",
          async () => {
            count("doomed");
            throw new Error("still broken");
          },
          { name: "Doomed", retry: { limit: 3, minTimeoutInMs: 60_000, factor: 2 } },
        ),
    });

    client.defineJob({
      id: "permanent",
      name: "Permanent",
      version: "1.0.0",
      trigger: eventTrigger({ name: "permanent" }),
      run: async (_payload, io) =>
        io.runTask(
          "gone",
          async () => {
            count("gone");
            throw new Error("not found");
          },
          { name: "Gone", retry: { limit: 5 } },
          () => ({ skipRetrying: true }),
        ),
    });

    client.defineJob({
      id: "platform",
      name: "Platform features",
      version: "1.0.0",
      trigger: eventTrigger({ name: "platform" }),
      run: async (_payload, io) => {
        await io.logger.info("starting");
        await io.wait("pause", 3600);
        await io.sendEvent("notify", { name: "platform.done", payload: { ok: true } });
        const status = await io.createStatus("progress", { label: "Progress", state: "loading" });
        await status.update("progress-done", { state: "success" });
        await io.store.run.set("set-count", "count", 3);
        const stored = await io.store.run.get<number>("get-count", "count");
        return { stored };
      },
    });
  });

  afterAll(() => harness.close());

  it("runs a job through the real SDK and records each task", async () => {
    const result = await harness.runJob(client, "two-steps", { id: 21 });
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ a: { doubled: 42 }, b: 43 });
    expect(result.job).toEqual({ id: "two-steps", version: "1.2.3" });
    expect(result.event.name).toBe("order.created");
    expect(result.executions).toBe(1);
    expect(result.unknownRequests).toEqual([]);
    expect(result.tasks.map((task) => [task.key, task.name, task.status, task.attempts.length])).toEqual([
      ["first", "First", "COMPLETED", 1],
      ["second", "Second", "COMPLETED", 1],
    ]);
    const [first] = result.tasks;
    expect(first).toMatchObject({
      icon: "calculator",
      params: { id: 21 },
      properties: [{ label: "order", text: "21" }],
      output: { doubled: 42 },
    });
    expect(first?.attempts[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("re-executes at retryAt with completed tasks cached, without sleeping", async () => {
    calls.clear();
    const started = Date.now();
    const result = await harness.runJob(client, "rate-limited", {});
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toBe("ok");
    expect(result.executions).toBe(2);
    expect(calls.get("before")).toBe(1);
    expect(calls.get("flaky")).toBe(2);
    expect(result.waitedMs).toBeGreaterThan(HOUR - 60_000);
    // Everything but the few milliseconds that really passed was skipped by the virtual clock.
    expect(result.simulatedWaitMs).toBeGreaterThan(result.waitedMs - 5_000);
    expect(result.simulatedWaitMs).toBeLessThanOrEqual(result.waitedMs);
    const flaky = result.tasks.find((task) => task.key === "flaky");
    expect(flaky?.status).toBe("COMPLETED");
    expect(flaky?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "COMPLETED"]);
    expect(flaky?.attempts[0]?.error?.message).toBe("slow down");
    expect(flaky?.attempts[1]?.startedAt.getTime()).toBeGreaterThanOrEqual(flaky?.attempts[0]?.retryAt?.getTime() ?? 0);
    expect(result.responses.map((response) => response.status)).toEqual(["RETRY_WITH_TASK", "SUCCESS"]);
  });

  it("follows the task's retry policy (limit = total attempts), then fails the task and the run", async () => {
    calls.clear();
    const result = await harness.runJob(client, "always-fails", {});
    expect(result.status).toBe("ERROR");
    expect(result.error?.message).toBe("still broken");
    expect(calls.get("doomed")).toBe(3);
    const [doomed] = result.tasks;
    expect(doomed?.status).toBe("ERRORED");
    expect(doomed?.attempts.map((attempt) => attempt.status)).toEqual(["RETRYING", "RETRYING", "ERRORED"]);
    expect(result.waitedMs).toBeGreaterThanOrEqual(60_000);
  });

  it("fails at once when the error callback says skipRetrying", async () => {
    calls.clear();
    const result = await harness.runJob(client, "permanent", {});
    expect(result.status).toBe("ERROR");
    expect(calls.get("gone")).toBe(1);
    expect(result.executions).toBe(1);
    expect(result.tasks[0]?.attempts.map((attempt) => attempt.status)).toEqual(["ERRORED"]);
  });

  it("serves logs, waits, events, statuses and the key-value store", async () => {
    const result = await harness.runJob(client, "platform", {});
    expect(result.unknownRequests).toEqual([]);
    expect(result.status).toBe("SUCCESS");
    expect(result.output).toEqual({ stored: 3 });
    expect(result.waitedMs).toBeGreaterThanOrEqual(HOUR - 1000);
    const log = result.tasks.find((task) => task.name === "log");
    expect(log).toMatchObject({ noop: true, description: "starting", properties: [{ label: "Level", text: "INFO" }] });
    expect(formatTimeline(result)).toMatch(/ · {2}INFO {2}starting\n/);
    expect(harness.api.events.map((event) => event.name)).toContain("platform.done");
    expect(result.tasks.find((task) => task.key === "pause")?.status).toBe("COMPLETED");
  });

  it("says what to fix when the job does not exist or the client was made for another harness", async () => {
    await expect(harness.runJob(client, "nope", {})).rejects.toThrow(/no job "nope".*"two-steps"/);
    const stranger = new TriggerClient({
      id: "stranger",
      apiKey: "tr_dev_other",
      apiUrl: harness.clientOptions.apiUrl,
    });
    await expect(harness.runJob(stranger, "two-steps", {})).rejects.toThrow(RunHarnessError);
    await expect(harness.runJob(stranger, "two-steps", {})).rejects.toMatchObject({ code: "RUN_HARNESS" });
    await expect(harness.runJob(stranger, "two-steps", {})).rejects.toThrow(/harness\.clientOptions/);
  });

  it("formats the run as a timeline", async () => {
    calls.clear();
    const text = formatTimeline(await harness.runJob(client, "rate-limited", {}));
    expect(text).toContain("✔ SUCCESS");
    expect(text).toMatch(/Flaky .* · 2 attempts/);
    expect(text).toMatch(/↻ attempt 1 .*slow down → retried at \+(59m|1h|60m)/);
    expect(text).toContain('output "ok"');
  });
});
