import {
  type EventSpecification,
  type ExternalSource,
  ExternalSourceTrigger,
  type ExternalSourceTriggerOptions,
  slugifyId,
} from "@trigger.dev/sdk";

/** The event-context field a source's handler sets to the source's key (`ctx.event.context["source-key"]`). */
export const SOURCE_KEY_CONTEXT = "source-key";

type TriggerMetadata = ReturnType<ExternalSourceTrigger<never, never>["toJSON"]>;

/**
 * An external-source trigger whose rule also requires the event to come from its own source.
 * Trigger.dev matches an event against every job's rule whatever hook delivered it, and GitHub
 * sends one event to each hook that covers it (a repository's and its organization's, or one per
 * integration): without this, each such job would run once per hook. Built on use, not by
 * subclassing at load, so the package root loads beside SDK 4 (which has no ExternalSourceTrigger).
 */
export function sourceBoundTrigger<
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
  TEvent extends EventSpecification<any>,
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for a source of any integration and params.
  TSource extends ExternalSource<any, any, any>,
>(
  options: ExternalSourceTriggerOptions<TEvent, TSource>,
): ExternalSourceTrigger<TEvent, TSource> & { readonly sourceKey: string } {
  const trigger = new ExternalSourceTrigger(options);
  // The same key the SDK announces for the source when the trigger is attached to a job.
  const sourceKey = slugifyId(options.source.key(options.params));
  const sdkRule = trigger.toJSON.bind(trigger);
  trigger.toJSON = (): TriggerMetadata => {
    const metadata = sdkRule();
    if (metadata.type !== "static") return metadata;
    return { ...metadata, rule: { ...metadata.rule, context: { [SOURCE_KEY_CONTEXT]: [sourceKey] } } };
  };
  return Object.assign(trigger, { sourceKey });
}
