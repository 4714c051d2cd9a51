import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInPages, JsonHttpClient, type Pager, specOf } from "../src/index.js";
import { type RecordingServer, startRecordingServer } from "../src/testing/index.js";
import { Echo } from "./echo-integration.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
  // Endless pages of two things each, `Link`ed by page number.
  server.respondWith((request) => {
    const page = Number(new URL(request.url, server.url).searchParams.get("page") ?? "1");
    return {
      headers: { link: `<${server.url}/things?page=${page + 1}>; rel="next"` },
      body: [{ id: `${page}a` }, { id: `${page}b` }],
    };
  });
});
afterAll(() => server.close());

const things = () => new Echo({ id: "echo", baseUrl: server.url }).things;
const pager = () => specOf(things().list).pager as Pager<JsonHttpClient, { tag?: string }, unknown[]>;
const client = () => new JsonHttpClient({ baseUrl: server.url });

describe("findInPages", () => {
  it("stops at the page holding the first match", async () => {
    server.requests.splice(0);
    const found = await findInPages(
      pager(),
      client(),
      {},
      {
        maxPages: 5,
        match: (thing: { id: string }) => thing.id === "2b",
      },
    );
    expect(found).toEqual({ id: "2b" });
    expect(server.requests).toHaveLength(2);
  });

  it("reads at most maxPages pages, then finds nothing", async () => {
    server.requests.splice(0);
    expect(await findInPages(pager(), client(), {}, { maxPages: 3, match: () => false })).toBeUndefined();
    expect(server.requests).toHaveLength(3);
  });
});
