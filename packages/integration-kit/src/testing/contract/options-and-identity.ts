import type { IntegrationOptions } from "@acme/integration-kit";
import { IntegrationError, InvalidOptionsError, TokenUndefinedError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import type { ContractContext } from "./subject.js";

/** The token guard, option checks, `id`, `metadata` and `authSource`. */
export function describeOptionsAndIdentity<TClient, TOptions extends IntegrationOptions>({
  subject,
  name,
  make,
}: ContractContext<TClient, TOptions>): void {
  const { tokenEnv } = subject.Integration.service;

  describe("options", () => {
    it("throws TokenUndefinedError when the token key is present but undefined", () => {
      let thrown: unknown;
      try {
        make({ id: "my-id", token: undefined });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TokenUndefinedError);
      expect(thrown).toBeInstanceOf(IntegrationError);
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).toMatchObject({ code: "TOKEN_UNDEFINED", integrationId: "my-id", service: name });
      expect((thrown as Error).message).toContain(`Can't create ${name} integration (my-id) as token was undefined`);
      expect((thrown as Error).message).toContain(tokenEnv);
    });

    it("treats an empty or blank token like an undefined one", () => {
      expect(() => make({ token: "" })).toThrow(TokenUndefinedError);
      expect(() => make({ token: "   " })).toThrow(TokenUndefinedError);
    });

    it("rejects a missing id, a token that is not a string and a bad timeout with InvalidOptionsError", () => {
      expect(() => make({ id: "" })).toThrow(InvalidOptionsError);
      expect(() => make({ token: 42 })).toThrow(/must be a string/);
      expect(() => make({ timeoutMs: -1 })).toThrow(/timeoutMs/);
    });

    it.each([
      ["not a url", /not an absolute URL/],
      ["/api/v3", /not an absolute URL/],
      ["ftp://files.example.com/", /got a ftp: URL/],
      [42, /got number/],
    ])("rejects the baseUrl %j at construction with InvalidOptionsError", (baseUrl, reason) => {
      let thrown: unknown;
      try {
        make({ id: "bad-url", baseUrl });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOptionsError);
      expect(thrown).toMatchObject({ code: "INVALID_OPTIONS", integrationId: "bad-url", service: name });
      expect((thrown as Error).message).toMatch(/`baseUrl` option must be an absolute http\(s\) URL/);
      expect((thrown as Error).message).toMatch(reason);
    });

    it("accepts options without a token key (HOSTED)", () => {
      expect(() => make()).not.toThrow();
    });
  });

  describe("identity", () => {
    it("reports the id option and the service metadata", () => {
      const integration = make({ id: "my-id" });
      expect(integration.id).toBe("my-id");
      expect(integration.metadata).toEqual({ id: subject.Integration.service.id, name });
    });

    it("is LOCAL with a token and HOSTED without", () => {
      expect(make({ token: "tok-local-1" }).authSource).toBe("LOCAL");
      expect(make().authSource).toBe("HOSTED");
    });
  });
}
