import type { Slack } from "@acme/slack";
import type { IOWithIntegrations, TriggerClient } from "@trigger.dev/sdk";
import type { TriggerSdk } from "../trigger-sdks.js";

/** What varies between the Slack side-effect tests' `announce` jobs. */
export interface AnnounceJob<P> {
  /** The Slack integration the job uses, as `io.slack`. */
  readonly slack: Slack;
  /** Posts `text` as `payload` asks, through the task under test; the job outputs the message's `ts`. */
  readonly post: (io: IOWithIntegrations<{ slack: Slack }>, payload: P, text: string) => Promise<{ ts?: string }>;
}

/** Defines `announce` on `client`: on `release.published`, posts "v1.2.0 is out" and outputs `{ ts }`. */
export function defineAnnounceJob<P>(client: TriggerClient, sdk: TriggerSdk, job: AnnounceJob<P>): void {
  client.defineJob({
    id: "announce",
    name: "Announce",
    version: "1.0.0",
    trigger: sdk.eventTrigger({ name: "release.published" }),
    integrations: { slack: job.slack },
    run: async (payload: P, io) => {
      const posted = await job.post(io, payload, "v1.2.0 is out");
      return { ts: posted.ts ?? null };
    },
  });
}
