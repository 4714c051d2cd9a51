import { createHmac, timingSafeEqual } from "node:crypto";
import type * as TriggerGithub from "@trigger.dev/github";
import type * as Octokit from "octokit";
import type { BenchCase } from "../../../tooling/bench/bench-case.js";
import type * as Github from "../src/index.js";

/** `@octokit/webhooks-methods`, GitHub's own verifier (a devDependency of tooling/bench). */
interface WebhooksMethods {
  verify(secret: string, payload: string, signature: string): Promise<boolean>;
}

const issue = { owner: "acme", repo: "app", issueNumber: 1 };
const hostedAuth = (accessToken: string) => ({ type: "oauth2" as const, accessToken });
const sha256 = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("hex");

/** `pnpm bench` for GitHub: `issues.get` against @trigger.dev/github and Octokit, and webhook signatures. */
const githubBench: BenchCase<typeof Github, typeof TriggerGithub, typeof Octokit, WebhooksMethods> = {
  name: "GitHub",
  answer: { number: 1, title: "Bench issue", state: "open" },
  ours: {
    package: "@acme/github",
    task: ({ Github }, env) => {
      const github = new Github({ id: "github", baseUrl: env.baseUrl, octokitRequest: { fetch: env.fetch } });
      return (token) => github.cloneForRun(env.io, "github", hostedAuth(token)).issues.get("get", issue);
    },
  },
  theirs: {
    package: "@trigger.dev/github",
    // It takes no base URL: the bench's fetch sends api.github.com to the loopback server.
    task: ({ Github }, env) => {
      const github = new Github({ id: "github", octokitRequest: { fetch: env.fetch } });
      return (token) => github.cloneForRun(env.io, "github", hostedAuth(token)).issues.get("get", issue);
    },
  },
  vendor: {
    package: "octokit",
    task: ({ Octokit }, env) => {
      const octokit = new Octokit({
        auth: "ghp_bench_token",
        baseUrl: env.baseUrl,
        request: { fetch: env.fetch },
        retry: { enabled: false },
        throttle: { enabled: false },
      });
      return () => octokit.rest.issues.get({ owner: issue.owner, repo: issue.repo, issue_number: issue.issueNumber });
    },
  },
  webhook: {
    scheme: "githubSignatureScheme",
    sign: ({ secret, rawBody }) => ({
      "x-hub-signature-256": `sha256=${sha256(secret, rawBody)}`,
      "x-github-event": "issues",
      "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    }),
    vendor: {
      name: "@octokit/webhooks-methods verify",
      package: "@octokit/webhooks-methods",
      verify: ({ verify }, { secret, rawBody, headers }) =>
        verify(secret, rawBody, headers["x-hub-signature-256"] ?? ""),
    },
    floor: ({ secret, rawBody, headers }) => {
      const received = Buffer.from((headers["x-hub-signature-256"] ?? "").replace(/^sha256=/, ""), "hex");
      const expected = createHmac("sha256", secret).update(rawBody).digest();
      return received.length === expected.length && timingSafeEqual(received, expected);
    },
  },
};

export default githubBench;
