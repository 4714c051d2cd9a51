import { describe, expect, it } from "vitest";
import { ClientCache } from "../src/client-cache.js";

describe("ClientCache", () => {
  it("builds one client per credential and reuses it", async () => {
    const cache = new ClientCache<{ credential: string }>();
    const create = (credential: string) => ({ credential });
    const a = await cache.get("tok-a", create);
    expect(await cache.get("tok-a", create)).toBe(a);
    expect(await cache.get("tok-b", create)).not.toBe(a);
    expect((await cache.get("tok-b", create)).credential).toBe("tok-b");
  });

  it("builds an async client once however many calls wait, and tries again after a failure", async () => {
    const cache = new ClientCache<{ n: number }>();
    let built = 0;
    const create = async () => ({ n: ++built });
    const [a, b] = await Promise.all([cache.get("t", create), cache.get("t", create)]);
    expect(a).toBe(b);
    expect(built).toBe(1);
    const failing = new ClientCache<object>();
    await expect(failing.get("t", () => Promise.reject(new Error("sdk failed to load")))).rejects.toThrow("sdk failed");
    await new Promise((resolve) => setImmediate(resolve));
    await expect(failing.get("t", async () => ({ ok: true }))).resolves.toEqual({ ok: true });
  });

  it("stays within capacity, evicting the least recently used", async () => {
    const cache = new ClientCache<object>(2);
    const built: string[] = [];
    const create = (credential: string) => {
      built.push(credential);
      return {};
    };
    for (const credential of ["a", "b", "a", "c", "a", "b"]) await cache.get(credential, create);
    expect(cache.size).toBe(2);
    expect(built).toEqual(["a", "b", "c", "b"]);
  });
});
