import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { FileCreateParams, FileListParams, FileObject, FilePurpose } from "openai/resources/files";
import { backgroundPollUntil } from "./background.js";
import { itemsPager, type OpenaiPage } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";
import { type FileInput, textOrUpload } from "./to-upload.js";

/** A file to upload: its content as text or anything the SDK uploads, as `@trigger.dev/openai` took it. */
export interface CreateFileParams {
  /** Text (uploaded as a file named `fileName`), or a File, Blob, stream or fetch Response. */
  file: FileInput;
  /** The file's name when `file` is text (default `file.txt`). */
  fileName?: string;
  /** What the file is for: `fine-tune`, `batch`, `assistants`, `vision`, `user_data`, `evals`. */
  purpose: FilePurpose;
  /** When the file expires. */
  expires_after?: FileCreateParams["expires_after"];
}

/** Training examples as `@trigger.dev/openai` took them for a fine-tune file. */
export interface CreateFineTuneFileParams {
  /** The JSONL file's name. */
  fileName: string;
  /**
   * One example per line: chat examples (`{ messages }`, what fine-tuning jobs take today) or the
   * legacy `{ prompt, completion }` pairs.
   */
  examples: ReadonlyArray<{ prompt: string; completion: string } | { messages: unknown[] } | Record<string, unknown>>;
}

/** A file, by id: the id itself (as `@trigger.dev/openai` took it) or `{ file_id }`. */
export type FileRef = string | { file_id: string };

const idOf = (ref: FileRef) => (typeof ref === "string" ? ref : ref.file_id);
const DONE = ["processed", "error", "deleted"] as const;

const upload = async (client: OpenAI, p: CreateFileParams) =>
  client.files.create({
    file: await textOrUpload(p.file, p.fileName),
    purpose: p.purpose,
    ...(p.expires_after ? { expires_after: p.expires_after } : {}),
  });

/**
 * Files: upload, read, list, delete. An upload makes a file OpenAI does not deduplicate and has
 * no way to mark, so after an ambiguous failure it is not retried blindly.
 */
export class Files<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Uploads a file: `file` is text or a File, Blob, stream or fetch Response. */
  readonly create = this.task({
    name: "Create File",
    call: upload,
    properties: (p) => [
      ["Purpose", p.purpose],
      ["Input Type", typeof p.file === "string" ? "string" : "File"],
    ],
    sideEffect: "unchecked",
  });
  /** Uploads a file, then waits in the background (v2 jobs) until OpenAI has processed it. */
  readonly createAndWaitForProcessing = this.task({
    name: "Create File And Wait For Processing",
    call: async (client, p: CreateFileParams, context) => {
      const file = await upload(client, p);
      if ((DONE as readonly string[]).includes(file.status)) return file;
      return backgroundPollUntil<FileObject>(client, context, {
        task: "Create File And Wait For Processing",
        endpoint: `/files/${encodeURIComponent(file.id)}`,
        until: DONE,
      });
    },
    properties: (p) => [["Purpose", p.purpose]],
    sideEffect: "unchecked",
  });
  /** Waits in the background (v2 jobs) until OpenAI has processed a file. */
  readonly waitForProcessing = this.task({
    name: "Wait For File Processing",
    call: (client, p: FileRef, context) =>
      backgroundPollUntil<FileObject>(client, context, {
        task: "Wait For File Processing",
        endpoint: `/files/${encodeURIComponent(idOf(p))}`,
        until: DONE,
      }),
    properties: (p) => [["File", idOf(p)]],
    sideEffect: "none",
  });
  /** Retrieves a file's details. */
  readonly retrieve = this.task({
    name: "Retrieve File",
    call: (client, p: FileRef) => client.files.retrieve(idOf(p)),
    properties: (p) => [["File", idOf(p)]],
    sideEffect: "none",
  });
  /** Lists files (an array, as `@trigger.dev/openai` returned it); `{ paginate }` reads further pages. */
  readonly list = this.listing({
    name: "List Files",
    pager: itemsPager((client, p: FileListParams | undefined) =>
      pageJson<OpenaiPage<FileObject>>(client.files.list(p ?? {})),
    ),
  });
  /** Uploads training examples as a JSONL file for fine-tuning. */
  readonly createFineTune = this.task({
    name: "Create Fine Tune File",
    call: async (client, p: CreateFineTuneFileParams) =>
      client.files.create({
        file: await textOrUpload(p.examples.map((example) => JSON.stringify(example)).join("\n"), p.fileName),
        purpose: "fine-tune",
      }),
    properties: (p) => [["Examples", p.examples.length]],
    sideEffect: "unchecked",
  });
  /** Deletes a file. */
  readonly delete = this.task({
    name: "Delete File",
    call: (client, p: FileRef) => client.files.delete(idOf(p)),
    properties: (p) => [["File", idOf(p)]],
    sideEffect: "idempotent",
  });
  /** A file's content as text (a batch's JSONL results, say). */
  readonly content = this.task({
    name: "Retrieve File Content",
    call: async (client, p: FileRef) => ({ id: idOf(p), content: await (await client.files.content(idOf(p))).text() }),
    properties: (p) => [["File", idOf(p)]],
    sideEffect: "none",
  });
}
