import {
  type FailureVerdict,
  Integration,
  type IntegrationOptions,
  retryAtFromRetryAfter,
  type ServiceFailure,
  type ServiceInfo,
} from "../src/index.js";

/** The smallest real integration: a fetch-based client, to test the kit without a vendor SDK. */
export interface EchoClient {
  get(path: string): Promise<unknown>;
}

/** What the Echo client throws for an answer it cannot use. */
export class EchoResponseError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
  ) {
    super(`Echo answered HTTP ${status}`);
  }
}

export class Echo extends Integration<EchoClient, IntegrationOptions & { baseUrl: string }> {
  static readonly service: ServiceInfo = { id: "echo", name: "Echo", icon: "echo", tokenEnv: "ECHO_TOKEN" };
  clientsBuilt = 0;

  /** A task of the integration's own: GET a path and return its JSON. */
  getPath(key: string, path: string) {
    return this.runTask(key, async (client) => (await client.get(path)) as Record<string, string>, {
      name: "Get Path",
      params: { path },
      properties: [{ label: "Path", text: path }],
    });
  }

  protected createClient(token: string): EchoClient {
    this.clientsBuilt++;
    const { baseUrl } = this.options;
    return {
      async get(path) {
        const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await response.text();
        if (!response.ok) throw new EchoResponseError(response.status, response.headers, body);
        try {
          return JSON.parse(body);
        } catch {
          throw new EchoResponseError(response.status, response.headers, body);
        }
      },
    };
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    if (!(error instanceof EchoResponseError)) return undefined;
    const { status } = error;
    const retryAt = retryAtFromRetryAfter(error.headers.get("retry-after"));
    const verdict: FailureVerdict =
      status === 429 && retryAt
        ? { kind: "rate-limited", retryAt }
        : status === 429 || status >= 500 || status < 400
          ? { kind: "transient" }
          : { kind: "permanent" };
    const message = status < 400 ? "the body is not JSON" : `Echo answered HTTP ${status}`;
    return { verdict, status, message, hint: "Check the path.", docsUrl: "https://echo.example/docs" };
  }
}
