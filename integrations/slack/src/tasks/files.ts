import type { FilesUploadV2Arguments, WebAPICallResult } from "@slack/web-api";
import { SlackNamespace } from "./slack-namespace.js";
import type { SlackArgs } from "./task-definition.js";

/** What `files.uploadV2` answers: one `files.completeUploadExternal` result per channel it shared to. */
export type FilesUploadV2Response = WebAPICallResult & { files: WebAPICallResult[] };

/** Files: `io.slack.files`. */
export class Files extends SlackNamespace {
  /**
   * Uploads a file or text content and optionally shares it (`files.uploadV2`: getUploadURLExternal,
   * the upload, completeUploadExternal). The bytes are not stored in the task's params.
   */
  readonly uploadV2 = this.task(
    "Upload File",
    "files.uploadV2",
    (c, p: SlackArgs<FilesUploadV2Arguments>) => c.files.uploadV2(p) as Promise<FilesUploadV2Response>,
  );
}
