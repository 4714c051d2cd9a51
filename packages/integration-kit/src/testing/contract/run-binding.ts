import { type IntegrationOptions, MissingCredentialError, TaskOutsideRunError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { createTestIO } from "../test-io.js";
import type { ContractContext } from "./subject.js";

/** `cloneForRun`, credentials per run, isolation between runs, and what `runTask` hands the SDK. */
export function describeRunBinding<TClient, TOptions extends IntegrationOptions>(
  context: ContractContext<TClient, TOptions>,
): void {
  const { subject, name, make, bind, server, requestTagged } = context;
  const { tokenEnv, icon } = subject.Integration.service;

  /** The credential the server received for one probe run. */
  const probeCredential = async (accessToken: string | undefined, token?: string) => {
    const tag = `probe${Math.random().toString(36).slice(2, 10)}`;
    const { bound } = bind(make(token ? { token } : {}), accessToken);
    await bound.runTask(tag, async (client) => {
      await subject.probe(client, tag);
      return null;
    });
    return subject.credentialOf(requestTagged(tag));
  };

  describe("cloneForRun", () => {
    it("returns a new instance of the same class and leaves the original unbound", async () => {
      const original = make({ token: "tok-original-1" });
      const clone = original.cloneForRun(createTestIO().io, "conn");
      expect(clone).not.toBe(original);
      expect(clone).toBeInstanceOf(subject.Integration);
      expect([clone.id, clone.authSource]).toEqual([original.id, "LOCAL"]);
      await expect(original.runTask("still-unbound", async () => null)).rejects.toBeInstanceOf(TaskOutsideRunError);
    });

    it("authenticates with the token option, even when the run also has connection auth", async () => {
      expect(await probeCredential("tok-connection-1", "tok-option-1")).toBe("tok-option-1");
    });

    it("authenticates with the run's connection auth when HOSTED", async () => {
      expect(await probeCredential("tok-oauth-1")).toBe("tok-oauth-1");
    });

    it("throws MissingCredentialError for a HOSTED run without connection auth", () => {
      const attempt = () => make({ id: "hosted-id" }).cloneForRun(createTestIO().io, "conn");
      expect(attempt).toThrow(MissingCredentialError);
      expect(attempt).toThrow(new RegExp(`${name} integration \\(hosted-id\\).*${tokenEnv}`));
    });

    it("keeps 200 concurrent runs with distinct tokens apart: each request carries its own run's token", async () => {
      const integration = make();
      const runs = Array.from({ length: 200 }, (_, i) => ({ tag: `iso${i}x`, token: `tok-run-${i}-secret` }));
      await Promise.all(
        runs.map(({ tag, token }) =>
          bind(integration, token).bound.runTask(tag, async (client) => {
            await subject.probe(client, tag);
            return null;
          }),
        ),
      );
      expect(server().requests).toHaveLength(200);
      for (const { tag, token } of runs) expect(subject.credentialOf(requestTagged(tag))).toBe(token);
    });
  });

  describe("runTask", () => {
    it("rejects with TaskOutsideRunError when a task is called on the integration itself", async () => {
      const unbound = make({ id: "outside", token: "tok-outside-1" });
      for (const call of [
        () => unbound.runTask("k", async () => null, { name: "Do Something" }),
        () => subject.task(unbound, "outside"),
      ]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TaskOutsideRunError);
        expect(error).toMatchObject({ code: "TASK_OUTSIDE_RUN", integrationId: "outside" });
        expect((error as Error).message).toMatch(new RegExp(`${name} integration \\(outside\\).*io\\.`));
      }
      expect(server().requests).toHaveLength(0);
    });

    it("passes the service icon, a default retry and the run's connectionKey to io.runTask", async () => {
      const { bound, tasks } = bind(make({ token: "tok-options-2" }));
      await bound.runTask("opts", async () => "done", { name: "Opts" });
      expect(tasks[0]?.options).toMatchObject({
        name: "Opts",
        icon,
        connectionKey: "contract-connection",
        retry: { limit: expect.any(Number) },
      });
      expect(tasks[0]?.output).toBe("done");
    });

    it("runs the integration's own tasks with a name and JSON-serialisable output", async () => {
      const { bound, tasks } = bind(make({ token: "tok-own-task-1" }));
      await subject.task(bound, "owntask");
      requestTagged("owntask");
      const [task] = tasks;
      expect(task?.status).toBe("completed");
      expect(task?.options?.name).toEqual(expect.any(String));
      expect(JSON.parse(JSON.stringify(task?.output ?? null))).toEqual(task?.output ?? null);
    });
  });
}
