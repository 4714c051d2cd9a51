import { TaskInputError } from "@acme/integration-kit";
import type { Uploadable } from "openai/uploads";

/** A file object from any `openai` SDK version (`@trigger.dev/openai` typed its files with 4.x's `FileLike`). */
export interface BlobFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  text(): Promise<string>;
}

/** A fetch response from any `openai` SDK version's point of view (4.x's `ResponseLike`). */
export interface ResponseFile {
  readonly url: string;
  blob(): Promise<unknown>;
}

/** A file as `@trigger.dev/openai` took it: text to upload, or anything the SDK can upload. */
export type FileInput = string | Uploadable | BlobFile | ResponseFile;

const isBlobFile = (value: unknown): value is BlobFile =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as BlobFile).name === "string" &&
  typeof (value as BlobFile).text === "function" &&
  !(value instanceof File);

/** Text becomes a file named `fileName` (default `file.txt`); a foreign file object is re-read; anything else is uploaded as it is. */
export async function textOrUpload(file: FileInput, fileName = "file.txt"): Promise<Uploadable> {
  const { toFile } = await import("openai/uploads");
  if (typeof file === "string") return toFile(Buffer.from(file, "utf8"), fileName);
  if (isBlobFile(file)) {
    const blob = file as BlobFile & { arrayBuffer?: () => Promise<ArrayBuffer> };
    const bytes = blob.arrayBuffer ? Buffer.from(await blob.arrayBuffer()) : Buffer.from(await blob.text(), "utf8");
    return toFile(bytes, file.name, { type: file.type });
  }
  if (!(file instanceof Response) && typeof (file as ResponseFile).blob === "function") {
    return toFile(file as ResponseFile as Response);
  }
  return file as Uploadable;
}

/** An image given by URL is fetched (as `@trigger.dev/openai` did); anything else is uploaded as it is. */
export async function urlOrUpload(image: Exclude<FileInput, string> | string): Promise<Uploadable> {
  if (typeof image !== "string") return textOrUpload(image);
  const response = await fetch(image);
  if (!response.ok) {
    throw new TaskInputError(
      `fetching the image at ${new URL(image).host} answered HTTP ${response.status}`,
      "Pass an image URL that answers 200, or the image itself (a File, Blob or stream).",
    );
  }
  return response;
}
