/** Credentials shorter than this are not searched for: they would blank out ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/** A base64 fragment shorter than this could match ordinary text, so it is not searched for. */
const MIN_FRAGMENT_LENGTH = 8;

/** Forms kept for this many credentials; a run uses one, so this covers every cached client. */
const CACHE_SIZE = 256;

const cache = new Map<string, readonly string[]>();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The part of the base64 of `<anything><secret><anything>` that depends on the secret alone, for
 * each of the three positions the secret can start at within a 3-byte group: the group holding
 * the first byte, and the last group when the secret does not fill it, are cut off.
 */
function base64Fragments(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const fragments: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const shifted = new Uint8Array(offset + bytes.length);
    shifted.set(bytes, offset);
    const whole = Math.floor(shifted.length / 3) * 4;
    const fragment = base64(shifted).slice(offset === 0 ? 0 : 4, whole);
    if (fragment.length >= MIN_FRAGMENT_LENGTH) fragments.push(fragment);
  }
  return fragments;
}

function computeForms(secret: string): readonly string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const encoded = encodeURIComponent(secret);
  const candidates = [
    secret,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    encoded.replaceAll("%20", "+"),
    JSON.stringify(secret).slice(1, -1),
  ];
  for (const fragment of base64Fragments(secret)) {
    candidates.push(fragment, fragment.replaceAll("+", "-").replaceAll("/", "_"));
  }
  // Longest first, so that no form is cut by a shorter one inside it.
  return [...new Set(candidates)].sort((a, b) => b.length - a.length);
}

/**
 * Every common form a credential travels in, each to be searched for and removed: the value
 * itself, URL-encoded (upper- and lower-case escapes, `+` for spaces), JSON-escaped, and the
 * fragment of base64 / base64url that any string containing it encodes to (a `Basic` pair such as
 * `user:<token>` or `x-access-token:<token>`, `<token>:`). Computed once per credential.
 */
export function credentialForms(secret: string): readonly string[] {
  let forms = cache.get(secret);
  if (forms === undefined) {
    forms = computeForms(secret);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(secret, forms);
  }
  return forms;
}
