import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { UploadCompleteParams, UploadCreateParams } from "openai/resources/uploads/uploads";
import type { Uploadable } from "openai/uploads";
import { textOrUpload } from "./to-upload.js";

/** Uploads: a large file sent in parts of up to 64 MB, then completed into a file. */
export class Uploads<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Starts an upload; OpenAI cannot deduplicate it, so an ambiguous failure is not retried blindly. */
  readonly create = this.task({
    name: "Create Upload",
    call: (client, p: UploadCreateParams) => client.uploads.create(p),
    properties: (p) => [
      ["Filename", p.filename],
      ["Purpose", p.purpose],
    ],
    sideEffect: "unchecked",
  });
  /** Adds a part (text, or a File, Blob or stream) to an upload. */
  readonly addPart = this.task({
    name: "Add Upload Part",
    call: async (client, p: { upload_id: string; data: string | Uploadable }) =>
      client.uploads.parts.create(p.upload_id, { data: await textOrUpload(p.data, "part") }),
    properties: (p) => [["Upload", p.upload_id]],
    sideEffect: "unchecked",
  });
  /** Completes an upload from its parts, in order: the output holds the new file. */
  readonly complete = this.task({
    name: "Complete Upload",
    call: (client, p: { upload_id: string } & UploadCompleteParams) => {
      const { upload_id, ...body } = p;
      return client.uploads.complete(upload_id, body);
    },
    properties: (p) => [["Upload", p.upload_id]],
    sideEffect: "idempotent",
  });
  /** Cancels an upload. */
  readonly cancel = this.task({
    name: "Cancel Upload",
    call: (client, p: { upload_id: string }) => client.uploads.cancel(p.upload_id),
    properties: (p) => [["Upload", p.upload_id]],
    sideEffect: "idempotent",
  });
}
