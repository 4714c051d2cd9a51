// Trigger.dev v2's trigger shapes, declared structurally for the reason given in `io.ts`: the
// SDK's `Trigger` interface and `EventSpecification` accept these, so `defineJob({ trigger })`
// infers the payload type from them as it does from its own.
import type { DisplayProperty } from "./io.js";

/** Trigger.dev's rule over an event's payload (the SDK's `EventFilter`). */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's matchers (`$startsWith`, `$gt`...) pass through as given.
export type EventFilter = { [key: string]: EventFilter | string[] | number[] | boolean[] | any[] };

/** An example payload shown in the dashboard for test runs. */
export interface EventSpecificationExample {
  id: string;
  name: string;
  icon?: string;
  payload?: unknown;
}

/** What a trigger runs for and how its payload is parsed (the SDK's `EventSpecification`). */
export interface EventSpecification<TEvent, TInvoke = TEvent> {
  name: string | string[];
  title: string;
  source: string;
  icon: string;
  properties?: DisplayProperty[];
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own untyped schema slot.
  schema?: any;
  examples?: EventSpecificationExample[];
  filter?: EventFilter;
  parsePayload: (payload: unknown) => TEvent;
  parseInvokePayload?: (payload: unknown) => TInvoke;
  runProperties?: (payload: TEvent) => DisplayProperty[];
}

/** The SDK's answer to `verifyPayload`. */
export type VerifyResult = { success: true } | { success: false; reason?: string };

/** A job trigger (the SDK's `Trigger`): what `client.defineJob({ trigger })` takes. */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
export interface Trigger<TEventSpec extends EventSpecification<any>> {
  event: TEventSpec;
  // biome-ignore lint/suspicious/noExplicitAny: the run API's trigger metadata, produced by the SDK's own code.
  toJSON(): any;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's `TriggerClient` and `Job`, which SDK 4 does not have.
  attachToJob(triggerClient: any, job: any): void;
  preprocessRuns: boolean;
  verifyPayload: (payload: ReturnType<TEventSpec["parsePayload"]>) => Promise<VerifyResult>;
}

/** A trigger on a webhook source (the SDK's `ExternalSourceTrigger`); `TSource` names the source it registers. */
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
export interface ExternalSourceTrigger<TEventSpec extends EventSpecification<any>, TSource>
  extends Trigger<TEventSpec> {
  /** The source whose registration this trigger needs (type only). */
  readonly __source?: TSource;
}

/** What `client.defineHttpEndpoint` takes (the SDK's `EndpointOptions`, the fields the kit sets). */
export interface HttpEndpointOptions {
  id: string;
  source: string;
  title?: string;
  icon?: string;
  enabled?: boolean;
  respondWith?: {
    filter?: Record<string, unknown>;
    handler: (request: Request, verify: () => Promise<VerifyResult>) => Promise<Response>;
  };
  verify: (request: Request) => Promise<VerifyResult>;
}

/** The SDK's HTTP endpoint object, as `client.defineHttpEndpoint` returns it. */
export interface HttpEndpoint {
  readonly id: string;
  onRequest(options?: { filter?: Record<string, unknown> }): Trigger<EventSpecification<Request>>;
}

/** The part of a v2 `TriggerClient` an endpoint needs. */
export interface HttpEndpointClient {
  defineHttpEndpoint(options: HttpEndpointOptions, suppressWarnings?: boolean): HttpEndpoint;
}
