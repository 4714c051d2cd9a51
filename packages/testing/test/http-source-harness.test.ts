import { createHmac, timingSafeEqual } from "node:crypto";
import {
  ExternalSource,
  ExternalSourceTrigger,
  eventTrigger,
  TriggerClient,
  type TriggerIntegration,
} from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HttpSourceHarness,
  matchesEventFilter,
  matchesEventRule,
  SourceRegistrationError,
  startHttpSourceHarness,
} from "../src/index.js";

/** A minimal service integration with one HTTP source, written against the SDK as an integration would be. */
const demo: TriggerIntegration = {
  id: "demo",
  metadata: { id: "demo", name: "Demo" },
  authSource: "LOCAL",
  cloneForRun() {
    return demo;
  },
};

const registrations: { missing: string[]; secret: string; url: string }[] = [];

const source = new ExternalSource<TriggerIntegration, { board: string }, "HTTP">("HTTP", {
  id: "demo.board",
  version: "1.0.0",
  integration: demo,
  schema: { safeParse: (value: unknown) => ({ success: true, data: value as { board: string } }) },
  key: (params) => params.board,
  filter: (params) => ({ board: [params.board] }),
  register: async (event) => {
    registrations.push({ missing: event.options.event.missing, secret: event.source.secret, url: event.source.url });
    return { data: { hookId: 7 }, options: { event: event.options.event.desired } };
  },
  handler: async ({ rawEvent, source: { secret } }) => {
    const body = await rawEvent.text();
    const expected = createHmac("sha256", secret).update(body).digest();
    const given = Buffer.from(rawEvent.headers.get("x-signature") ?? "", "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { events: [], response: { status: 401, body: { error: "bad signature" } } };
    }
    const payload = JSON.parse(body) as { id: string; kind: string; unsourced?: boolean };
    // A handler may leave `source` out: the service then files the event under "trigger.dev".
    return {
      events: [{ id: payload.id, name: payload.kind, ...(payload.unsourced ? {} : { source: "demo.dev" }), payload }],
    };
  },
});

const cardEvent = (name: string, filter?: Record<string, string[]>) => ({
  name,
  title: name,
  source: "demo.dev",
  icon: "demo",
  ...(filter ? { filter } : {}),
  parsePayload: (payload: unknown) => payload as { id: string; kind: string; column: string },
  runProperties: (payload: { id: string; column: string }) => [
    { label: "Card", text: `${payload.id} (${payload.column})` },
  ],
});

let sources: HttpSourceHarness;
let client: TriggerClient;

beforeAll(async () => {
  sources = await startHttpSourceHarness();
  client = new TriggerClient({ id: "sources-test", ...sources.clientOptions });
  for (const [id, event] of [
    ["on-card", cardEvent("card")],
    ["on-card-done", cardEvent("card", { column: ["done"] })],
    ["on-comment", cardEvent("comment")],
  ] as const) {
    client.defineJob({
      id,
      name: id,
      version: "1.0.0",
      trigger: new ExternalSourceTrigger({ event, params: { board: "roadmap" }, source, options: {} }),
      run: async (payload) => ({ seen: (payload as { id: string }).id }),
    });
  }
  // A plain event trigger on the same name: only events filed under "trigger.dev" run it.
  client.defineJob({
    id: "on-plain-card",
    name: "on-plain-card",
    version: "1.0.0",
    trigger: eventTrigger({ name: "card" }),
    run: async (payload) => ({ seen: (payload as { id: string }).id }),
  });
});
afterAll(() => sources.close());

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("hex");
/** A POST as the demo service sends it to a source's URL. */
const post = (headers: Record<string, string>, body: string) =>
  new Request("https://hooks.demo.test/", { method: "POST", headers, body });

