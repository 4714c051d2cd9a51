/** The request Trigger.dev stores for a delivery to an HTTP endpoint and hands to every run it starts. */
export interface StoredHttpRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly rawBody: string;
}

/** Whether a run's payload has the shape Trigger.dev stores for an HTTP endpoint request. */
export function isStoredHttpRequest(value: unknown): value is StoredHttpRequest {
  const record = value as Partial<StoredHttpRequest> | null;
  return (
    typeof record?.url === "string" &&
    typeof record.method === "string" &&
    typeof record.rawBody === "string" &&
    record.headers !== null &&
    typeof record.headers === "object"
  );
}
