import type { TaskProperty } from "./task-declaration.js";

/** Keys never shown, whatever their value: credentials, and bodies too long to be a property. */
const HIDDEN = /token|secret|password|key|auth|^body$|^text$|^content$|^blocks$|^attachments$/i;
const MAX_PROPERTIES = 4;
const MAX_LENGTH = 60;

/** `issue_number` → `Issue Number`, `channelId` → `Channel Id`. */
const titleCase = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(" ");

/**
 * The default dashboard properties of a task: its params' first few short top-level values
 * (strings, numbers, booleans), labelled by their names in Title Case.
 */
export function deriveProperties(params: unknown): TaskProperty[] {
  if (!params || typeof params !== "object") return [];
  const properties: TaskProperty[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (properties.length >= MAX_PROPERTIES) break;
    if (HIDDEN.test(key)) continue;
    if (typeof value === "string" && value.length > 0 && value.length <= MAX_LENGTH)
      properties.push([titleCase(key), value]);
    if (typeof value === "number" || typeof value === "boolean") properties.push([titleCase(key), value]);
  }
  return properties;
}