describe("startHttpSourceHarness", () => {
  it("lists the client's HTTP sources and registers one through its register job", async () => {
    const keys = await sources.sourceKeys(client);
    expect(keys).toEqual(["demo.board-http-roadmap-demo"]);
    const { run, source: state } = await sources.registerSource(client, keys[0] as string, { secret: "s3cret" });
    expect(run.status).toBe("SUCCESS");
    expect(registrations.at(-1)).toMatchObject({ missing: ["card", "comment"], secret: "s3cret" });
    // The register job's io.updateSource reached the harness and was stored.
    expect(state).toMatchObject({ active: true, data: { hookId: 7 }, options: { event: ["card", "comment"] } });
    expect(run.tasks.map((task) => task.name)).toContain("Update Source");
    expect(run.unknownRequests).toEqual([]);

    const again = await sources.registerSource(client, keys[0] as string);
    expect(again.run.status).toBe("SUCCESS");
    expect(registrations.at(-1)?.missing).toEqual([]);
  });

  it("delivers a request, runs every job whose rule matches, and drops a repeated event id", async () => {
    const [key] = await sources.sourceKeys(client);
    const secret = sources.sources.get(key as string)?.secret as string;
    const body = JSON.stringify({ id: "evt-1", kind: "card", board: "roadmap", column: "done" });
    const delivered = await sources.deliverWebhook(client, {
      key: key as string,
      request: post({ "content-type": "application/json", "x-signature": sign(secret, body) }, body),
    });
    expect(delivered.response).toEqual({ status: 200 });
    expect(delivered.handlerResponse).toEqual({ status: 200, body: { ok: true } });
    expect(delivered.events.map((event) => event.id)).toEqual(["evt-1"]);
    expect(delivered.runs.map((run) => [run.job.id, run.status, run.output])).toEqual([
      ["on-card", "SUCCESS", { seen: "evt-1" }],
      ["on-card-done", "SUCCESS", { seen: "evt-1" }],
    ]);
    // PREPROCESS_RUN went through the SDK first: the trigger's runProperties for each run.
    expect(delivered.runProperties).toEqual([
      [{ label: "Card", text: "evt-1 (done)" }],
      [{ label: "Card", text: "evt-1 (done)" }],
    ]);

    const repeat = await sources.deliverWebhook(client, {
      key: key as string,
      request: post({ "x-signature": sign(secret, body) }, body),
    });
    expect(repeat.duplicates).toHaveLength(1);
    expect(repeat.runs).toEqual([]);

    const todo = JSON.stringify({ id: "evt-2", kind: "card", board: "roadmap", column: "todo" });
    const filtered = await sources.deliverWebhook(client, {
      key: key as string,
      request: post({ "x-signature": sign(secret, todo) }, todo),
    });
    expect(filtered.runs.map((run) => run.job.id)).toEqual(["on-card"]);
  });

  it("answers the sender 200 as Trigger.dev does, and keeps the handler's refusal apart; nothing runs", async () => {
    const [key] = await sources.sourceKeys(client);
    const body = JSON.stringify({ id: "evt-3", kind: "card", board: "roadmap", column: "done" });
    const refused = await sources.deliverWebhook(client, {
      key: key as string,
      request: post({ "x-signature": sign("wrong", body) }, body),
    });
    // Trigger.dev's server answers before the handler runs: the sender never sees the 401.
    expect(refused.response).toEqual({ status: 200 });
    expect(refused.handlerResponse).toEqual({ status: 401, body: { error: "bad signature" } });
    expect(refused.events).toEqual([]);
    expect(refused.runs).toEqual([]);
  });

  it("files an event without a source under trigger.dev, as the service does: source triggers skip it", async () => {
    const [key] = await sources.sourceKeys(client);
    const secret = sources.sources.get(key as string)?.secret as string;
    const body = JSON.stringify({ id: "evt-4", kind: "card", board: "roadmap", column: "done", unsourced: true });
    const delivered = await sources.deliverWebhook(client, {
      key: key as string,
      request: post({ "x-signature": sign(secret, body) }, body),
    });
    expect(delivered.events).toHaveLength(1);
    expect(delivered.runs.map((run) => run.job.id)).toEqual(["on-plain-card"]);
  });

  it("says what to do when a source was never registered or does not exist", async () => {
    await expect(sources.deliverWebhook(client, { key: "nope", request: post({}, "") })).rejects.toThrow(
      /no source "nope" was registered/,
    );
    await expect(sources.registerSource(client, "nope")).rejects.toThrow(/declares no source "nope"/);
  });
});

