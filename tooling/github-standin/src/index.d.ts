/** A user as GitHub shows it on issues and comments (the description's example, `octocat`). */
export interface RecordedUser {
  readonly login: string;
  readonly [field: string]: unknown;
}

/** An issue created through the stand-in: Prism's example with what the request said and GitHub assigns. */
export interface RecordedIssue {
  /** Per repository, from 1, in creation order. */
  readonly number: number;
  /** Unique across the stand-in, increasing. */
  readonly id: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: "open" | "closed";
  readonly labels: readonly { readonly name: string; readonly [field: string]: unknown }[];
  readonly assignees: readonly RecordedUser[];
  /** How many comments the stand-in recorded on it. */
  readonly comments: number;
  readonly user: RecordedUser;
  /** `https://github.com/{owner}/{repo}/issues/{number}`. */
  readonly html_url: string;
  /** ISO 8601, whole seconds, as GitHub writes it. */
  readonly created_at: string;
  /** Moves when a comment is recorded on the issue. */
  readonly updated_at: string;
  readonly [field: string]: unknown;
}

/** An issue comment created through the stand-in. */
export interface RecordedComment {
  /** Unique across the stand-in, increasing. */
  readonly id: number;
  readonly body: string;
  readonly user: RecordedUser;
  /** `https://github.com/{owner}/{repo}/issues/{number}#issuecomment-{id}`. */
  readonly html_url: string;
  readonly issue_url: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly [field: string]: unknown;
}

/** An answer {@link GithubStandInState.answerNext} gives instead of Prism's. */
export interface ScriptedAnswer {
  /** HTTP status, 200 to 599. */
  readonly status: number;
  /** Response headers (`retry-after`, `x-ratelimit-remaining`, ...); `content-type` is JSON unless given. */
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body (a string is sent as it is); `{}` by default. */
  readonly body?: unknown;
}

/**
 * What a test can ask of a running stand-in: the same methods on the stand-in itself and, from
 * another process (a vitest worker while `globalSetup` runs the stand-in), on `connectGithubStandIn(url)`.
 */
export interface GithubStandInState {
  /**
   * Makes the repository stateful: from now on, issues and comments that Prism accepts in it are
   * recorded and answered with the record, and its `GET .../issues` and `GET .../issues/{n}/comments`
   * are answered from the records (empty until something is created). Other repositories keep
   * Prism's examples. Use a repository name of your own: the stand-in is shared by a whole run.
   */
  trackRepository(owner: string, repo: string): Promise<void>;
  /**
   * Performs the next `times` (default 1) requests matching `route` (`"POST /repos/{owner}/{repo}/issues"`;
   * `{name}` matches any segment, `"POST /repos/acme/app/issues"` one repository), recording what they
   * create in a tracked repository, then drops each connection unanswered: the client sees a network error.
   */
  loseNextResponse(route: string, times?: number): Promise<void>;
  /**
   * Answers the next `times` (default 1) requests matching `route` with `answer` instead of the
   * description's example, once Prism has accepted the request (a request GitHub would reject still
   * gets 422). Nothing is recorded: for failures the description has no example of, such as a rate
   * limit with its headers or a proxy's 502.
   */
  answerNext(route: string, answer: ScriptedAnswer, times?: number): Promise<void>;
  /** The issues recorded in the (tracked) repository, oldest first. */
  issues(owner: string, repo: string): Promise<RecordedIssue[]>;
  /** The comments recorded on issue `issueNumber` of the (tracked) repository, oldest first. */
  comments(owner: string, repo: string, issueNumber: number): Promise<RecordedComment[]>;
}

/** A running GitHub stand-in. */
export interface GithubStandIn extends GithubStandInState {
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
 * on: a request GitHub would reject gets 422, a valid one gets the description's example. In a
 * tracked repository, issues and comments are state (see `trackRepository`). Takes about 10 s and
 * 300 MB: start it once per test run.
 */
export function startGithubStandIn(options?: GithubStandInOptions): Promise<GithubStandIn>;

/** The state of a stand-in running elsewhere (vitest `globalSetup`), reached over HTTP at its `url`. */
export function connectGithubStandIn(url: string): GithubStandInState & { readonly url: string };

/** Gives every `nullable` schema a type, in place, so Prism validates it; returns how many changed. */
export function makeNullableTyped(node: unknown): number;
