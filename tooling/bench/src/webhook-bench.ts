import type { BenchDelivery } from "../bench-case.js";
import type { DiscoveredCase } from "./discover-cases.js";
import { kitVerifier } from "./kit-webhook-verifier.js";
import { compareOps } from "./measure.js";

/** Verifications per second of one case's deliveries: the kit, the service's own verifier, a raw HMAC. */
export interface WebhookResult {
  readonly ops: { readonly ours: number; readonly vendor?: number; readonly floor: number };
  /** What the report names the vendor's verifier. */
  readonly vendorName?: string;
  readonly vsVendor?: number;
  readonly vsFloor: number;
}

/**
 * A delivery of realistic size (about 7 KB, like an `issues.opened` payload): the same body for
 * every service, so the figures compare verifiers rather than payloads.
 */
export function benchPayload(): string {
  const labels = Array.from({ length: 12 }, (_, i) => ({ id: 1000 + i, name: `label-${i}`, color: "ededed" }));
  const user = {
    login: "octocat",
    id: 1,
    type: "User",
    site_admin: false,
    url: "https://api.github.com/users/octocat",
  };
  const body = "Steps to reproduce: ".padEnd(2500, "lorem ipsum dolor sit amet ");
  return JSON.stringify({ action: "opened", issue: { number: 1, title: "Bench", body, user, labels }, sender: user });
}

/**
 * The kit's verifier with the integration's scheme against the service's own verifier and a raw
 * `node:crypto` HMAC, in alternating rounds. Each must accept the signed delivery and refuse it
 * with one byte of the body changed before anything is timed.
 */
export async function measureWebhook(
  c: DiscoveredCase,
  modules: Record<string, unknown>,
  { rounds, roundMs, warmupMs }: { rounds: number; roundMs: number; warmupMs: number },
): Promise<WebhookResult | undefined> {
  const webhook = c.benchCase.webhook;
  if (!webhook) return undefined;
  const secret = "bench-webhook-secret";
  const now = Date.now();
  const rawBody = benchPayload();
  const delivery: BenchDelivery = { rawBody, secret, now, headers: webhook.sign({ rawBody, secret, now }) };
  const tampered: BenchDelivery = { ...delivery, rawBody: rawBody.replace('"opened"', '"closed"') };

  const ours = kitVerifier(webhook.scheme);
  const vendor = webhook.vendor;
  const verifiers: Record<string, (d: BenchDelivery) => unknown> = {
    ours,
    floor: webhook.floor,
    ...(vendor ? { vendor: (d: BenchDelivery) => vendor.verify(modules[vendor.package] as never, d) } : {}),
  };
  for (const [name, verify] of Object.entries(verifiers)) {
    if ((await verify(delivery)) !== true || (await verify(tampered)) !== false) {
      throw new Error(
        `${c.service}: the ${name} webhook verifier does not accept the signed delivery and refuse a changed one`,
      );
    }
  }
  const compared = await compareOps(
    Object.fromEntries(Object.entries(verifiers).map(([name, verify]) => [name, () => verify(delivery)])) as Record<
      "ours" | "floor" | "vendor",
      () => unknown
    >,
    { rounds, roundMs, warmupMs },
  );
  return {
    ops: { ours: compared.ours, floor: compared.floor, ...(vendor ? { vendor: compared.vendor } : {}) },
    ...(vendor ? { vendorName: vendor.name, vsVendor: compared.ratio("ours", "vendor") } : {}),
    vsFloor: compared.ratio("ours", "floor"),
  };
}
