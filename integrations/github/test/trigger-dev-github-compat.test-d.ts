/**
 * Compiled by `tsc` in `typecheck`, never run: a job written against `@trigger.dev/github@2.3.19`
 * keeps compiling when `io.github` is our Github instead.
 */
import type { Github as TheirGithub } from "@trigger.dev/github";
import type { Github } from "../src/index.js";

/** Fails to compile unless `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** What a job body can touch on a class: its public members (private ones make classes nominal). */
type Public<T> = { [K in keyof T]: T[K] };
type AnyTask = (key: never, params: never) => Promise<unknown>;

type TheirNamespaces = "issues" | "repos" | "orgs" | "reactions" | "git" | "compound";
type TheirAliases = Exclude<
  { [K in keyof TheirGithub]: TheirGithub[K] extends AnyTask ? K : never }[keyof TheirGithub],
  "runTask"
>;
type TheirTasks = { [N in TheirNamespaces]: Public<TheirGithub[N]> } & Pick<TheirGithub, TheirAliases>;

/** Their 27 tasks, by flat alias: the surface checked below is all of it. */
const theirAliasNames = [
  "createIssue",
  "addIssueAssignees",
  "addIssueLabels",
  "createIssueComment",
  "getIssue",
  "getRepo",
  "updateWebhook",
  "createWebhook",
  "listWebhooks",
  "addIssueCommentReaction",
  "createIssueCommentWithReaction",
  "updateOrgWebhook",
  "createOrgWebhook",
  "listOrgWebhooks",
  "createBlob",
  "getBlob",
  "createCommit",
  "getCommit",
  "listMatchingReferences",
  "getReference",
  "createReference",
  "updateReference",
  "deleteReference",
  "createTag",
  "getTag",
  "createTree",
  "getTree",
] as const;
export const allTwentySeven: Same<(typeof theirAliasNames)[number], TheirAliases> = true;
export const countIs27: (typeof theirAliasNames)["length"] = 27;

// 1. Every task of theirs is on ours, under the same namespace and method or alias, and takes
//    every parameter object theirs took.
type Accepting<T> = {
  [K in keyof T]: T[K] extends (key: infer Key, params: infer P) => Promise<unknown>
    ? (key: Key, params: P) => Promise<unknown>
    : Accepting<Public<T[K]>>;
};
type TheirCalls = { [N in TheirNamespaces]: Accepting<Public<TheirGithub[N]>> } & Accepting<
  Pick<TheirGithub, TheirAliases>
>;
export const acceptsTheirCalls = (ours: Github): TheirCalls => ours;

// 2. Every output field theirs had, ours has too. (Field types follow GitHub's API description,
//    which has moved on: an issue's `state_reason` may now be "duplicate", a tree's `url` absent.)
type Output<F> = F extends (...args: never[]) => Promise<infer R> ? (R extends readonly (infer E)[] ? E : R) : never;
type MissingFields<Theirs, Ours> = {
  [K in keyof Theirs]: K extends keyof Ours ? Exclude<keyof Output<Theirs[K]>, keyof Output<Ours[K]>> : K;
}[keyof Theirs];
type Missing =
  | { [N in TheirNamespaces]: MissingFields<Public<TheirGithub[N]>, Github[N]> }[TheirNamespaces]
  | MissingFields<Pick<TheirGithub, TheirAliases>, Github>;
export const noFieldMissing: Same<Missing, never> = true;

// 3. A job body written for @trigger.dev/github, typed so it compiles only if it is valid against
//    their Github *and* ours (a call on the union must suit both).
export async function releaseJob(github: TheirTasks | Github, owner: string, repo: string) {
  const issue = await github.issues.create("open", { owner, repo, title: "Release 1.2.0" });
  await github.addIssueLabels("label", { owner, repo, issueNumber: issue.number, labels: ["release"] });
  await github.issues.addAssignees("assign", { owner, repo, issueNumber: issue.number, assignees: ["mona"] });
  const comment = await github.createIssueCommentWithReaction("comment", {
    owner,
    repo,
    issueNumber: issue.number,
    body: "Starting",
    reaction: "rocket",
  });
  await github.reactions.createForIssueComment("react", { owner, repo, commentId: comment.id, content: "eyes" });
  const main = await github.git.getRef("main", { owner, repo, ref: "heads/main" });
  const head = await github.getCommit("head", { owner, repo, commitSHA: main.object.sha });
  const blob = await github.createBlob("blob", { owner, repo, content: "1.2.0", encoding: "utf-8" });
  const tree = await github.git.createTree("tree", {
    owner,
    repo,
    baseTree: head.tree.sha,
    tree: [{ path: "VERSION", mode: "100644", type: "blob", sha: blob.sha }],
  });
  const commit = await github.createCommit("commit", {
    owner,
    repo,
    message: "Release 1.2.0",
    tree: tree.sha,
    parents: [head.sha],
    author: { name: "Mona", email: "mona@example.com" },
  });
  await github.updateReference("move", { owner, repo, ref: "heads/main", sha: commit.sha, force: false });
  const tag = await github.git.createTag("tag", {
    owner,
    repo,
    tag: "v1.2.0",
    message: "1.2.0",
    object: commit.sha,
    type: "commit",
  });
  await github.createReference("tag-ref", { owner, repo, ref: "refs/tags/v1.2.0", sha: tag.sha });
  await github.getTag("read-tag", { owner, repo, tagSHA: tag.sha });
  await github.getTree("read-tree", { owner, repo, treeSHA: tree.sha, recursive: "1" });
  await github.getBlob("read-blob", { owner, repo, fileSHA: blob.sha });
  await github.listMatchingReferences("refs", { owner, repo, ref: "tags/v1" });
  await github.deleteReference("drop", { owner, repo, ref: "heads/release" });
  const repository = await github.getRepo("repo", { owner, repo });
  const hooks = await github.repos.listWebhooks("hooks", { owner, repo });
  const secret = "from-env";
  const hookUrl = "https://example.com/hook";
  const hook = hooks[0];
  if (hook)
    await github.updateWebhook("hook", { owner, repo, hookId: hook.id, url: hookUrl, secret, addEvents: ["push"] });
  else await github.createWebhook("hook", { owner, repo, url: hookUrl, secret, events: ["push"] });
  const org = repository.owner.login;
  const orgHook = (await github.listOrgWebhooks("org-hooks", { org }))[0];
  if (orgHook) await github.orgs.updateWebhook("org-hook", { org, hookId: orgHook.id, url: hookUrl, secret });
  else await github.createOrgWebhook("org-hook", { org, url: hookUrl, secret, events: ["repository"] });
  const fetched = await github.getIssue("get", { owner, repo, issueNumber: issue.number });
  await github.createIssueComment("done", { owner, repo, issueNumber: fetched.number, body: "Released" });
  await github.addIssueCommentReaction("tada", { owner, repo, commentId: comment.id, content: "hooray" });
  return { state: fetched.state, title: fetched.title, labels: fetched.labels.length, tree: tree.tree.length };
}
