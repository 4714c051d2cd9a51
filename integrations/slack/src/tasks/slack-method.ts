import type { TaskCallContext, TaskDeclaration } from "@acme/integration-kit";
import type { WebClient } from "@slack/web-api";
import { slackErrorCode } from "../slack-web-api-errors.js";
import { withoutToken } from "./slack-args.js";
import { slackProperties } from "./slack-properties.js";

/**
 * How Slack answers a repeat of a call that already took effect (`reactions.add` twice:
 * `already_reacted`), and what the repeat reports instead: so a retry after a lost answer succeeds
 * rather than failing on its own first try's work.
 */
export interface RepeatAnswer<P, R> {
  /** Slack's error codes that mean "already done". */
  readonly codes: readonly string[];
  /**
   * The result to report (default `{ ok: true }`), or undefined when the state is not what this
   * call asked for, so the error stands.
   */
  readonly answer?: (client: WebClient, params: P) => Promise<R | undefined>;
}

const ok = async <R>() => ({ ok: true }) as R;

/**
 * The `call` and `properties` of a task that makes one Web API call: the credential kept out of
 * its arguments, its method shown in the dashboard, and on a retry Slack's "already done" answer
 * (`repeat`) taken as the success it is.
 */
export function slackMethod<P, R>(
  method: string,
  call: (client: WebClient, params: P) => Promise<R>,
  repeat?: RepeatAnswer<P, R>,
): Pick<TaskDeclaration<WebClient, P, R>, "call" | "properties"> {
  return {
    properties: slackProperties(method),
    call: async (client: WebClient, params: P, context: TaskCallContext) => {
      const args = withoutToken(params);
      try {
        return await call(client, args);
      } catch (error) {
        // Only a retry can meet its own earlier work; on a first try the error is the caller's to see.
        const repeated = context.attempt > 1 && repeat?.codes.includes(slackErrorCode(error) ?? "");
        const answer = repeated ? await (repeat?.answer ?? ok<R>)(client, args) : undefined;
        if (answer === undefined) throw error;
        return answer;
      }
    },
  };
}
