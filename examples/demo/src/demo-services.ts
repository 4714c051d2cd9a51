import { Github } from "@acme/github";
import { startGithubStandIn } from "@acme/github-standin";
import { Slack } from "@acme/slack";
import { type SlackStandIn, startSlackStandIn } from "@acme/slack-standin";

/** The GitHub and Slack the demo talks to: the real services when configured, local stand-ins otherwise. */
export interface DemoServices {
  readonly github: Github;
  readonly repo: { readonly owner: string; readonly name: string };
  readonly slack: Slack;
  readonly channel: string;
  /** One line per service saying what it is. */
  readonly description: readonly string[];
  /** True when at least one real service is used: waits for rate limits must then really wait. */
  readonly real: boolean;
  /** The Slack stand-in, when used. */
  readonly slackStandIn: SlackStandIn | undefined;
  close(): Promise<void>;
}

/**
 * Prism negotiates content strictly and answers Octokit's default `application/vnd.github.v3+json`
 * with 406; GitHub itself serves both. Only the stand-in's client asks for plain JSON.
 */
const acceptJson = (url: string, init: RequestInit) =>
  fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), accept: "application/json" } });

/**
 * The repository the GitHub stand-in plays: it answers with the examples of GitHub's API
 * description, which all describe `octocat/Hello-World`, so the event, the links and the task
 * outputs name the same repository.
 */
export const STAND_IN_REPO = "octocat/Hello-World";

/** Reads `owner/name`, or says what is wrong with it. */
function parseRepo(value: string): { owner: string; name: string } {
  const [owner, name, extra] = value.split("/");
  if (!owner || !name || extra !== undefined) {
    throw new Error(`GITHUB_REPO must be "owner/name" (for example "acme/sandbox"), got "${value}".`);
  }
  return { owner, name };
}

/**
 * GitHub is real when GITHUB_TOKEN and GITHUB_REPO are set, Slack when SLACK_TOKEN and
 * SLACK_CHANNEL are; anything not configured runs on its stand-in on 127.0.0.1.
 */
export async function connectDemoServices(env: NodeJS.ProcessEnv = process.env): Promise<DemoServices> {
  const realGithub = Boolean(env.GITHUB_TOKEN && env.GITHUB_REPO);
  const realSlack = Boolean(env.SLACK_TOKEN && env.SLACK_CHANNEL);
  const repo = parseRepo(realGithub ? String(env.GITHUB_REPO) : STAND_IN_REPO);
  const [githubStandIn, slackStandIn] = await Promise.all([
    realGithub ? undefined : startGithubStandIn(),
    realSlack ? undefined : startSlackStandIn(),
  ]);

  const github = githubStandIn
    ? new Github({
        id: "github",
        token: "ghp_demoStandInToken",
        baseUrl: githubStandIn.url,
        octokitRequest: { fetch: acceptJson },
      })
    : new Github({ id: "github", token: env.GITHUB_TOKEN });
  const slack = slackStandIn
    ? new Slack({ id: "slack", token: "xoxb-demo-stand-in", baseUrl: slackStandIn.apiUrl })
    : new Slack({ id: "slack", token: env.SLACK_TOKEN });

  return {
    github,
    repo,
    slack,
    channel: realSlack ? String(env.SLACK_CHANNEL) : "C0TRIAGE",
    description: [
      githubStandIn
        ? `GitHub  stand-in at ${githubStandIn.url}: Prism serving GitHub's OpenAPI description, rejecting any request GitHub would reject` +
          (env.GITHUB_TOKEN ? " (GITHUB_TOKEN is set but GITHUB_REPO is not)" : "")
        : `GitHub  the real API, repository ${repo.owner}/${repo.name} (GITHUB_TOKEN)`,
      slackStandIn
        ? `Slack   stand-in at ${slackStandIn.apiUrl}: Slack's Web API description` +
          (env.SLACK_TOKEN ? " (SLACK_TOKEN is set but SLACK_CHANNEL is not)" : "")
        : `Slack   the real Web API, channel ${env.SLACK_CHANNEL} (SLACK_TOKEN)`,
    ],
    real: realGithub || realSlack,
    slackStandIn,
    async close() {
      await Promise.all([githubStandIn?.close(), slackStandIn?.close()]);
    },
  };
}
