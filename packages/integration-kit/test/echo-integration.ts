import {
  type FailureVerdict,
  Integration,
  type IntegrationOptions,
  type ServiceFailure,
  type ServiceInfo,
} from "../src/index.js";

/** The smallest real integration: a fetch-based client, to test the kit without a vendor SDK. */
export interface EchoClient {
  get(path: string): Promise<unknown>;
}

export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`Echo answered HTTP ${status}`);
  }
}

export class Echo extends Integration<EchoClient, IntegrationOptions & { baseUrl: string }> {
  static readonly service: ServiceInfo = { id: "echo", name: "Echo", icon: "echo", tokenEnv: "ECHO_TOKEN" };
  clientsBuilt = 0;

  protected createClient(token: string): EchoClient {
    this.clientsBuilt++;
    const { baseUrl } = this.options;
    return {
      async get(path) {
        const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok) throw new HttpStatusError(response.status);
        return response.json();
      },
    };
  }

  protected override describeFailure(error: unknown): ServiceFailure | undefined {
    if (!(error instanceof HttpStatusError)) return undefined;
    const verdict: FailureVerdict =
      error.status === 429
        ? { kind: "rate-limited", retryAt: new Date(0) }
        : error.status >= 500
          ? { kind: "transient" }
          : { kind: "permanent" };
    return {
      verdict,
      status: error.status,
      message: error.message,
      hint: "Check the path.",
      docsUrl: "https://echo.example/docs",
    };
  }
}
