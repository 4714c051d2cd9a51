import { githubSignatureScheme, signWebhook, WebhookRejectedError } from "@acme/integration-kit";
import definitions from "@octokit/webhooks-examples";
import { describe, expect, it } from "vitest";
import { Github, receiveGithubWebhook } from "../src/index.js";

const SECRET = "whsec_github_test_3f9a1c";
const payload = definitions
  .find((definition) => definition.name === "issues")
  ?.examples.find((example) => (example as { action?: string }).action === "opened");
const body = JSON.stringify(payload);
const DELIVERY = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

const headersFor = (signature: string | undefined, extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  "x-github-event": "issues",
  "x-github-delivery": DELIVERY,
  "x-github-hook-id": "292430182",
  "user-agent": "GitHub-Hookshot/044aadd",
  ...(signature === undefined ? {} : { "x-hub-signature-256": signature }),
  ...extra,
});

const receive = (rawBody: string, headers: Record<string, string>, options: { secret?: string } = { secret: SECRET }) =>
  receiveGithubWebhook(new Request("https://hooks.example.test/github", { method: "POST", headers, body: rawBody }), {
    secret: options.secret,
    integrationId: "github-main",
  });
/** The `X-Hub-Signature-256` value GitHub would send for `text` under `secret`. */
const signatureOf = async (secret: string, text: string) =>
  (await signWebhook(githubSignatureScheme, { secret, body: text }))["x-hub-signature-256"] as string;

/** Every way we could think of to get a delivery accepted without the secret. */
async function forgeries(): Promise<{ label: string; rawBody: string; headers: Record<string, string> }[]> {
  const good = await signatureOf(SECRET, body);
  const digest = good.slice("sha256=".length);
  const list: { label: string; rawBody: string; headers: Record<string, string> }[] = [
    { label: "unsigned", rawBody: body, headers: headersFor(undefined) },
    { label: "empty header", rawBody: body, headers: headersFor("") },
    { label: "prefix only", rawBody: body, headers: headersFor("sha256=") },
    { label: "no prefix", rawBody: body, headers: headersFor(digest) },
    { label: "sha1 prefix", rawBody: body, headers: headersFor(`sha1=${digest}`) },
    { label: "not hex", rawBody: body, headers: headersFor(`sha256=${"z".repeat(64)}`) },
    { label: "odd length", rawBody: body, headers: headersFor(good.slice(0, -1)) },
    { label: "truncated", rawBody: body, headers: headersFor(good.slice(0, 40)) },
    { label: "extended", rawBody: body, headers: headersFor(`${good}00`) },
    { label: "zeros", rawBody: body, headers: headersFor(`sha256=${"0".repeat(64)}`) },
    { label: "legacy sha1 header only", rawBody: body, headers: headersFor(undefined, { "x-hub-signature": good }) },
    {
      label: "wrong secret",
      rawBody: body,
      headers: headersFor(await signatureOf(`${SECRET}x`, body)),
    },
    { label: "empty secret", rawBody: body, headers: headersFor(await signatureOf(" ", body)) },
    { label: "body with trailing newline", rawBody: `${body}\n`, headers: headersFor(good) },
    { label: "re-serialised body", rawBody: JSON.stringify(payload, null, 2), headers: headersFor(good) },
    { label: "empty body", rawBody: "", headers: headersFor(good) },
  ];
  // Every single-character change of the digest, and of the body at spread-out positions.
  for (let i = 0; i < digest.length; i++) {
    const flipped = digest[i] === "0" ? "1" : "0";
    list.push({
      label: `digest char ${i}`,
      rawBody: body,
      headers: headersFor(`sha256=${digest.slice(0, i)}${flipped}${digest.slice(i + 1)}`),
    });
  }
  for (let i = 0; i < body.length; i += Math.ceil(body.length / 64)) {
    const changed = body[i] === "a" ? "b" : "a";
    list.push({
      label: `body char ${i}`,
      rawBody: `${body.slice(0, i)}${changed}${body.slice(i + 1)}`,
      headers: headersFor(good),
    });
  }
  return list;
}

