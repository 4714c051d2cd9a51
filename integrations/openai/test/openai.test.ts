import { InvalidOptionsError, TokenUndefinedError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { OpenAI, Openai } from "../src/index.js";

describe("Openai options", () => {
  it("fails at construction when apiKey is given but empty (an unset OPENAI_API_KEY), naming the variable", () => {
    const construct = () => new Openai({ id: "openai", apiKey: process.env.OPENAI_KEY_THAT_IS_NOT_SET });
    expect(construct).toThrow(TokenUndefinedError);
    expect(construct).toThrow(/OpenAI integration \(openai\).*OPENAI_API_KEY/);
  });

  it("is LOCAL with an API key, under either name, and HOSTED without one", () => {
    expect(new Openai({ id: "a", apiKey: "sk-1" }).authSource).toBe("LOCAL");
    expect(new Openai({ id: "b", token: "sk-1" }).authSource).toBe("LOCAL");
    expect(new Openai({ id: "c" }).authSource).toBe("HOSTED");
  });

  it("refuses a baseURL that is not an absolute http(s) URL, under either name", () => {
    expect(() => new Openai({ id: "o", baseURL: "api.openai.com/v1" })).toThrow(InvalidOptionsError);
    expect(() => new Openai({ id: "o", baseUrl: "ftp://example.com" })).toThrow(InvalidOptionsError);
  });

  it("is exported under @trigger.dev/openai's class name too, with its metadata", () => {
    const openai = new OpenAI({ id: "my-openai", apiKey: "sk-1" });
    expect(openai).toBeInstanceOf(Openai);
    expect(openai.metadata).toEqual({ id: "openai", name: "OpenAI" });
    expect(openai.id).toBe("my-openai");
  });
});
