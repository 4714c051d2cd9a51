import { inspect } from "node:util";
// By package name, not relative path: the testing entry must share the main entry's error classes.
import {
  type Integration,
  IntegrationError,
  type IntegrationOptions,
  InvalidOptionsError,
  MissingCredentialError,
  type ServiceInfo,
  TaskOutsideRunError,
  TokenUndefinedError,
} from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { type RecordedRequest, useRecordingServer } from "./recording-server.js";
import { createTestIO } from "./test-io.js";

/** An integration class as the suite sees it: constructible from options, with its service declared. */
export interface IntegrationClass<TClient, TOptions extends IntegrationOptions> {
  new (options: TOptions): Integration<TClient, TOptions>;
  readonly service: ServiceInfo;
}

/** How the suite drives one integration against a loopback server(). */
export interface ContractSubject<TClient, TOptions extends IntegrationOptions> {
  /** The integration class under test. */
  readonly Integration: IntegrationClass<TClient, TOptions>;
  /** Service-specific options that point the vendor client at `baseUrl`. */
  readonly options: (baseUrl: string) => Omit<TOptions, "id" | "token">;
  /** One authenticated request whose path or body contains `tag`, so runs can be told apart. */
  readonly probe: (client: TClient, tag: string) => Promise<unknown>;
  /** The credential a recorded request carried, as the service expects it (e.g. a bearer token). */
  readonly credentialOf: (request: RecordedRequest) => string | undefined;
}

/**
 * The behaviour every integration promises, as one vitest suite: the token guard, `authSource`,
 * `cloneForRun` isolation, the kit's errors, and that the real vendor client sends the right
 * credential and never leaks it. Call it from a test file of the integration.
 */
