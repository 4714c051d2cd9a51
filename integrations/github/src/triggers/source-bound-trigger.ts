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
 * integration): without this, each such job would run once per hook.
 */
export class SourceBoundTrigger<
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for an event of any payload type.
  TEvent extends EventSpecification<any>,
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own bound for a source of any integration and params.
  TSource extends ExternalSource<any, any, any>,
> extends ExternalSourceTrigger<TEvent, TSource> {
  /** The key Trigger.dev stores the source under, and sends back with each delivery (`x-ts-key`). */
  readonly sourceKey: string;

  constructor(options: ExternalSourceTriggerOptions<TEvent, TSource>) {
    super(options);
    // The same key the SDK announces for the source when the trigger is attached to a job.
    this.sourceKey = slugifyId(options.source.key(options.params));
  }

  /** The SDK's rule, plus a context filter on the source key. */
  override toJSON(): TriggerMetadata {
    const metadata = super.toJSON();
    if (metadata.type !== "static") return metadata;
    return { ...metadata, rule: { ...metadata.rule, context: { [SOURCE_KEY_CONTEXT]: [this.sourceKey] } } };
  }
}
