import { createTestIO, useRecordingServer } from "@acme/integration-kit/testing";
import { describe, expect, it } from "vitest";
import { Github } from "../src/index.js";

const server = useRecordingServer({ body: { login: "octocat" } });

describe("Github", () => {
  it("reports GitHub metadata", () => {
    expect(new Github({ id: "gh" }).metadata).toEqual({ name: "GitHub", id: "github" });
  });

  it("gives io.github.runTask the raw Octokit, pointed at baseUrl", async () => {
    const { io } = createTestIO();
    const github = new Github({ id: "gh", token: "ghp_rawclient", baseUrl: server().url }).cloneForRun(io, "gh");
    const login = await github.runTask(
      "me",
      async (octokit) => (await octokit.rest.users.getAuthenticated()).data.login,
    );
    expect(login).toBe("octocat");
    expect(server().requests[0]).toMatchObject({ method: "GET", url: "/user" });
    expect(server().requests[0]?.headers.authorization).toBe("token ghp_rawclient");
  });

  it("passes octokitRequest to Octokit as its request options", async () => {
    const seen: string[] = [];
    const github = new Github({
      id: "gh",
      token: "ghp_custom_fetch",
      baseUrl: server().url,
      octokitRequest: {
        fetch: (url: string, init: RequestInit) => {
          seen.push(url);
          return fetch(url, init);
        },
      },
    }).cloneForRun(createTestIO().io, "gh");
    await github.runTask("me", async (octokit) => (await octokit.rest.users.getAuthenticated()).data.login);
    expect(seen).toEqual([`${server().url}/user`]);
  });

  it("does not retry or wait on its own: one failing request, one attempt", async () => {
    server().respondWith(() => ({ status: 503, body: { message: "Service Unavailable" } }));
    const { io, tasks } = createTestIO();
    const github = new Github({ id: "gh", token: "ghp_noretry", baseUrl: server().url }).cloneForRun(io, "gh");
    await expect(
      github.runTask("me", async (octokit) => (await octokit.rest.users.getAuthenticated()).status),
    ).rejects.toThrow(/Service Unavailable/);
    expect(server().requests).toHaveLength(1);
    expect(tasks[0]?.status).toBe("failed");
  });

  it("reuses one Octokit per credential across clones, and never shares it between credentials", async () => {
    const github = new Github({ id: "gh", baseUrl: server().url });
    const clientFor = async (accessToken: string) => {
      let client: unknown;
      await github
        .cloneForRun(createTestIO().io, "gh", { type: "oauth2", accessToken })
        .runTask("client", async (octokit) => {
          client = octokit;
        });
      return client;
    };
    const [a1, a2, b] = await Promise.all([clientFor("tok-a-1111"), clientFor("tok-a-1111"), clientFor("tok-b-2222")]);
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b);
  });

  it("treats a 204 with a JSON content-type as success with no output, as a DELETE route answers", async () => {
    server().respondWith(() => ({
      status: 204,
      headers: { "content-type": "application/json; charset=utf-8" },
      body: "",
    }));
    const { io, tasks } = createTestIO();
    const github = new Github({ id: "gh", token: "ghp_delete", baseUrl: server().url }).cloneForRun(io, "gh");
    await expect(
      github.git.deleteRef("delete", { owner: "acme", repo: "app", ref: "heads/old" }),
    ).resolves.toBeUndefined();
    expect(tasks[0]?.status).toBe("completed");
    expect(tasks[0]?.answer).toBeUndefined();
  });
});