export function describeIntegrationContract<TClient, TOptions extends IntegrationOptions>(
  subject: ContractSubject<TClient, TOptions>,
): void {
  const { Integration: Subject } = subject;
  const { name, tokenEnv } = Subject.service;

  describe(`${name} integration contract`, () => {
    const server = useRecordingServer();
    /** Options as a user might write them, including wrong ones. */
    const make = (extra: { id?: string; token?: unknown } = {}) =>
      new Subject({ id: "contract", ...subject.options(server().url), ...extra } as unknown as TOptions);

    /** Runs the probe inside a run bound to `auth` and returns the credential the server received. */
    const probeRun = async (integration: Integration<TClient, TOptions>, tag: string, accessToken?: string) => {
      const { io } = createTestIO();
      const auth = accessToken ? { type: "oauth2" as const, accessToken } : undefined;
      const bound = integration.cloneForRun(io, `conn-${tag}`, auth);
      await bound.runTask(`probe-${tag}`, async (client) => {
        await subject.probe(client, tag);
        return null;
      });
      const request = server().requests.find((r) => r.url.includes(tag) || r.body.includes(tag));
      expect(request, `the probe request tagged ${tag} reached the server`).toBeDefined();
      return subject.credentialOf(request as RecordedRequest);
    };

    describe("token guard", () => {
      it("throws TokenUndefinedError when the token key is present but undefined", () => {
        const attempt = () => make({ id: "my-id", token: undefined });
        expect(attempt).toThrow(TokenUndefinedError);
        try {
          attempt();
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect(error).toBeInstanceOf(IntegrationError);
          expect((error as IntegrationError).code).toBe("TOKEN_UNDEFINED");
          expect((error as IntegrationError).integrationId).toBe("my-id");
          expect((error as Error).message).toContain(`Can't create ${name} integration (my-id) as token was undefined`);
          expect((error as Error).message).toContain(tokenEnv);
        }
      });

      it("treats an empty or blank token like an undefined one", () => {
        expect(() => make({ token: "" })).toThrow(TokenUndefinedError);
        expect(() => make({ token: "   " })).toThrow(TokenUndefinedError);
      });

      it("rejects a missing id and a token that is not a string with InvalidOptionsError", () => {
        expect(() => make({ id: "" })).toThrow(InvalidOptionsError);
        expect(() => make({ token: 42 })).toThrow(/must be a string/);
      });

      it("accepts options without a token key (HOSTED)", () => {
        expect(() => make()).not.toThrow();
      });
    });

    describe("identity", () => {
      it("reports the id option and the service metadata", () => {
        const integration = make({ id: "my-id" });
        expect(integration.id).toBe("my-id");
        expect(integration.metadata).toEqual({ id: Subject.service.id, name });
      });

      it("is LOCAL with a token and HOSTED without", () => {
        expect(make({ token: "tok-local-1" }).authSource).toBe("LOCAL");
        expect(make().authSource).toBe("HOSTED");
      });
    });

    describe("cloneForRun", () => {
      it("returns a new instance of the same class and leaves the original unbound", async () => {
        const original = make({ token: "tok-original-1" });
        const clone = original.cloneForRun(createTestIO().io, "conn");
        expect(clone).not.toBe(original);
        expect(clone).toBeInstanceOf(Subject);
        expect(clone.id).toBe(original.id);
        expect(clone.authSource).toBe("LOCAL");
        await expect(original.runTask("still-unbound", async () => null)).rejects.toBeInstanceOf(TaskOutsideRunError);
      });

      it("authenticates with the token option, even when the run also has connection auth", async () => {
        expect(await probeRun(make({ token: "tok-option-1" }), "local", "tok-connection-1")).toBe("tok-option-1");
      });

      it("authenticates with the run's connection auth when HOSTED", async () => {
        expect(await probeRun(make(), "hosted", "tok-oauth-1")).toBe("tok-oauth-1");
      });

      it("throws MissingCredentialError for a HOSTED run without connection auth", () => {
        const attempt = () => make({ id: "hosted-id" }).cloneForRun(createTestIO().io, "conn");
        expect(attempt).toThrow(MissingCredentialError);
        expect(attempt).toThrow(new RegExp(`${name} integration \\(hosted-id\\).*${tokenEnv}`));
      });

      it("never sends one run's token on another run's requests", async () => {
        const integration = make();
        const runs = Array.from({ length: 20 }, (_, i) => ({ tag: `iso${i}x`, token: `tok-run-${i}-secret` }));
        await Promise.all(runs.map(({ tag, token }) => probeRun(integration, tag, token)));
        for (const { tag, token } of runs) {
          const sent = server().requests.filter((r) => r.url.includes(tag) || r.body.includes(tag));
          expect(sent.map(subject.credentialOf)).toEqual([token]);
        }
      });
    });

    describe("runTask", () => {
      it("rejects with TaskOutsideRunError when called on the integration itself", async () => {
        const error = await make({ id: "outside" })
          .runTask("k", async () => null, { name: "Do Something" })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TaskOutsideRunError);
        expect((error as IntegrationError).code).toBe("TASK_OUTSIDE_RUN");
        expect((error as Error).message).toMatch(
          new RegExp(`${name} integration \\(outside\\).*"Do Something".*io\\.`),
        );
      });

      it("passes the service icon, a default retry and the run's connectionKey to io.runTask", async () => {
        const { io, tasks } = createTestIO();
        const bound = make({ token: "tok-options-2" }).cloneForRun(io, "conn-key-7");
        await bound.runTask("opts", async () => "done", { name: "Opts" });
        expect(tasks[0]?.options).toMatchObject({
          name: "Opts",
          icon: Subject.service.icon,
          connectionKey: "conn-key-7",
          retry: { limit: expect.any(Number) },
        });
        expect(tasks[0]?.output).toBe("done");
      });

      it("never lets the credential reach an error, even when the service echoes it back", async () => {
        const canary = "tok-canary-5b1e2d";
        server().respondWith((request) => ({
          status: 400,
          body: { ok: false, error: "invalid_auth", message: `Bad credentials ${subject.credentialOf(request)}` },
        }));
        const { io, tasks } = createTestIO();
        const bound = make({ token: canary }).cloneForRun(io, "conn");
        const error = await bound
          .runTask("leak", async (client) => {
            await subject.probe(client, "leak");
            return null;
          })
          .catch((e: unknown) => e);
        expect(server().requests.some((r) => JSON.stringify(r.headers).includes(canary))).toBe(true);
        expect(error).toBeInstanceOf(Error);
        expect(inspect(error, { depth: 8 })).not.toContain(canary);
        expect(inspect(tasks, { depth: 8 })).not.toContain(canary);
      });
    });
  });
}
