import type { SignatureScheme } from "./signature-scheme.js";

type NodeCrypto = typeof import("node:crypto");
type Algorithm = SignatureScheme["algorithm"];

/**
 * Node's own HMAC when the runtime has it: `process.getBuiltinModule` (Node 20.16+) reaches it
 * without a static `node:crypto` import, which would stop the kit from loading on edge runtimes.
 * It is about 15 times faster than Web Crypto's `subtle.sign`, which the other runtimes get.
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
})();

const encoder = new TextEncoder();
const NODE_ALGORITHMS: Record<Algorithm, string> = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-512": "sha512" };

/** Keys by secret, so a busy receiver derives (or imports) each secret's key once; bounded. */
class KeyCache<T> {
  readonly #entries = new Map<string, T>();
  get(id: string, make: () => T): T {
    let value = this.#entries.get(id);
    if (value === undefined) {
      if (this.#entries.size >= 64) this.#entries.delete(this.#entries.keys().next().value as string);
      value = make();
      this.#entries.set(id, value);
    }
    return value;
  }
}
/** An HMAC key: its bytes, and an id naming the secret and how it was read, for the caches. */
export interface SigningKey {
  readonly bytes: Uint8Array;
  readonly id: string;
}
const signingKeys = new KeyCache<SigningKey | null>();
const webKeys = new KeyCache<ReturnType<typeof crypto.subtle.importKey>>();

/** The HMAC key `secret` stands for under `scheme` (derived once per secret), or undefined when it cannot be decoded. */
export function signingKey(scheme: Pick<SignatureScheme, "key">, secret: string): SigningKey | undefined {
  const how = scheme.key;
  const id = how ? `base64:${how.stripPrefix ?? ""}\0${secret}` : `utf8\0${secret}`;
  const key = signingKeys.get(id, () => {
    if (!how) return { bytes: encoder.encode(secret), id };
    const text = how.stripPrefix && secret.startsWith(how.stripPrefix) ? secret.slice(how.stripPrefix.length) : secret;
    const bytes = decodeBase64(text);
    return bytes ? { bytes, id } : null;
  });
  return key ?? undefined;
}

/** Bytes of standard base64 text (padding optional), or undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.padEnd(Math.ceil(text.length / 4) * 4, "=")), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function encode(bytes: Uint8Array, encoding: "hex" | "base64"): string {
  if (encoding === "hex") return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The HMAC of the concatenated `parts` under `key`, written in `encoding`. Synchronous work on
 * Node (no copy of the body), Web Crypto with the imported key cached per secret elsewhere.
 */
export function hmac(
  algorithm: Algorithm,
  key: SigningKey,
  parts: readonly (string | Uint8Array)[],
  encoding: "hex" | "base64",
): string | Promise<string> {
  if (nodeCrypto) {
    const mac = nodeCrypto.createHmac(NODE_ALGORITHMS[algorithm], key.bytes);
    for (const part of parts) mac.update(part);
    return mac.digest(encoding);
  }
  return webHmac(algorithm, key, parts, encoding);
}

/** The Web Crypto path of {@link hmac}, which runtimes without Node's HMAC take. */
export async function webHmac(
  algorithm: Algorithm,
  key: SigningKey,
  parts: readonly (string | Uint8Array)[],
  encoding: "hex" | "base64",
): Promise<string> {
  const cryptoKey = await webKeys.get(`${algorithm}\0${key.id}`, () =>
    crypto.subtle.importKey("raw", key.bytes, { name: "HMAC", hash: algorithm }, false, ["sign"]),
  );
  const chunks = parts.map((part) => (typeof part === "string" ? encoder.encode(part) : part));
  const data = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return encode(new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, data)), encoding);
}

/** Compares in time that depends only on the lengths, so timing reveals nothing about the expected digest. */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i % (b.length || 1));
  return difference === 0;
}
