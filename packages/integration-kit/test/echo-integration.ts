import { Integration, type IntegrationOptions, type ServiceInfo } from "../src/index.js";

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

  protected override classifyFailure(error: unknown) {
    if (!(error instanceof HttpStatusError)) return undefined;
    if (error.status === 429) return { kind: "rate-limited" as const, retryAt: new Date(0) };
    return error.status >= 500 ? { kind: "transient" as const } : { kind: "permanent" as const };
  }
}
