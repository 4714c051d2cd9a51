import { RunHarnessError } from "./errors.js";

type Filter = Record<string, unknown>;

function matchesContent(value: unknown, condition: Filter): boolean {
  const [operator, operand] = Object.entries(condition)[0] ?? [];
  switch (operator) {
    case "$exists":
      return (value !== undefined) === operand;
    case "$isNull":
      return (value === null) === operand;
    case "$startsWith":
      return typeof value === "string" && value.startsWith(String(operand));
    case "$endsWith":
      return typeof value === "string" && value.endsWith(String(operand));
    case "$ignoreCaseEquals":
      return typeof value === "string" && value.toLowerCase() === String(operand).toLowerCase();
    case "$anythingBut":
      return Array.isArray(operand) ? !operand.includes(value) : value !== operand;
    case "$includes":
      return Array.isArray(value) && value.includes(operand);
    case "$gt":
      return typeof value === "number" && value > Number(operand);
    case "$lt":
      return typeof value === "number" && value < Number(operand);
    default:
      throw new RunHarnessError(`the event filter operator ${operator} is not supported by the harness yet.`);
  }
}

/**
 * Whether `payload` matches a Trigger.dev event filter: arrays list accepted values (or content
 * conditions such as `{ $ignoreCaseEquals: "x" }`), objects filter nested fields.
 */
export function matchesEventFilter(payload: unknown, filter: unknown): boolean {
  if (!filter || typeof filter !== "object") return true;
  const entries = Object.entries(filter as Filter);
  if (payload === null || typeof payload !== "object") return entries.length === 0;
  const record = payload as Record<string, unknown>;
  return entries.every(([key, pattern]) => {
    const value = record[key];
    if (Array.isArray(pattern)) {
      if (pattern.length === 0) return true;
      const literals = pattern.filter((item) => typeof item !== "object" || item === null);
      if (literals.length === pattern.length) return literals.includes(value);
      return pattern.every((condition) => matchesContent(value, condition as Filter));
    }
    if (pattern && typeof pattern === "object") {
      return Array.isArray(value)
        ? value.some((item) => matchesEventFilter(item, pattern))
        : matchesEventFilter(value, pattern);
    }
    return true;
  });
}

/** A job's trigger rule, as the client announces it in its index. */
export interface EventRule {
  /** The event name, or several. */
  readonly event: string | string[];
  /** The event source the rule requires (`"github.com"`; `"trigger.dev"` for `eventTrigger`). */
  readonly source?: string;
  /** Filter on the event's payload. */
  readonly payload?: unknown;
  /** Filter on the event's context. */
  readonly context?: unknown;
}

/**
 * Whether `event` triggers a job with `rule`, as Trigger.dev's event dispatcher decides: the name
 * is one of the rule's, the source equals the rule's (an event without one is stored as
 * `"trigger.dev"`), and the payload and the context match the rule's filters.
 */
export function matchesEventRule(
  rule: EventRule,
  event: { readonly name: string; readonly source?: string; readonly payload?: unknown; readonly context?: unknown },
): boolean {
  const names = Array.isArray(rule.event) ? rule.event : [rule.event];
  if (!names.includes(event.name)) return false;
  if (rule.source !== undefined && rule.source !== (event.source ?? "trigger.dev")) return false;
  return matchesEventFilter(event.payload, rule.payload) && matchesEventFilter(event.context ?? {}, rule.context);
}
