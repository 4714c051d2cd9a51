import { TaskInputError } from "@acme/integration-kit";
import type { Uploadable } from "openai/uploads";

/** A file as `@trigger.dev/openai` took it: text to upload, or anything the SDK can upload. */
export type FileInput = string | Uploadable;

/** Text becomes a file named `fileName` (default `file.txt`); anything else is uploaded as it is. */
export async function textOrUpload(file: FileInput, fileName = "file.txt"): Promise<Uploadable> {
  if (typeof file !== "string") return file;
  const { toFile } = await import("openai/uploads");
  return toFile(Buffer.from(file, "utf8"), fileName);
}

/** An image given by URL is fetched (as `@trigger.dev/openai` did); anything else is uploaded as it is. */
export async function urlOrUpload(image: string | Uploadable): Promise<Uploadable> {
  if (typeof image !== "string") return image;
  const response = await fetch(image);
  if (!response.ok) {
    throw new TaskInputError(
      `fetching the image at ${new URL(image).host} answered HTTP ${response.status}`,
      "Pass an image URL that answers 200, or the image itself (a File, Blob or stream).",
    );
  }
  return response;
}