describe("a source whose registration fails", () => {
  const failing = (register: () => Promise<undefined>) =>
    new ExternalSource<TriggerIntegration, { board: string }, "HTTP">("HTTP", {
      id: "demo.failing",
      version: "1.0.0",
      integration: demo,
      schema: { safeParse: (value: unknown) => ({ success: true, data: value as { board: string } }) },
      key: (params) => params.board,
      register,
      handler: async ({ rawEvent }) => ({
        events: [{ id: "evt-f", name: "card", source: "demo.dev", payload: JSON.parse(await rawEvent.text()) }],
      }),
    });
  const clientWith = (id: string, board: string, register: () => Promise<undefined>) => {
    const failingClient = new TriggerClient({ id, ...sources.clientOptions });
    failingClient.defineJob({
      id: "on-card",
      name: "on-card",
      version: "1.0.0",
      trigger: new ExternalSourceTrigger({
        event: cardEvent("card"),
        params: { board },
        source: failing(register),
        options: {},
      }),
      run: async () => ({ ran: true }),
    });
    return failingClient;
  };
  it("rejects registerSource naming the source and the cause, and delivers nothing to it", async () => {
    const key = "demo.failing-http-ops-demo";
    const failingClient = clientWith("failing-register", "ops", async () => {
      throw new Error("Demo API answered 403: the token may not manage webhooks");
    });
    const registering = sources.registerSource(failingClient, key);
    await expect(registering).rejects.toThrow(SourceRegistrationError);
    const error = (await registering.catch((caught: unknown) => caught)) as SourceRegistrationError;
    expect(error).toMatchObject({ code: "SOURCE_REGISTRATION_FAILED", sourceKey: key, run: { status: "ERROR" } });
    expect(error.message).toContain(`the source "${key}" was not registered`);
    expect(error.message).toContain("Demo API answered 403: the token may not manage webhooks");

    // Trigger.dev would keep the source inactive and drop its deliveries: the harness says so and runs nothing.
    const delivering = sources.deliverWebhook(failingClient, { key, request: post({}, '{"id":"evt-f"}') });
    await expect(delivering).rejects.toThrow(SourceRegistrationError);
    await expect(delivering).rejects.toThrow(/no delivery to the source "demo.failing-http-ops-demo".*403/);
  });

  it("rejects a register callback that returns nothing: the service never activates that source", async () => {
    const key = "demo.failing-http-silent-demo";
    const silentClient = clientWith("silent-register", "silent", async () => undefined);
    await expect(sources.registerSource(silentClient, key, { secret: "s" })).rejects.toThrow(
      /was not registered: its register job .* returned nothing, so it never called io\.updateSource/,
    );
  });
});

describe("matchesEventRule", () => {
  it("requires the name, the exact source (trigger.dev when the event has none), payload and context", () => {
    const rule = { event: "card", source: "demo.dev", payload: { column: ["done"] }, context: { hook: ["7"] } };
    const event = { name: "card", source: "demo.dev", payload: { column: "done" }, context: { hook: "7" } };
    expect(matchesEventRule(rule, event)).toBe(true);
    expect(matchesEventRule(rule, { ...event, name: "comment" })).toBe(false);
    expect(matchesEventRule(rule, { ...event, source: undefined })).toBe(false);
    expect(matchesEventRule({ ...rule, source: "trigger.dev" }, { ...event, source: undefined })).toBe(true);
    expect(matchesEventRule(rule, { ...event, payload: { column: "todo" } })).toBe(false);
    expect(matchesEventRule(rule, { ...event, context: { hook: "8" } })).toBe(false);
    expect(matchesEventRule(rule, { ...event, context: undefined })).toBe(false);
  });
});

