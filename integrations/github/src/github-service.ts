import type { ServiceInfo } from "@acme/integration-kit";

/** What the kit needs to know about GitHub, shared by the v2 `Github` and `GithubClient`. */
export const githubService: ServiceInfo = { id: "github", name: "GitHub", icon: "github", tokenEnv: "GITHUB_TOKEN" };