describe("receiveGithubWebhook", () => {
  it("accepts a delivery GitHub signed, with the delivery GUID as the event id", async () => {
    const receipt = await receive(body, headersFor(await signatureOf(SECRET, body)));
    expect(receipt).toMatchObject({
      ok: true,
      event: {
        id: DELIVERY,
        name: "issues",
        source: "github.com",
        payload,
        context: { "x-github-hook-id": "292430182", "user-agent": "GitHub-Hookshot/044aadd" },
      },
    });
  });

  it("rejects every forgery, saying why without the secret or a signature", async () => {
    const cases = await forgeries();
    const good = await signatureOf(SECRET, body);
    let rejected = 0;
    for (const forgery of cases) {
      const receipt = await receive(forgery.rawBody, forgery.headers);
      expect(receipt.ok, forgery.label).toBe(false);
      if (receipt.ok) continue;
      rejected += 1;
      expect(receipt.error).toBeInstanceOf(WebhookRejectedError);
      expect(receipt.error).toMatchObject({
        code: "WEBHOOK_REJECTED",
        service: "GitHub",
        integrationId: "github-main",
      });
      expect(receipt.error.status, forgery.label).toBe(401);
      expect(receipt.error.message).toMatch(/^GitHub integration \(github-main\): GitHub webhook rejected \(/);
      // What GitHub is answered: the one body shape, with the same status.
      const response = receipt.response();
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: receipt.error.reason, message: receipt.error.message });
      expect(receipt.error.message).not.toContain(SECRET);
      expect(receipt.error.message).not.toContain(good.slice(7, 20));
    }
    console.log(`GitHub webhook forgeries rejected: ${rejected} of ${cases.length}, 0 accepted`);
    expect(rejected).toBe(cases.length);
  });

  it("refuses everything when no secret is configured, naming GitHub, the integration and what to do", async () => {
    for (const secret of [undefined, ""]) {
      const receipt = await receive(body, headersFor(await signatureOf(SECRET, body)), { secret });
      expect(receipt.ok).toBe(false);
      if (receipt.ok) continue;
      expect(receipt.error).toMatchObject({
        reason: "no-secret-configured",
        status: 500,
        integrationId: "github-main",
      });
      expect(receipt.error.message).toMatch(
        /GitHub integration \(github-main\).*no webhook secret.*re-register the trigger.*receiveGithubWebhook/,
      );
    }
  });

  it("refuses signed deliveries that are not GitHub webhooks, and answers GitHub's ping with no event", async () => {
    const sign = (text: string) => signatureOf(SECRET, text);
    const notJson = await receive("not json", headersFor(await sign("not json")));
    expect(notJson).toMatchObject({ ok: false, error: { reason: "malformed-payload", status: 400 } });
    const array = await receive("[1]", headersFor(await sign("[1]")));
    expect(array).toMatchObject({ ok: false, error: { reason: "malformed-payload" } });
    const noEvent = { ...headersFor(await sign(body)), "x-github-event": "" };
    expect(await receive(body, noEvent)).toMatchObject({
      ok: false,
      error: { reason: "missing-header", status: 400, message: expect.stringContaining("X-GitHub-Event") },
    });
    const noDelivery = { ...headersFor(await sign(body)), "x-github-delivery": "" };
    expect(await receive(body, noDelivery)).toMatchObject({
      ok: false,
      error: { reason: "missing-header", message: expect.stringContaining("X-GitHub-Delivery") },
    });
    const ping = JSON.stringify({ zen: "Design for failure.", hook_id: 1 });
    const pong = await receive(ping, headersFor(await sign(ping), { "x-github-event": "ping" }));
    expect(pong).toMatchObject({ ok: true, kind: "reply", answer: { status: 200, body: { ok: true } } });
    const form = `payload=${encodeURIComponent(body)}`;
    expect(await receive(form, headersFor(await sign(form)))).toMatchObject({ ok: true, event: { payload } });
  });
});

describe("github.sources.repo: the SDK's handler path", () => {
  const github = new Github({ id: "github-main", token: "ghp_test_token_0123456789" });
  const handle = async (headers: Record<string, string>, secret = SECRET) => {
    const warnings: string[] = [];
    const logger = { warn: (line: string) => warnings.push(line) } as never;
    const request = new Request("https://api.trigger.dev/api/v1/sources/http/abc", { method: "POST", headers, body });
    const source = {
      key: "github.repo-HTTP-acme/widgets-github-main",
      secret,
      params: { owner: "acme", repo: "widgets" },
      data: {},
    };
    return { result: await github.sources.repo.handle(source as never, request, logger), warnings };
  };

  it("returns the event of a signed delivery", async () => {
    const { result, warnings } = await handle(headersFor(await signatureOf(SECRET, body)));
    expect(result?.events).toEqual([expect.objectContaining({ id: DELIVERY, name: "issues", payload })]);
    // Tagged with the source it came through, which the source's triggers require.
    expect(result?.events[0]?.context).toMatchObject({
      "x-github-hook-id": "292430182",
      "source-key": "github.repo-HTTP-acme/widgets-github-main",
    });
    expect(result?.response?.status).toBe(200);
    expect(warnings).toEqual([]);
  });

  it("answers a forged delivery with 401, no events, and a warning without the secret", async () => {
    const { result, warnings } = await handle(headersFor("sha256=deadbeef"));
    expect(result?.events).toEqual([]);
    expect(result?.response).toMatchObject({
      status: 401,
      body: { ok: false, error: "signature-mismatch", message: expect.stringMatching(/does not match/) },
    });
    expect(warnings).toHaveLength(1);
    expect(warnings.join("")).not.toContain(SECRET);
  });
});
