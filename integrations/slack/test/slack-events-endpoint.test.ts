import { slackEventCallback, slackEventsRequest, slackRequestSignature } from "@acme/slack-standin";
import { indexClient } from "@acme/testing";
import { TriggerClient } from "@trigger.dev/sdk";
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SLACK_SIGNING_SECRET_ENV, Slack, type SlackEventsEndpoint } from "../src/index.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5-endpoint";
const URL_ = "https://example.test/api/v1/http-endpoints/slack-events";
const mention = slackEventCallback({
  type: "app_mention",
  user: "U0ASKER",
  text: "<@U0BOT> deploy please",
  ts: "1700000000.000100",
  channel: "C0DEPLOYS",
  event_ts: "1700000000.000100",
});
const now = () => Math.floor(Date.now() / 1000);
const counts = { forgeries: 0, fuzz: 0, falseAccepts: 0 };

afterAll(() => {
  console.log(
    `Slack Events API endpoint: ${counts.forgeries} forged requests rejected, ${counts.fuzz} fuzz cases, ${counts.falseAccepts} false accepts`,
  );
  expect(counts.falseAccepts).toBe(0);
});

const endpointFor = (signingSecret: string | undefined, id = "slack-events") =>
  new Slack({ id: "slack-bot" }).events.endpoint(
    new TriggerClient({ id: "slack-events-test", apiKey: "tr_dev_test" }),
    {
      id,
      signingSecret,
    },
  );

async function answer(endpoint: SlackEventsEndpoint, request: Request) {
  const response = await endpoint.handle(request);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined, text };
}

describe("slack.events.endpoint: requests Slack signed", () => {
  const endpoint = endpointFor(SECRET);

  it("accepts a signed event with 200", async () => {
    const result = await answer(endpoint, slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET }));
    expect(result).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("accepts a signed event up to 5 minutes old or ahead (clock skew), and a redelivery", async () => {
    for (const timestamp of [now() - 290, now() + 290]) {
      const request = slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp, retryNum: 1 });
      expect((await answer(endpoint, request)).status).toBe(200);
    }
  });

  it("answers the url_verification handshake with its challenge", async () => {
    const body = {
      token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    };
    const result = await answer(endpoint, slackEventsRequest({ url: URL_, body, signingSecret: SECRET }));
    expect(result).toEqual({
      status: 200,
      body: { challenge: body.challenge },
      text: JSON.stringify({ challenge: body.challenge }),
    });
  });

  it("leaves the request readable after verify()", async () => {
    const request = slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET });
    expect(await endpoint.verify(request)).toMatchObject({ ok: true });
    expect(JSON.parse(await request.text())).toEqual(mention);
  });

  it("registers with Trigger.dev as an endpoint from slack.com that answers every request, its jobs POSTs only", async () => {
    const client = new TriggerClient({ id: "slack-index", apiKey: "tr_dev_index" });
    const events = new Slack({ id: "slack" }).events.endpoint(client, { id: "Slack Events", signingSecret: SECRET });
    client.defineJob({
      id: "on-mention",
      name: "On mention",
      version: "1.0.0",
      trigger: events.on("app_mention"),
      run: async () => null,
    });
    const index = await indexClient(client, "tr_dev_index");
    expect(events.id).toBe("slack-events");
    expect(index.httpEndpoints).toEqual([
      expect.objectContaining({
        id: "slack-events",
        source: "slack.com",
        enabled: true,
        // An empty filter: Trigger.dev asks the endpoint about every method, so none is stored unanswered.
        immediateResponseFilter: {},
      }),
    ]);
    expect(index.jobs[0]?.trigger.rule).toEqual({
      event: "httpendpoint.slack-events",
      source: "slack.com",
      payload: { method: ["POST"], body: { type: ["event_callback"], event: { type: ["app_mention"] } } },
    });
  });
});

