import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { makeNullableTyped } from "../src/index.js";

/** Every schema below `node` that says `nullable` without a `type`. */
function untypedNullables(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + untypedNullables(item), 0);
  if (typeof node !== "object" || node === null) return 0;
  const own = (node as { nullable?: unknown }).nullable === true && !("type" in node) ? 1 : 0;
  return Object.values(node).reduce((sum: number, child) => sum + untypedNullables(child), own);
}

describe("makeNullableTyped", () => {
  it("makes the first typed branch of a oneOf nullable, and only that one", () => {
    const schema = { nullable: true, oneOf: [{ type: "string" }, { type: "integer" }] };
    expect(makeNullableTyped(schema)).toBe(1);
    expect(schema).toEqual({ oneOf: [{ type: "string", nullable: true }, { type: "integer" }] });
  });

  it("adds a null-only branch to a union of references", () => {
    const schema = { nullable: true, anyOf: [{ $ref: "#/a" }, { $ref: "#/b" }] };
    makeNullableTyped(schema);
    expect(schema.anyOf).toEqual([{ $ref: "#/a" }, { $ref: "#/b" }, { type: "string", nullable: true, enum: [null] }]);
  });

  it("turns a nullable allOf into 'the allOf, or null'", () => {
    const schema: Record<string, unknown> = { description: "d", nullable: true, allOf: [{ $ref: "#/a" }] };
    makeNullableTyped(schema);
    expect(schema).toEqual({
      description: "d",
      anyOf: [{ allOf: [{ $ref: "#/a" }] }, { type: "string", nullable: true, enum: [null] }],
    });
  });

  it("drops the keyword from a schema without a shape, and leaves typed ones alone", () => {
    const schema = { properties: { any: { nullable: true }, name: { type: "string", nullable: true } } };
    expect(makeNullableTyped(schema)).toBe(1);
    expect(schema.properties).toEqual({ any: {}, name: { type: "string", nullable: true } });
  });

  it("leaves no untyped nullable in GitHub's description", () => {
    const description = createRequire(import.meta.url)("@octokit/openapi/generated/api.github.com.json");
    expect(untypedNullables(description)).toBeGreaterThan(100);
    makeNullableTyped(description);
    expect(untypedNullables(description)).toBe(0);
  });
});
