import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishablePackages } from "../src/publishable-packages.js";

describe("publishablePackages", () => {
  it("lists the workspace's published packages with every entry of their exports", () => {
    const packages = publishablePackages(join(import.meta.dirname, "..", "..", ".."));
    const byName = Object.fromEntries(packages.map((pkg) => [pkg.name, pkg]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(["@acme/github", "@acme/integration-kit", "@acme/slack", "@acme/testing"]),
    );
    expect(Object.keys(byName).some((name) => name.includes("standin") || name.includes("install-check"))).toBe(false);
    expect(byName["@acme/integration-kit"]?.entries).toEqual([
      "@acme/integration-kit",
      "@acme/integration-kit/client",
      "@acme/integration-kit/testing",
    ]);
    expect(byName["@acme/github"]?.tarballName).toMatch(/^acme-github-\d+\.\d+\.\d+\.tgz$/);
    expect(byName["@acme/github"]?.nodeRange).toBe(">=20");
  });
});
