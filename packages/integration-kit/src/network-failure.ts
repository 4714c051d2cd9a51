import type { ServiceFailure } from "./service-error.js";

/** Socket-level error codes that mean no answer came, with what each says in plain words. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection closed before an answer came",
  EPIPE: "the connection closed while the request was sent",
  UND_ERR_SOCKET: "the connection closed before an answer came",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be resolved (DNS did not answer)",
  ETIMEDOUT: "connecting timed out",
  UND_ERR_CONNECT_TIMEOUT: "connecting timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host",
};

function field(error: unknown, name: string): unknown {
  return error && typeof error === "object" ? (error as Record<string, unknown>)[name] : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = field(error, "code");
  return typeof code === "string" ? code : undefined;
}

/** The error and the errors it wraps (`cause`, and `original` as Slack's and axios' errors name it). */
function* chain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0 && seen.size < 8) {
    const current = pending.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    yield current;
    pending.push(field(current, "cause"), field(current, "original"));
  }
}

/** The host the request went to, as the errors in the chain name it (socket address, DNS name or URL). */
function hostIn(errors: readonly unknown[]): string | undefined {
  for (const error of errors) {
    const hostname = field(error, "hostname") ?? field(error, "host");
    if (typeof hostname === "string" && hostname) return hostname;
    // Node's socket errors name `address`/`port`; undici's name the socket they closed on.
    const socket = field(error, "socket");
    const address = field(error, "address") ?? field(socket, "remoteAddress");
    const port = field(error, "port") ?? field(socket, "remotePort");
    if (typeof address === "string" && address) return port ? `${address}:${port}` : address;
  }
  for (const error of errors) {
    const url = field(field(error, "request"), "url") ?? field(field(error, "config"), "url") ?? field(error, "url");
    if (typeof url !== "string") continue;
    try {
      return new URL(url).host;
    } catch {
      // Not an absolute URL: try the next error.
    }
  }
  return undefined;
}

/**
 * True when the error, or one it wraps, is an abort caused by a timeout (fetch with
 * `AbortSignal.timeout`, undici, axios), so every vendor client's timeout reads the same.
 */
export function isTimeoutError(error: unknown): boolean {
  for (const current of chain(error)) {
    const name = field(current, "name");
    const code = codeOf(current);
    if (
      name === "TimeoutError" ||
      code === "ETIMEDOUT" ||
      code === "ECONNABORTED" ||
      code === "UND_ERR_HEADERS_TIMEOUT"
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A request that got no answer (refused, reset, DNS, TLS, or fetch failing without a code), found
 * on the error or its `cause` chain. The message says that no answer came and names the host; the
 * hint points at the `baseUrl` option. Always transient: Trigger.dev's backoff retries it.
 */
export function describeNetworkFailure(error: unknown): ServiceFailure | undefined {
  const errors = [...chain(error)];
  const coded = errors.find((current) => {
    const code = codeOf(current);
    return code !== undefined && Object.hasOwn(NETWORK_CODES, code);
  });
  const fetchFailed = errors.find((current) => current instanceof TypeError && current.message === "fetch failed");
  if (!coded && !fetchFailed) return undefined;
  const code = codeOf(coded);
  // fetch's own error says only "fetch failed"; what went wrong is in its cause.
  const reason = code
    ? `${NETWORK_CODES[code]} (${code})`
    : String((field(field(fetchFailed, "cause"), "message") as string | undefined) ?? "the request failed");
  const host = hostIn(errors);
  return {
    verdict: { kind: "transient" },
    message: `no answer came from ${host ?? "the service"}: ${reason}`,
    hint: `Check the \`baseUrl\` option${host ? ` (it points at ${host})` : ""} and that the network can reach it; Trigger.dev retries.`,
  };
}
