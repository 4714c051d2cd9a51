import type { SlackMethod } from "./slack-api-description.js";

/**
 * The two methods behind `files.uploadV2`, which Slack published after the vendored description
 * was last generated. Written from Slack's method reference (docs.slack.dev/reference/methods),
 * in the description's shape; `upload_url` is filled in per request to point back at the stand-in.
 */
export const uploadMethods: readonly SlackMethod[] = [
  {
    name: "files.getUploadURLExternal",
    required: ["filename", "length"],
    parameters: ["filename", "length", "alt_txt", "snippet_type"],
    scopes: ["files:write"],
    example: { ok: true, upload_url: "", file_id: "F0UPL0AD1" },
    errors: ["invalid_arguments", "not_authed", "invalid_auth", "missing_scope"],
  },
  {
    name: "files.completeUploadExternal",
    required: ["files"],
    parameters: ["files", "channel_id", "channels", "initial_comment", "thread_ts"],
    scopes: ["files:write"],
    example: {
      ok: true,
      files: [{ id: "F0UPL0AD1", title: "upload.txt", name: "upload.txt", mimetype: "text/plain", size: 0 }],
    },
    errors: ["invalid_arguments", "not_authed", "invalid_auth", "missing_scope", "channel_not_found"],
  },
];
