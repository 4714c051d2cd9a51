import { describe, expect, it } from "vitest";
import { registerWebhookSource, type WebhookHooks, type WebhookRegistrationEvent } from "../src/index.js";

const URL_ = "https://api.trigger.dev/api/v1/sources/http/src_1";
const origin = { service: { name: "Acme" }, integrationId: "acme" };

interface FakeHook {
  id: number;
  url: string;
  events: string[];
  secret?: string;
}

/** An in-memory service holding webhooks; `issues` makes it hand out the signing secret, as Stripe does. */
function service(options: { issues: boolean; hooks?: FakeHook[] }) {
  const hooks: FakeHook[] = options.hooks ?? [];
  const calls: string[] = [];
  let next = 100;
  const api: WebhookHooks<FakeHook> = {
    list: async () => {
      calls.push("list");
      return hooks.map((hook) => ({ ...hook }));
    },
    describe: (hook) => ({ id: hook.id, url: hook.url, events: hook.events }),
    create: async ({ url, events, secret }) => {
      calls.push("create");
      const hook = { id: next++, url, events: [...events], secret: options.issues ? `whsec_issued_${next}` : secret };
      hooks.push(hook);
      return { ...hook };
    },
    update: async (hook, { url, events, secret }) => {
      calls.push("update");
      const stored = hooks.find((candidate) => candidate.id === hook.id) as FakeHook;
      Object.assign(stored, { url, events: [...events] }, secret === undefined ? {} : { secret });
      // A service that issues secrets never returns them after creation.
      return { ...stored, ...(options.issues ? { secret: undefined } : {}) };
    },
    ...(options.issues
      ? {
          issuedSecret: (created: FakeHook) => created.secret,
          remove: async (hook: FakeHook) => {
            calls.push("remove");
            hooks.splice(hooks.indexOf(hooks.find((candidate) => candidate.id === hook.id) as FakeHook), 1);
          },
        }
      : {}),
  };
  return { api, hooks, calls };
}

const event = (desired: string[], secret = "trigger_secret", data?: unknown): WebhookRegistrationEvent => ({
  source: { url: URL_, secret, active: data !== undefined, ...(data === undefined ? {} : { data }) },
  options: { event: { desired } },
});

describe("registerWebhookSource, with a secret we choose (GitHub)", () => {
  it("creates once, then updates the same webhook with the events it lacks: never a duplicate", async () => {
    const { api, hooks, calls } = service({
      issues: false,
      hooks: [{ id: 1, url: "https://elsewhere", events: ["push"] }],
    });
    const first = await registerWebhookSource(event(["issues", "star", "issues"]), api, origin);
    expect(first).toEqual({
      data: { id: 100, url: URL_, events: ["issues", "star"] },
      options: { event: ["issues", "star"] },
    });
    const second = await registerWebhookSource(event(["issues", "push"], "trigger_secret", first.data), api, origin);
    expect(calls).toEqual(["list", "create", "list", "update"]);
    expect(hooks.filter((hook) => hook.url === URL_)).toEqual([
      { id: 100, url: URL_, events: ["issues", "star", "push"], secret: "trigger_secret" },
    ]);
    expect(second.options).toEqual({ event: ["issues", "push"] });
    expect(second).not.toHaveProperty("secret");
  });

  it("refuses to register without a secret, naming the service and integration", async () => {
    const { api, calls } = service({ issues: false });
    await expect(registerWebhookSource(event(["issues"], ""), api, origin)).rejects.toMatchObject({
      code: "WEBHOOK_REJECTED",
      reason: "no-secret-configured",
      message: expect.stringMatching(/^Acme integration \(acme\): can't register the webhook/),
    });
    expect(calls).toEqual([]);
  });
});

describe("registerWebhookSource, with a secret the service issues (Stripe)", () => {
  it("stores the issued secret on the source, and keeps it on the next registration", async () => {
    const { api, hooks, calls } = service({ issues: true });
    const first = await registerWebhookSource(event(["invoice.paid"]), api, origin);
    expect(first).toMatchObject({ secret: "whsec_issued_101", data: { id: 100, secretIssued: true } });
    // Trigger.dev now hands the stored secret and data back.
    const second = await registerWebhookSource(
      event(["invoice.paid", "charge.failed"], first.secret, first.data),
      api,
      origin,
    );
    expect(second).not.toHaveProperty("secret");
    expect(second.data).toEqual({ id: 100, url: URL_, events: ["invoice.paid", "charge.failed"], secretIssued: true });
    expect(calls).toEqual(["list", "create", "list", "update"]);
    expect(hooks).toHaveLength(1);
  });

  it("replaces a webhook at the URL whose secret was never stored, instead of reusing it unverifiable", async () => {
    const { api, hooks, calls } = service({
      issues: true,
      hooks: [{ id: 7, url: URL_, events: ["invoice.paid"], secret: "unknown" }],
    });
    const result = await registerWebhookSource(event(["invoice.paid"]), api, origin);
    expect(calls).toEqual(["list", "remove", "create"]);
    expect(result).toMatchObject({ secret: "whsec_issued_101", data: { id: 100 } });
    expect(hooks.map((hook) => hook.id)).toEqual([100]);
  });
});