describe("slack.events.endpoint: everything else is refused", () => {
  const endpoint = endpointFor(SECRET);
  const raw = JSON.stringify(mention);
  const signedAt = (timestamp: number, body = raw) => slackRequestSignature(SECRET, timestamp, body);
  const forgeries: Array<[string, () => Request, string]> = [
    ["unsigned", () => slackEventsRequest({ url: URL_, body: mention }), "missing-signature"],
    [
      "signed with another secret",
      () => slackEventsRequest({ url: URL_, body: mention, signingSecret: "not-the-secret" }),
      "signature-mismatch",
    ],
    [
      "a body changed after signing",
      () =>
        slackEventsRequest({
          url: URL_,
          body: raw.replace("deploy", "delete"),
          signature: signedAt(now()),
          timestamp: now(),
        }),
      "signature-mismatch",
    ],
    [
      "a signature replayed with a new timestamp",
      () => slackEventsRequest({ url: URL_, body: raw, signature: signedAt(now() - 600), timestamp: now() }),
      "signature-mismatch",
    ],
    [
      "stale: signed 6 minutes ago",
      () => slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp: now() - 360 }),
      "stale-timestamp",
    ],
    [
      "from the future: 6 minutes ahead",
      () => slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp: now() + 360 }),
      "stale-timestamp",
    ],
    [
      "a v1 signature",
      () =>
        slackEventsRequest({
          url: URL_,
          body: mention,
          signature: signedAt(now()).replace("v0=", "v1="),
          timestamp: now(),
        }),
      "malformed-signature",
    ],
    [
      "a signature that is not hex",
      () => slackEventsRequest({ url: URL_, body: mention, signature: "v0=not-hex", timestamp: now() }),
      "malformed-signature",
    ],
    [
      "a signature cut short",
      () => slackEventsRequest({ url: URL_, body: raw, signature: signedAt(now()).slice(0, 41), timestamp: now() }),
      "signature-mismatch",
    ],
    [
      "no timestamp header",
      () => {
        const request = slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET });
        const headers = new Headers(request.headers);
        headers.delete("x-slack-request-timestamp");
        return new Request(URL_, { method: "POST", headers, body: raw });
      },
      "missing-timestamp",
    ],
  ];

  it.each(forgeries)("rejects a request %s with 401, naming why and never the secret", async (_, build, reason) => {
    const result = await answer(endpoint, build());
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ ok: false, error: reason });
    expect(result.body?.message).toMatch(
      /^Slack integration \(slack-bot\), HTTP endpoint "slack-events": Slack webhook rejected/,
    );
    expect(result.text).not.toContain(SECRET);
    counts.forgeries += 1;
  });

  it("rejects a signed body that is not an Events API request with 400", async () => {
    for (const body of ["token=abc&team_id=T1", JSON.stringify({ type: "event_callback" }), "{"]) {
      const result = await answer(endpoint, slackEventsRequest({ url: URL_, body, signingSecret: SECRET }));
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ ok: false, error: "malformed-payload" });
    }
  });

  it("never accepts arbitrary bodies, signatures and timestamps, and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.option(fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^v0=[0-9a-f]{64}$/)), { nil: undefined }),
        fc.option(fc.oneof(fc.integer({ min: now() - 200, max: now() + 200 }), fc.integer()), { nil: undefined }),
        async (body, signature, timestamp) => {
          counts.fuzz += 1;
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (signature !== undefined) headers["x-slack-signature"] = signature;
          if (timestamp !== undefined) headers["x-slack-request-timestamp"] = String(timestamp);
          const response = await endpoint.handle(new Request(URL_, { method: "POST", headers, body }));
          if (response.status === 200) counts.falseAccepts += 1;
          expect(response.status).toBe(401);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("slack.events.endpoint: methods other than POST", () => {
  const endpoint = endpointFor(SECRET);
  const resend = async (request: Request, method: string) =>
    method === "GET" || method === "HEAD"
      ? new Request(request.url, { method, headers: request.headers })
      : new Request(request.url, { method, headers: request.headers, body: await request.text() });

  it("answers 405 with Allow: POST to a signed or unsigned request in any other method, fresh or old", async () => {
    const requests = () => [
      slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET }),
      slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp: now() - 86_400 }),
      slackEventsRequest({ url: URL_, body: mention }),
    ];
    for (const method of ["PUT", "PATCH", "DELETE", "GET", "HEAD", "OPTIONS"]) {
      for (const request of requests()) {
        const response = await endpoint.handle(await resend(request, method));
        const body = JSON.parse(await response.text()) as Record<string, unknown>;
        expect([method, response.status, response.headers.get("allow")]).toEqual([method, 405, "POST"]);
        expect(body).toEqual({
          ok: false,
          error: "method-not-allowed",
          message: `Slack integration (slack-bot), HTTP endpoint "slack-events": Slack webhook rejected (method-not-allowed): the request is a ${method}; Slack sends only POST.`,
        });
        counts.forgeries += 1;
      }
    }
  });

  it("answers 405 before anything else, even without a signing secret", async () => {
    const saved = process.env[SLACK_SIGNING_SECRET_ENV];
    delete process.env[SLACK_SIGNING_SECRET_ENV];
    const unconfigured = new Slack({ id: "slack-bot" }).events.endpoint(
      new TriggerClient({ id: "no-secret", apiKey: "tr_dev_test" }),
      { id: "slack-events" },
    );
    if (saved !== undefined) process.env[SLACK_SIGNING_SECRET_ENV] = saved;
    const request = slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET });
    const response = await unconfigured.handle(await resend(request, "PUT"));
    expect(response.status).toBe(405);
  });

  it("verify() refuses another method, and judges age at the time given as receivedAt", async () => {
    const signedAt = now() - 3600;
    const request = () => slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp: signedAt });
    expect(await endpoint.verify(request())).toMatchObject({ ok: false, reason: "stale-timestamp" });
    expect(await endpoint.verify(request(), { receivedAt: (signedAt + 30) * 1000 })).toMatchObject({ ok: true });
    expect(await endpoint.verify(request(), { receivedAt: new Date((signedAt + 301) * 1000) })).toMatchObject({
      ok: false,
      reason: "stale-timestamp",
    });
    expect(await endpoint.verify(await resend(request(), "PATCH"), { receivedAt: signedAt * 1000 })).toMatchObject({
      ok: false,
      reason: "method-not-allowed",
    });
  });
});

