import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { FilesUploadV2Arguments, WebAPICallResult, WebClient } from "@slack/web-api";
import type { SlackArgs as Args } from "./slack-args.js";
import { slackMethod } from "./slack-method.js";

/** What `files.uploadV2` answers: one `files.completeUploadExternal` result per channel it shared to. */
export type FilesUploadV2Response = WebAPICallResult & { files: WebAPICallResult[] };

/** Files: `io.slack.files`. */
export class Files<M extends RunMode = "job"> extends TaskGroup<WebClient, M> {
  /**
   * Uploads a file or text content and optionally shares it (`files.uploadV2`: getUploadURLExternal,
   * the upload, completeUploadExternal). The bytes are not stored in the task's params. An upload
   * carries nothing a retry could find it by, so a lost answer is not retried.
   */
  readonly uploadV2 = this.task({
    name: "Upload File",
    ...slackMethod(
      "files.uploadV2",
      (c, p: Args<FilesUploadV2Arguments>) => c.files.uploadV2(p) as Promise<FilesUploadV2Response>,
    ),
    sideEffect: "unchecked",
  });
}
