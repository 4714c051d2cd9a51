import { Integration, type IntegrationOptions, type ServiceInfo } from "@acme/integration-kit";
import { Octokit } from "octokit";

/** Options for {@link Github}. */
export interface GithubOptions extends IntegrationOptions {
  /** A personal access token or app installation token (LOCAL). Leave it out to use Trigger.dev's GitHub OAuth (HOSTED). */
  token?: string;
  /** API root, for GitHub Enterprise Server (`https://github.example.com/api/v3`) or a local stand-in. */
  baseUrl?: string;
  /** Octokit `request` options (custom `fetch`, timeout, agent), as `@trigger.dev/github` accepted them. */
  octokitRequest?: ConstructorParameters<typeof Octokit>[0] extends infer O
    ? O extends { request?: infer R }
      ? R
      : never
    : never;
}

/** GitHub for Trigger.dev jobs: pass it in `integrations` and call it as `io.github` inside `run`. */
export class Github extends Integration<Octokit, GithubOptions> {
  /** What the kit needs to know about GitHub. */
  static readonly service: ServiceInfo = { id: "github", name: "GitHub", icon: "github", tokenEnv: "GITHUB_TOKEN" };

  protected createClient(token: string): Octokit {
    return new Octokit({
      auth: token,
      ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
      request: this.options.octokitRequest,
      // Trigger.dev's task retries are the only retries: Octokit must neither retry nor sleep on rate limits.
      retry: { enabled: false },
      throttle: { enabled: false },
    });
  }
}
