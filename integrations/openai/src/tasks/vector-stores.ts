import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { FileBatchCreateParams, FileBatchListFilesParams } from "openai/resources/vector-stores/file-batches";
import type { FileCreateParams, FileListParams, VectorStoreFile } from "openai/resources/vector-stores/files";
import type {
  VectorStore,
  VectorStoreCreateParams,
  VectorStoreListParams,
  VectorStoreSearchParams,
  VectorStoreSearchResponse,
  VectorStoreUpdateParams,
} from "openai/resources/vector-stores/vector-stores";
import { earlierByMetadata } from "./earlier-by-metadata.js";
import { type OpenaiPage, openaiPager } from "./openai-pagers.js";
import { pageJson } from "./page-json.js";

/** A vector store, by id. */
export interface VectorStoreRef {
  vector_store_id: string;
}

/** Files in a vector store: attaching a file is keyed by its id, so doing it twice changes nothing. */
export class VectorStoreFiles<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Attaches an uploaded file to a vector store. */
  readonly create = this.task({
    name: "Create Vector Store File",
    call: (client, p: VectorStoreRef & FileCreateParams) => {
      const { vector_store_id, ...body } = p;
      return client.vectorStores.files.create(vector_store_id, body);
    },
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["File", p.file_id],
    ],
    sideEffect: "idempotent",
  });
  /** Retrieves a file of a vector store (its status shows whether it is indexed). */
  readonly retrieve = this.task({
    name: "Retrieve Vector Store File",
    call: (client, p: VectorStoreRef & { file_id: string }) =>
      client.vectorStores.files.retrieve(p.file_id, { vector_store_id: p.vector_store_id }),
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["File", p.file_id],
    ],
    sideEffect: "none",
  });
  /** Lists the files of a vector store. */
  readonly list = this.listing({
    name: "List Vector Store Files",
    pager: openaiPager((client, p: VectorStoreRef & FileListParams) => {
      const { vector_store_id, ...query } = p;
      return pageJson<OpenaiPage<VectorStoreFile>>(client.vectorStores.files.list(vector_store_id, query));
    }),
    properties: (p) => [["Vector Store", p.vector_store_id]],
  });
  /** Removes a file from a vector store (the file itself stays). */
  readonly delete = this.task({
    name: "Delete Vector Store File",
    call: (client, p: VectorStoreRef & { file_id: string }) =>
      client.vectorStores.files.delete(p.file_id, { vector_store_id: p.vector_store_id }),
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["File", p.file_id],
    ],
    sideEffect: "idempotent",
  });
}

/** Batches of files attached to a vector store at once. */
export class VectorStoreFileBatches<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Attaches several files at once; attaching is keyed by file id, so doing it twice changes nothing. */
  readonly create = this.task({
    name: "Create Vector Store File Batch",
    call: (client, p: VectorStoreRef & FileBatchCreateParams) => {
      const { vector_store_id, ...body } = p;
      return client.vectorStores.fileBatches.create(vector_store_id, body);
    },
    properties: (p) => [["Vector Store", p.vector_store_id]],
    sideEffect: "idempotent",
  });
  /** Retrieves a file batch. */
  readonly retrieve = this.task({
    name: "Retrieve Vector Store File Batch",
    call: (client, p: VectorStoreRef & { batch_id: string }) =>
      client.vectorStores.fileBatches.retrieve(p.batch_id, { vector_store_id: p.vector_store_id }),
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["Batch", p.batch_id],
    ],
    sideEffect: "none",
  });
  /** Cancels a file batch in progress. */
  readonly cancel = this.task({
    name: "Cancel Vector Store File Batch",
    call: (client, p: VectorStoreRef & { batch_id: string }) =>
      client.vectorStores.fileBatches.cancel(p.batch_id, { vector_store_id: p.vector_store_id }),
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["Batch", p.batch_id],
    ],
    sideEffect: "idempotent",
  });
  /** Lists the files of a file batch. */
  readonly listFiles = this.listing({
    name: "List Vector Store File Batch Files",
    pager: openaiPager((client, p: { batch_id: string } & FileBatchListFilesParams) => {
      const { batch_id, ...params } = p;
      return pageJson<OpenaiPage<VectorStoreFile>>(client.vectorStores.fileBatches.listFiles(batch_id, params));
    }),
    properties: (p) => [["Batch", p.batch_id]],
  });
}

/** Vector stores: indexed files for `file_search` in Responses and Assistants. */
export class VectorStores<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Files in a vector store. */
  readonly files = new VectorStoreFiles<M>(this.runner);
  /** Batches of files attached at once. */
  readonly fileBatches = new VectorStoreFileBatches<M>(this.runner);

  /**
   * Creates a vector store (billed for what it stores). OpenAI takes no idempotency key: the
   * store carries the task's key in `metadata`, and a retry finds the one it already made.
   */
  readonly create = this.task({
    name: "Create Vector Store",
    call: (client, p: VectorStoreCreateParams) => client.vectorStores.create(p),
    properties: (p) => [["Name", p.name ?? undefined]],
    sideEffect: earlierByMetadata<VectorStoreCreateParams, VectorStore>("vector store", async (client) => {
      const page = await pageJson<OpenaiPage<VectorStore>>(client.vectorStores.list({ limit: 100 }));
      return page.data;
    }),
  });
  /** Retrieves a vector store. */
  readonly retrieve = this.task({
    name: "Retrieve Vector Store",
    call: (client, p: VectorStoreRef) => client.vectorStores.retrieve(p.vector_store_id),
    properties: (p) => [["Vector Store", p.vector_store_id]],
    sideEffect: "none",
  });
  /** Updates a vector store's name, expiry or metadata. */
  readonly update = this.task({
    name: "Update Vector Store",
    call: (client, p: VectorStoreRef & VectorStoreUpdateParams) => {
      const { vector_store_id, ...body } = p;
      return client.vectorStores.update(vector_store_id, body);
    },
    properties: (p) => [["Vector Store", p.vector_store_id]],
    sideEffect: "idempotent",
  });
  /** Lists vector stores. */
  readonly list = this.listing({
    name: "List Vector Stores",
    pager: openaiPager((client, p: VectorStoreListParams | undefined) =>
      pageJson<OpenaiPage<VectorStore>>(client.vectorStores.list(p ?? {})),
    ),
  });
  /** Deletes a vector store (its files stay). */
  readonly delete = this.task({
    name: "Delete Vector Store",
    call: (client, p: VectorStoreRef) => client.vectorStores.delete(p.vector_store_id),
    properties: (p) => [["Vector Store", p.vector_store_id]],
    sideEffect: "idempotent",
  });
  /** Searches a vector store for the chunks most relevant to a query. */
  readonly search = this.task({
    name: "Search Vector Store",
    call: (client, p: VectorStoreRef & VectorStoreSearchParams) => {
      const { vector_store_id, ...body } = p;
      return pageJson<OpenaiPage<VectorStoreSearchResponse>>(client.vectorStores.search(vector_store_id, body));
    },
    properties: (p) => [
      ["Vector Store", p.vector_store_id],
      ["Query", typeof p.query === "string" ? p.query.slice(0, 60) : undefined],
    ],
    sideEffect: "none",
  });
}
