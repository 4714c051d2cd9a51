/** Longest summary of a body, in characters: enough for a page title or an error line. */
const MAX_SUMMARY_LENGTH = 120;

/** The named entities page titles use most; others are left as written. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  middot: "·",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  copy: "©",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** True when a body is markup (an HTML or XML page) rather than data. */
export function isMarkup(body: string): boolean {
  return /^\s*(<!doctype|<html|<\?xml|<head|<body|<[a-z][\w-]*[\s>])/i.test(body);
}

/**
 * One short line saying what a body is, for error messages: an HTML page's `<title>` (or its first
 * line of text), or a text body's first line, at most 120 characters. A service's whole error page
 * never ends up in a message.
 */
export function summarizeBody(body: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const text = isMarkup(body)
    ? (title ??
      body
        .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, "\n")
        .replace(/<!--[\s\S]*?-->/g, "\n")
        .replace(/<[^>]*>/g, "\n"))
    : body;
  const line =
    decodeEntities(text)
      .split(/\r?\n/)
      .map((part) => part.replace(/\s+/g, " ").trim())
      .find((part) => part !== "") ?? "";
  if (line === "") return "an empty page";
  return line.length > MAX_SUMMARY_LENGTH ? `${line.slice(0, MAX_SUMMARY_LENGTH - 1).trimEnd()}…` : line;
}
