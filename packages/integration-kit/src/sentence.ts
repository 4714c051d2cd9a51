/**
 * `text` as one sentence: trimmed, and ending in exactly one stop, so that messages joined from a
 * service's words and the kit's never read "..", ".:" or end without punctuation. An ellipsis
 * ("...", "…") is kept as it is.
 */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, "");
  if (trimmed === "" || /(\.\.\.|…)$/.test(trimmed)) return trimmed;
  return /[.!?]$/.test(trimmed) ? trimmed.replace(/\.+$/, ".") : `${trimmed}.`;
}
