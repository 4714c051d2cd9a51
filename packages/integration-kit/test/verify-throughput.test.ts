import { createHmac, timingSafeEqual } from "node:crypto";
import { verify as octokitVerify } from "@octokit/webhooks-methods";
import { describe, expect, it } from "vitest";
import { githubSignatureScheme, signWebhook, verifyWebhookSignature } from "../src/index.js";

const SECRET = "It's a Secret to Everybody";
// A typical `issues` delivery is a few kilobytes.
const BODY = JSON.stringify({ action: "opened", issue: { number: 1, title: "Crash", body: "x".repeat(3000) } });

/** Verifications per second of `verify`, best of `rounds` rounds, so a busy machine does not decide the result. */
async function throughput(verify: () => Promise<boolean> | boolean, rounds = 5, perRound = 4000): Promise<number> {
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < perRound; i++) if (!(await verify())) throw new Error("a valid delivery was refused");
    best = Math.max(best, perRound / ((performance.now() - started) / 1000));
  }
  return Math.round(best);
}

describe("verifyWebhookSignature throughput", () => {
  it("verifies GitHub deliveries within 2x of @octokit/webhooks-methods, in the same process", async () => {
    const headers = await signWebhook(githubSignatureScheme, { secret: SECRET, body: BODY });
    const signature = headers["x-hub-signature-256"] as string;
    const expected = Buffer.from(signature.slice("sha256=".length), "hex");
    const ours = () =>
      verifyWebhookSignature(githubSignatureScheme, { secret: SECRET, rawBody: BODY, headers }).then((r) => r.ok);
    const octokit = () => octokitVerify(SECRET, BODY, signature);
    const raw = () => timingSafeEqual(createHmac("sha256", SECRET).update(BODY).digest(), expected);
    await throughput(ours, 1);
    await throughput(octokit, 1);
    const results = { ours: await throughput(ours), octokit: await throughput(octokit), raw: await throughput(raw) };
    console.log(
      `webhook verification throughput (3 KB body, best of 5): ours ${results.ours}/s, ` +
        `@octokit/webhooks-methods ${results.octokit}/s, raw node:crypto HMAC ${results.raw}/s`,
    );
    expect(results.ours).toBeGreaterThan(results.octokit / 2);
  });
});
