import { describe, expect, it } from "vitest";
import { ClientCache } from "../src/index.js";

describe("ClientCache", () => {
  it("builds one client per credential and reuses it", () => {
    const cache = new ClientCache<{ credential: string }>();
    const create = (credential: string) => ({ credential });
    const a = cache.get("tok-a", create);
    expect(cache.get("tok-a", create)).toBe(a);
    expect(cache.get("tok-b", create)).not.toBe(a);
    expect(cache.get("tok-b", create).credential).toBe("tok-b");
  });

  it("stays within capacity, evicting the least recently used", () => {
    const cache = new ClientCache<object>(2);
    const built: string[] = [];
    const create = (credential: string) => {
      built.push(credential);
      return {};
    };
    cache.get("a", create);
    cache.get("b", create);
    cache.get("a", create);
    cache.get("c", create);
    cache.get("a", create);
    cache.get("b", create);
    expect(cache.size).toBe(2);
    expect(built).toEqual(["a", "b", "c", "b"]);
  });
});
