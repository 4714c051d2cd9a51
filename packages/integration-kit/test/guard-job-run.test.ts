import { eventTrigger, TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { eventReceivedAt, type GuardedRunContext, guardJobRun } from "../src/index.js";
import { executeJobOnce } from "../src/testing/index.js";

const API_KEY = "tr_dev_guard";

/** An event trigger whose jobs run `guard` first: how an HTTP-endpoint receiver uses the kit. */
function guardedTrigger(guard: (payload: { n: number }, ctx: GuardedRunContext) => void) {
  const trigger = eventTrigger<{ n: number }>({ name: "guarded.event" });
  const attach = trigger.attachToJob.bind(trigger);
  trigger.attachToJob = (client, job) => {
    attach(client, job);
    guardJobRun(job, guard);
  };
  return trigger;
}

describe("guardJobRun through the real SDK", () => {
  const seen: Array<number | undefined> = [];
  const ran: number[] = [];
  const client = new TriggerClient({ id: "guard-test", apiKey: API_KEY, apiUrl: "http://127.0.0.1:9" });
  const guard = (payload: { n: number }, ctx: GuardedRunContext) => {
    seen.push(eventReceivedAt(ctx));
    if (payload.n !== 7 || eventReceivedAt(ctx) === 0) throw new Error("refused by the guard");
  };
  /** Executes `guarded` once, its event received (and its run started) at `timestamp`. */
  const execute = (timestamp: string, isTest = false) =>
    executeJobOnce(client, {
      apiKey: API_KEY,
      jobId: "guarded",
      event: { name: "guarded.event", payload: { n: 7 }, timestamp },
      startedAt: timestamp,
      isTest,
    });
  const job = client.defineJob({
    id: "guarded",
    name: "Guarded",
    version: "1.0.0",
    trigger: guardedTrigger(guard),
    run: async (payload) => {
      ran.push(payload.n);
      return { ran: payload.n };
    },
  });

  it("checks every execution with the run's context before the job's run", async () => {
    seen.length = 0;
    ran.length = 0;
    const timestamp = "2024-05-01T10:00:00.000Z";
    expect(await execute(timestamp)).toMatchObject({ status: "SUCCESS", output: { ran: 7 } });
    expect(seen).toEqual([Date.parse(timestamp)]);
    expect(await execute(new Date(0).toISOString())).toMatchObject({
      status: "ERROR",
      error: { message: "refused by the guard" },
    });
    expect(ran).toEqual([7]);
  });

  it("lets dashboard test runs through, as the SDK skips verifyPayload for them", async () => {
    seen.length = 0;
    const result = await execute(new Date(0).toISOString(), true);
    expect(result).toMatchObject({ status: "SUCCESS" });
    expect(seen).toEqual([]);
  });

  it("wraps once when the same guard is applied again (the job attached to another client)", async () => {
    guardJobRun(job, guard);
    seen.length = 0;
    await execute("2024-05-01T10:00:00.000Z");
    expect(seen).toHaveLength(1);
  });
});

describe("eventReceivedAt", () => {
  it("reads ctx.event.timestamp as a Date or an ISO string, and nothing else", () => {
    expect(eventReceivedAt({ event: { timestamp: new Date(1234) } })).toBe(1234);
    expect(eventReceivedAt({ event: { timestamp: "1970-01-01T00:00:01.000Z" } })).toBe(1000);
    for (const ctx of [undefined, {}, { event: {} }, { event: { timestamp: "yesterday" } }]) {
      expect(eventReceivedAt(ctx as GuardedRunContext)).toBeUndefined();
    }
  });
});
