import {
  Integration,
  type IntegrationOptions,
  JsonHttpClient,
  linkHeaderPager,
  type RunMode,
  type ServiceInfo,
  TaskGroup,
} from "../src/index.js";

/** The smallest real task group, shaped like a generated one: one read, one create, one list. */
export class Things<M extends RunMode = "job"> extends TaskGroup<JsonHttpClient, M> {
  /** GETs a path and outputs its JSON. */
  readonly get = this.task({
    name: "Get Path",
    call: (client, p: { path: string }) => client.get<Record<string, string>>(p.path),
    properties: (p) => [["Path", p.path]],
    sideEffect: "none",
  });
  /** POSTs a thing; the service cannot deduplicate it, so a lost answer is not retried. */
  readonly create = this.task({
    name: "Create Thing",
    call: (client, p: { name: string }) => client.request<Record<string, string>>("POST", "/things", p),
    sideEffect: "unchecked",
  });
  /** Lists things, following `Link` headers. */
  readonly list = this.listing({
    name: "List Things",
    pager: linkHeaderPager<JsonHttpClient, { tag?: string }, unknown[]>({
      first: (client, p, pageSize) =>
        client.requestWithHeaders<unknown[]>(
          "GET",
          `/things?tag=${p.tag ?? ""}${pageSize ? `&per_page=${Math.min(pageSize, 100)}` : ""}`,
        ),
      follow: (client, url) => client.requestWithHeaders<unknown[]>("GET", url),
    }),
  });
}

/** The smallest real integration, shaped like a generated one: the kit's JSON client, no overrides. */
export class Echo extends Integration<JsonHttpClient, IntegrationOptions & { baseUrl: string }> {
  static readonly service: ServiceInfo = { id: "echo", name: "Echo", icon: "echo", tokenEnv: "ECHO_TOKEN" };
  clientsBuilt = 0;

  /** Things: get, create, list. */
  get things(): Things {
    return this.group(Things);
  }

  /** A task of the integration's own: GET a path and return its JSON. */
  getPath(key: string, path: string) {
    return this.things.get(key, { path });
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
