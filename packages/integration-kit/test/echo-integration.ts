import { Integration, type IntegrationOptions, JsonHttpClient, type ServiceInfo } from "../src/index.js";

/** The smallest real integration, shaped like a generated one: the kit's JSON client, no overrides. */
export class Echo extends Integration<JsonHttpClient, IntegrationOptions & { baseUrl: string }> {
  static readonly service: ServiceInfo = { id: "echo", name: "Echo", icon: "echo", tokenEnv: "ECHO_TOKEN" };
  clientsBuilt = 0;

  /** A task of the integration's own: GET a path and return its JSON. */
  getPath(key: string, path: string) {
    return this.runTask(key, (client) => client.get<Record<string, string>>(path), {
      name: "Get Path",
      params: { path },
      properties: [{ label: "Path", text: path }],
    });
  }

  protected createClient(token: string): JsonHttpClient {
    this.clientsBuilt++;
    return new JsonHttpClient({
      baseUrl: this.options.baseUrl,
      headers: { authorization: `Bearer ${token}` },
      timeoutMs: this.timeoutMs,
    });
  }
}
