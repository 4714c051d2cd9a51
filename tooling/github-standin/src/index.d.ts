/** A running GitHub stand-in. */
export interface GithubStandIn {
  /** Base URL to pass as `baseUrl`, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the front door and Prism. */
  close(): Promise<void>;
}

/** Options for {@link startGithubStandIn}. */
export interface GithubStandInOptions {
  /** Port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
}

/**
 * Starts Prism on 127.0.0.1 serving GitHub's official OpenAPI description with request validation
 * on: a request GitHub would reject gets 422, a valid one gets the description's example. Takes
 * about 10 s and 300 MB: start it once per test run.
 */
export function startGithubStandIn(options?: GithubStandInOptions): Promise<GithubStandIn>;

/** Gives every `nullable` schema a type, in place, so Prism validates it; returns how many changed. */
export function makeNullableTyped(node: unknown): number;
