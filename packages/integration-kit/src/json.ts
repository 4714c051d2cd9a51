/** A JSON value: what a task may return so Trigger.dev can store and replay it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