describe("slack.events.endpoint: the check of a stored request before a run", () => {
  const endpoint = endpointFor(SECRET);
  const stored = async (request: Request, method = "POST") => ({
    url: request.url,
    method,
    headers: Object.fromEntries(request.headers),
    rawBody: await request.text(),
  });
  const signedAt = now() - 30 * 86_400;
  const captured = () => slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET, timestamp: signedAt });

  it("passes a POST received within 5 minutes of signing, however long ago that was", async () => {
    for (const delay of [0, 299, -299]) {
      expect(await endpoint.verifyStored(await stored(captured()), (signedAt + delay) * 1000)).toEqual({
        ok: true,
        timestamp: signedAt * 1000,
      });
    }
  });

  it("refuses a POST received more than 5 minutes after signing, saying when it was signed and received", async () => {
    for (const delay of [301, 3600, 86_400, 30 * 86_400]) {
      const result = await endpoint.verifyStored(await stored(captured()), (signedAt + delay) * 1000);
      expect(result).toMatchObject({
        ok: false,
        reason: "stale-timestamp",
        message: expect.stringMatching(
          /^Slack integration \(slack-bot\), HTTP endpoint "slack-events": Slack webhook rejected \(stale-timestamp\): the delivery was signed at .* but received at .*, more than 300 s apart/,
        ),
      });
      counts.forgeries += 1;
    }
  });

  it("refuses another method even when signed and received at once, an unknown receipt time, and forgeries", async () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const result = await endpoint.verifyStored(await stored(captured(), method), signedAt * 1000);
      expect(result).toMatchObject({ ok: false, reason: "method-not-allowed" });
    }
    expect(await endpoint.verifyStored(await stored(captured()), undefined)).toMatchObject({
      ok: false,
      reason: "missing-received-time",
    });
    const forged = slackEventsRequest({ url: URL_, body: mention, signingSecret: "guess", timestamp: signedAt });
    expect(await endpoint.verifyStored(await stored(forged), signedAt * 1000)).toMatchObject({
      ok: false,
      reason: "signature-mismatch",
    });
    counts.forgeries += 5;
  });
});

describe("slack.events.endpoint without a signing secret", () => {
  const saved = process.env[SLACK_SIGNING_SECRET_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[SLACK_SIGNING_SECRET_ENV];
    else process.env[SLACK_SIGNING_SECRET_ENV] = saved;
  });

  it("throws at construction when signingSecret is passed but undefined or empty, naming SLACK_SIGNING_SECRET", () => {
    process.env[SLACK_SIGNING_SECRET_ENV] = SECRET;
    for (const signingSecret of [undefined, "", "  "]) {
      expect(() => endpointFor(signingSecret)).toThrow(
        expect.objectContaining({
          name: "SigningSecretUndefinedError",
          code: "SIGNING_SECRET_UNDEFINED",
          integrationId: "slack-bot",
          message: expect.stringMatching(
            /^Can't create the HTTP endpoint "slack-events" of Slack integration \(slack-bot\) as signingSecret was undefined\..*SLACK_SIGNING_SECRET/,
          ),
        }),
      );
    }
  });

  it("with the option left out and SLACK_SIGNING_SECRET unset, rejects every request, even a correctly signed one, saying what to set", async () => {
    delete process.env[SLACK_SIGNING_SECRET_ENV];
    const client = new TriggerClient({ id: "slack-events-test", apiKey: "tr_dev_test" });
    const endpoint = new Slack({ id: "slack-bot" }).events.endpoint(client, { id: "slack-events" });
    const result = await answer(endpoint, slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET }));
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({ ok: false, error: "no-secret-configured" });
    expect(result.body?.message).toMatch(/^Slack integration \(slack-bot\), HTTP endpoint "slack-events"/);
    expect(result.body?.message).toContain("Set SLACK_SIGNING_SECRET");
    expect(result.body?.message).toContain("signingSecret");
    counts.forgeries += 1;
  });

  it("reads SLACK_SIGNING_SECRET when the option is left out", async () => {
    process.env[SLACK_SIGNING_SECRET_ENV] = SECRET;
    const client = new TriggerClient({ id: "env", apiKey: "tr_dev_env" });
    const fromEnv = new Slack({ id: "slack" }).events.endpoint(client, { id: "from-env" });
    const request = () => slackEventsRequest({ url: URL_, body: mention, signingSecret: SECRET });
    expect((await fromEnv.handle(request())).status).toBe(200);
  });

  it("needs an id", () => {
    const client = new TriggerClient({ id: "no-id", apiKey: "tr_dev_x" });
    expect(() => new Slack({ id: "slack" }).events.endpoint(client, {} as never)).toThrow(
      expect.objectContaining({
        name: "InvalidOptionsError",
        code: "INVALID_OPTIONS",
        message: expect.stringMatching(/^Can't create Slack integration \(slack\): .*needs an `id`/),
      }),
    );
  });
});