describe("matchesEventFilter", () => {
  it("matches literals, nested objects, arrays of objects and content conditions", () => {
    const payload = { action: "closed", pull: { merged: true, labels: [{ name: "bug" }] }, repo: "Acme/Widgets" };
    expect(matchesEventFilter(payload, undefined)).toBe(true);
    expect(matchesEventFilter(payload, { action: ["closed", "opened"] })).toBe(true);
    expect(matchesEventFilter(payload, { action: ["opened"] })).toBe(false);
    expect(matchesEventFilter(payload, { pull: { merged: [true] } })).toBe(true);
    expect(matchesEventFilter(payload, { pull: { merged: [false] } })).toBe(false);
    expect(matchesEventFilter(payload, { pull: { labels: { name: ["bug"] } } })).toBe(true);
    expect(matchesEventFilter(payload, { pull: { labels: { name: ["feature"] } } })).toBe(false);
    expect(matchesEventFilter(payload, { repo: [{ $ignoreCaseEquals: "acme/widgets" }] })).toBe(true);
    expect(matchesEventFilter(payload, { repo: [{ $ignoreCaseEquals: "acme/gadgets" }] })).toBe(false);
    expect(matchesEventFilter(payload, { missing: [{ $exists: false }] })).toBe(true);
    expect(matchesEventFilter(null, { action: ["closed"] })).toBe(false);
    expect(() => matchesEventFilter(payload, { action: [{ $regex: "x" }] })).toThrow(/not supported/);
  });
});

describe("a source whose service issues the signing secret", () => {
  it("stores the secret the register job reports, and hands it to the handler on delivery", async () => {
    const issuing = new ExternalSource<TriggerIntegration, { board: string }, "HTTP">("HTTP", {
      id: "demo.issuing",
      version: "1.0.0",
      integration: demo,
      schema: { safeParse: (value: unknown) => ({ success: true, data: value as { board: string } }) },
      key: (params) => params.board,
      register: async (event) => ({
        secret: "whsec_issued_by_demo",
        data: { hookId: 9 },
        options: { event: event.options.event.desired },
      }),
      handler: async ({ rawEvent, source: { secret } }) => {
        const body = await rawEvent.text();
        const ok = rawEvent.headers.get("x-signature") === sign(secret, body);
        return ok
          ? { events: [{ id: "evt-i", name: "card", source: "demo.dev", payload: JSON.parse(body) }] }
          : { events: [], response: { status: 401, body: { error: "bad signature" } } };
      },
    });
    const issuingClient = new TriggerClient({ id: "issuing", ...sources.clientOptions });
    issuingClient.defineJob({
      id: "on-issued-card",
      name: "on-issued-card",
      version: "1.0.0",
      trigger: new ExternalSourceTrigger({
        event: cardEvent("card"),
        params: { board: "issued" },
        source: issuing,
        options: {},
      }),
      run: async () => ({ ran: true }),
    });
    const [key = ""] = await sources.sourceKeys(issuingClient);
    const { source: state } = await sources.registerSource(issuingClient, key, { secret: "trigger_generated" });
    expect(state).toMatchObject({ secret: "whsec_issued_by_demo", active: true, data: { hookId: 9 } });
    const body = JSON.stringify({ id: "evt-i", board: "issued" });
    const delivered = await sources.deliverWebhook(issuingClient, {
      key,
      request: post({ "x-signature": sign("whsec_issued_by_demo", body) }, body),
    });
    expect(delivered.runs.map((run) => run.output)).toEqual([{ ran: true }]);
  });
});
