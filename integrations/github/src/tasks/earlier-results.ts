import { type EarlierResultCheck, findInPages } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { type RouteData, routePager } from "./github-routes.js";

/** How far back a retry looks for what an earlier try created (Trigger.dev retries within hours). */
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Pages of recent issues or comments a retry reads before concluding nothing was created. */
const PAGES = 3;

/** The hidden line that ties a created issue or comment to its task; invisible in rendered Markdown. */
export const markerLine = (marker: string) => `<!-- trigger.dev task: ${marker} -->`;

const withMarker = (body: string | null | undefined, marker: string) =>
  `${body ?? ""}${body ? "\n\n" : ""}${markerLine(marker)}`;

const carries = (body: string | null | undefined, marker: string) => (body ?? "").includes(markerLine(marker));

type CreatedIssue = RouteData<"POST /repos/{owner}/{repo}/issues">;
type CreatedComment = RouteData<"POST /repos/{owner}/{repo}/issues/{issue_number}/comments">;

/** The repository's issues and an issue's comments, newest first, as the checks read them: GitHub's `Link` pages. */
const recentIssues = routePager("GET /repos/{owner}/{repo}/issues");
const recentComments = routePager("GET /repos/{owner}/{repo}/issues/{issue_number}/comments");

/**
 * An issue create is made safe to retry by a hidden marker in its body: a retry first reads the
 * repository's newest issues and returns the one carrying the marker instead of opening another.
 */
export const earlierIssue: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; body?: string | null },
  CreatedIssue
> = {
  creates: "issue",
  mark: (params, marker) => ({ body: withMarker(params.body, marker) }),
  async findEarlier(octokit, { owner, repo }, marker) {
    const since = new Date(Date.now() - LOOKBACK_MS).toISOString();
    const params = { owner, repo, state: "all", sort: "created", direction: "desc", since, per_page: 100 } as const;
    const found = await findInPages(recentIssues, octokit, params, {
      maxPages: PAGES,
      match: (issue: RouteData<"GET /repos/{owner}/{repo}/issues">[number]) =>
        !issue.pull_request && carries(issue.body, marker),
    });
    return found as unknown as CreatedIssue | undefined;
  },
};

/** Comments are created with the same hidden marker, looked for among the issue's recent comments. */
export const earlierComment: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; issueNumber?: number; issue_number?: number; body: string },
  CreatedComment
> = {
  creates: "comment",
  mark: (params, marker) => ({ body: withMarker(params.body, marker) }),
  async findEarlier(octokit, params, marker) {
    const issue_number = Number(params.issueNumber ?? params.issue_number);
    const since = new Date(Date.now() - LOOKBACK_MS).toISOString();
    const request = { owner: params.owner, repo: params.repo, issue_number, since, per_page: 100 };
    return findInPages(recentComments, octokit, request, {
      maxPages: PAGES,
      match: (comment: CreatedComment) => carries(comment.body, marker),
    });
  },
};

/** A check for creates GitHub keys by something the params name (a ref, a URL, a tag): no marker needed. */
function byNaturalKey<P, R>(
  creates: string,
  find: (octokit: Octokit, params: P) => Promise<R | undefined>,
): EarlierResultCheck<Octokit, P, R> {
  return { creates, mark: () => ({}), findEarlier: (octokit, params) => find(octokit, params) };
}

const notFound = (error: unknown) => (error as { status?: number }).status === 404;

/** A ref that already points where the create wanted it is the earlier try's. */
export const earlierRef: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; ref: string; sha: string },
  RouteData<"POST /repos/{owner}/{repo}/git/refs">
> = byNaturalKey("ref", async (octokit, p: { owner: string; repo: string; ref: string; sha: string }) => {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      owner: p.owner,
      repo: p.repo,
      ref: p.ref.replace(/^refs\//, ""),
    });
    return data.object.sha === p.sha ? (data as RouteData<"POST /repos/{owner}/{repo}/git/refs">) : undefined;
  } catch (error) {
    if (notFound(error)) return undefined;
    throw error;
  }
});

/** A repository hook already posting to the same URL is the earlier try's. */
export const earlierRepoHook: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; url?: string; config?: { url?: string } },
  RouteData<"POST /repos/{owner}/{repo}/hooks">
> = byNaturalKey(
  "webhook",
  async (octokit, p: { owner: string; repo: string; url?: string; config?: { url?: string } }) => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/hooks", {
      owner: p.owner,
      repo: p.repo,
      per_page: 100,
    });
    return data.find((hook) => hook.config.url === p.config?.url) as
      | RouteData<"POST /repos/{owner}/{repo}/hooks">
      | undefined;
  },
);

/** An organization hook already posting to the same URL is the earlier try's. */
export const earlierOrgHook: EarlierResultCheck<
  Octokit,
  { org: string; url?: string; config?: { url?: string } },
  RouteData<"POST /orgs/{org}/hooks">
> = byNaturalKey("webhook", async (octokit, p: { org: string; url?: string; config?: { url?: string } }) => {
  const { data } = await octokit.request("GET /orgs/{org}/hooks", { org: p.org, per_page: 100 });
  return data.find((hook) => hook.config.url === (p.url ?? p.config?.url)) as
    | RouteData<"POST /orgs/{org}/hooks">
    | undefined;
});

/** An open pull request from the same head into the same base is the earlier try's (GitHub allows one). */
export const earlierPull: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; head: string; base: string },
  RouteData<"POST /repos/{owner}/{repo}/pulls">
> = byNaturalKey("pull request", async (octokit, p: { owner: string; repo: string; head: string; base: string }) => {
  const head = p.head.includes(":") ? p.head : `${p.owner}:${p.head}`;
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls", {
    owner: p.owner,
    repo: p.repo,
    head,
    base: p.base,
    state: "open",
  });
  return data[0] as RouteData<"POST /repos/{owner}/{repo}/pulls"> | undefined;
});

/** A release for the same tag is the earlier try's (GitHub allows one per tag). */
export const earlierRelease: EarlierResultCheck<
  Octokit,
  { owner: string; repo: string; tag_name: string },
  RouteData<"POST /repos/{owner}/{repo}/releases">
> = byNaturalKey("release", async (octokit, p: { owner: string; repo: string; tag_name: string }) => {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
      owner: p.owner,
      repo: p.repo,
      tag: p.tag_name,
    });
    return data as RouteData<"POST /repos/{owner}/{repo}/releases">;
  } catch (error) {
    if (notFound(error)) return undefined;
    throw error;
  }
});
