import { githubSignatureScheme, signWebhook } from "@acme/integration-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { receiveGithubWebhook } from "../src/index.js";

const receive = (rawBody: string, headers: Record<string, string>, secret: string | undefined) =>
  receiveGithubWebhook(new Request("https://hooks.example.test/github", { method: "POST", headers, body: rawBody }), {
    secret,
    integrationId: "fuzz",
  });
const signatureOf = async (secret: string, text: string) =>
  (await signWebhook(githubSignatureScheme, { secret, body: text }))["x-hub-signature-256"];

const RUNS = 400;
const headerName = fc.constantFrom("x-hub-signature-256", "X-Hub-Signature-256", "x-hub-signature", "x-other");
// Header values a Request can carry (HTTP allows no control characters in them).
const signatureLike = fc.oneof(
  fc.string().filter((value) => /^[\x20-\x7e]*$/.test(value)),
  fc.stringMatching(/^sha256=[0-9a-f]{64}$/),
  fc.stringMatching(/^sha256=[0-9a-fA-F]{0,70}$/),
  fc.constant("sha256="),
);

describe("receiveGithubWebhook under arbitrary input (fast-check)", () => {
  it("never throws and never accepts a delivery without the right signature", async () => {
    let cases = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary" }),
        fc.dictionary(headerName, signatureLike, { maxKeys: 3 }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.constantFrom("issues", "push", "ping", ""),
        async (rawBody, signatures, secret, event) => {
          cases += 1;
          const headers = { ...signatures, "x-github-event": event, "x-github-delivery": "d-1" };
          const receipt = await receive(rawBody, headers, secret);
          if (!receipt.ok) {
            if (secret && secret.length >= 8) expect(receipt.error.message).not.toContain(secret);
            return;
          }
          accepted += 1;
          // Only possible when the generated header happens to be the right signature.
          const expected = await signatureOf(secret as string, rawBody);
          expect(signatures["x-hub-signature-256"] ?? signatures["X-Hub-Signature-256"]).toBe(expected);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`GitHub webhook fuzz: ${cases} arbitrary deliveries, ${accepted} accepted without the right signature`);
    expect(accepted).toBe(0);
  });

  it("accepts every correctly signed JSON object, with its payload intact", async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
        fc.string({ minLength: 1 }),
        fc.uuid(),
        async (payload, secret, delivery) => {
          cases += 1;
          const rawBody = JSON.stringify(payload);
          const headers = {
            "x-hub-signature-256": (await signatureOf(secret, rawBody)) as string,
            "x-github-event": "issues",
            "x-github-delivery": delivery,
          };
          const receipt = await receive(rawBody, headers, secret);
          expect(receipt).toMatchObject({ ok: true, event: { id: delivery, name: "issues" } });
          expect(receipt.kind === "event" && receipt.event.payload).toEqual(JSON.parse(rawBody));
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`GitHub webhook fuzz: ${cases} correctly signed deliveries, all accepted`);
  });
});
