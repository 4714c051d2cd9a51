// By package name, not relative path: the testing entry must share the main entry's classes.
import type { Integration, IntegrationOptions, ServiceInfo } from "@acme/integration-kit";
import { expect } from "vitest";
import {
  type RecordedRequest,
  type RecordedResponse,
  type RecordingServer,
  useRecordingServer,
} from "../recording-server.js";
import { createTestIO, type TestIO } from "../test-io.js";

/** An integration class as the suite sees it: constructible from options, with its service declared. */
export interface IntegrationClass<TClient, TOptions extends IntegrationOptions> {
  new (options: TOptions): Integration<TClient, TOptions>;
  readonly service: ServiceInfo;
}

/** How the suite drives one integration against a loopback server. */
export interface ContractSubject<TClient, TOptions extends IntegrationOptions> {
  /** The integration class under test. */
  readonly Integration: IntegrationClass<TClient, TOptions>;
  /** Service-specific options that point the vendor client at `baseUrl`. */
  readonly options: (baseUrl: string) => Omit<TOptions, "id" | "token">;
  /** One authenticated request with the raw client whose path or body contains `tag`. */
  readonly probe: (client: TClient, tag: string) => Promise<unknown>;
  /** Calls one of the integration's own tasks on a bound instance; `tag` must reach the request. */
  readonly task: (integration: Integration<TClient, TOptions>, tag: string) => Promise<unknown>;
  /** The credential a recorded request carried, as the service sends it (e.g. a bearer token). */
  readonly credentialOf: (request: RecordedRequest) => string | undefined;
  /** The service's answer when rate limited, asking to come back in 30 seconds. */
  readonly rateLimited: () => RecordedResponse;
  /** The service's answer to a request that can never succeed (such as a missing resource). */
  readonly permanent: () => RecordedResponse;
  /**
   * Params the service would accept for every declared task, by `<group>.<task>`
   * (`"issues.create"`): the per-task checks call each task with them.
   */
  readonly taskParams: Readonly<Record<string, unknown>>;
  /**
   * The service's answer to a list request saying that a further page exists (a `Link` header
   * with `rel="next"`, a `next_cursor`): the page-bound checks need it when there are list tasks.
   */
  readonly morePages?: (request: RecordedRequest) => RecordedResponse;
}

/** Options the suite passes on top of the subject's own, wrong ones included. */
export interface ContractOptions {
  id?: string;
  token?: unknown;
  timeoutMs?: unknown;
  baseUrl?: unknown;
}

/** What every section of the suite shares. */
export interface ContractContext<TClient, TOptions extends IntegrationOptions> {
  readonly subject: ContractSubject<TClient, TOptions>;
  readonly name: string;
  readonly server: () => RecordingServer;
  /** A new integration from options as a user might write them, wrong ones included. */
  make(extra?: ContractOptions): Integration<TClient, TOptions>;
  /** A new integration pointed at `url` instead of the suite's server (a closed port, say). */
  makeAt(url: string, extra?: ContractOptions): Integration<TClient, TOptions>;
  /** Binds `integration` to a new run (with connection auth when `accessToken` is given), as its `attempt`-th try. */
  bind(
    integration: Integration<TClient, TOptions>,
    accessToken?: string,
    attempt?: number,
  ): TestIO & { bound: Integration<TClient, TOptions> };
  /** The one request the server received whose path or body contains `tag`. */
  requestTagged(tag: string): RecordedRequest;
}

/** Starts the suite's server (per describe block) and builds the shared helpers. */
export function contractContext<TClient, TOptions extends IntegrationOptions>(
  subject: ContractSubject<TClient, TOptions>,
): ContractContext<TClient, TOptions> {
  const server = useRecordingServer();
  const makeAt = (url: string, extra: ContractOptions = {}) =>
    new subject.Integration({ id: "contract", ...subject.options(url), ...extra } as unknown as TOptions);
  return {
    subject,
    name: subject.Integration.service.name,
    server,
    make: (extra = {}) => makeAt(server().url, extra),
    makeAt,
    bind(integration, accessToken, attempt) {
      const testIO = createTestIO({ attempt });
      const auth = accessToken ? { type: "oauth2" as const, accessToken } : undefined;
      return { ...testIO, bound: integration.cloneForRun(testIO.io, "contract-connection", auth) };
    },
    requestTagged(tag) {
      const matches = server().requests.filter((r) => r.url.includes(tag) || r.body.includes(tag));
      expect(matches, `exactly one request tagged ${tag} reached the server`).toHaveLength(1);
      return matches[0] as RecordedRequest;
    },
  };
}
