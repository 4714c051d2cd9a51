import type { IntegrationOptions } from "@acme/integration-kit";
import { describe } from "vitest";
import { describeFailurePolicy } from "./contract/failure-policy.js";
import { describeOptionsAndIdentity } from "./contract/options-and-identity.js";
import { describePageBounds } from "./contract/page-bounds.js";
import { describeRunBinding } from "./contract/run-binding.js";
import { describeSecrecy } from "./contract/secrecy.js";
import { type ContractSubject, contractContext } from "./contract/subject.js";
import { describeTaskDeclarations } from "./contract/task-declarations.js";

export type { ContractSubject, IntegrationClass } from "./contract/subject.js";

/**
 * The behaviour every integration promises, as one vitest suite run against a loopback server:
 * the token guard and options; `authSource` and metadata; `cloneForRun` isolation, including
 * 200 concurrent runs with distinct tokens; the kit's errors; rate limits answered with `retryAt`,
 * permanent errors with `skipRetrying`, 5xx with the default backoff; no task hangs on a silent
 * service; a body that is not JSON fails with a readable error; a canary credential never
 * appears in an error, a log line, task params, properties or output; and every declared task has
 * a Title Case name, a property, params shown without the credential and, for list tasks, the
 * page bounds. Call it from a test file of the integration.
 */
export function describeIntegrationContract<TClient, TOptions extends IntegrationOptions>(
  subject: ContractSubject<TClient, TOptions>,
): void {
  describe(`${subject.Integration.service.name} integration contract`, () => {
    const context = contractContext(subject);
    describeOptionsAndIdentity(context);
    describeRunBinding(context);
    describeFailurePolicy(context);
    describeSecrecy(context);
    describeTaskDeclarations(context);
    describePageBounds(context);
  });
}
