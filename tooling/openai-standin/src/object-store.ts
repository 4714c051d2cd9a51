/** An object the stand-in created and keeps, as OpenAI would answer it. */
export type StoredObject = Record<string, unknown> & { id: string };

/** The statuses an object passes through, one step per retrieval, by its `object` type. */
const LIFECYCLES: Record<string, readonly string[]> = {
  file: ["uploaded", "processed"],
  batch: ["validating", "in_progress", "finalizing", "completed"],
  "fine_tuning.job": ["validating_files", "queued", "running", "succeeded"],
  response: ["queued", "in_progress", "completed"],
  "thread.run": ["queued", "in_progress", "completed"],
  vector_store: ["in_progress", "completed"],
  "vector_store.file": ["in_progress", "completed"],
  "vector_store.files_batch": ["in_progress", "completed"],
};

/** Prefixes of the ids OpenAI gives, by collection (the path's last segment). */
const ID_PREFIXES: Record<string, string> = {
  files: "file-",
  batches: "batch_",
  vector_stores: "vs_",
  jobs: "ftjob-",
  assistants: "asst_",
  threads: "thread_",
  messages: "msg_",
  runs: "run_",
  uploads: "upload_",
  responses: "resp_",
  completions: "chatcmpl-",
  parts: "part_",
  file_batches: "vsfb_",
};

/** The first status of an object's lifecycle, or undefined when its type has none. */
export const firstStatus = (object: unknown): string | undefined => LIFECYCLES[String(object)]?.[0];

/** The last status of an object's lifecycle (where it has finished), or undefined when its type has none. */
export const lastStatus = (object: unknown): string | undefined => LIFECYCLES[String(object)]?.at(-1);

/**
 * Objects created through the stand-in, per collection path (`/files`, `/threads/thread_1/messages`),
 * in creation order. Each retrieval moves an object one status along its lifecycle, so pollers
 * and waits see it finish.
 */
export class ObjectStore {
  readonly #collections = new Map<string, StoredObject[]>();
  #next = 0;
  /** Called when an object reaches a status, to fill in what finishing produces (a batch's output file). */
  onStatus: (collection: string, object: StoredObject) => void = () => {};

  /** A new id for an object of `collection`. */
  newId(collection: string): string {
    const last = collection.split("/").at(-1) ?? "";
    this.#next += 1;
    return `${ID_PREFIXES[last] ?? "obj_"}standin${String(this.#next).padStart(6, "0")}`;
  }

  add(collection: string, object: StoredObject): StoredObject {
    const list = this.#collections.get(collection) ?? [];
    list.push(object);
    this.#collections.set(collection, list);
    return object;
  }

  get(collection: string, id: string): StoredObject | undefined {
    return this.#collections.get(collection)?.find((object) => object.id === id);
  }

  /** Moves the object one status further (if its type has a lifecycle and it has not ended). */
  advance(collection: string, object: StoredObject): StoredObject {
    const lifecycle = LIFECYCLES[String(object.object)];
    const at = lifecycle?.indexOf(String(object.status)) ?? -1;
    if (lifecycle && at >= 0 && at < lifecycle.length - 1) {
      object.status = lifecycle[at + 1];
      this.onStatus(collection, object);
    }
    return object;
  }

  remove(collection: string, id: string): boolean {
    const list = this.#collections.get(collection);
    const index = list?.findIndex((object) => object.id === id) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** The objects of a collection, oldest first. */
  list(collection: string): StoredObject[] {
    return [...(this.#collections.get(collection) ?? [])];
  }

  has(collection: string): boolean {
    return (this.#collections.get(collection)?.length ?? 0) > 0;
  }

  clear(): void {
    this.#collections.clear();
  }
}
