/** One task call the suite makes against the validating stand-in. */
export interface TaskCase {
  readonly namespace: string;
  readonly method: string;
  readonly params?: Record<string, unknown>;
  /** The `@trigger.dev/github` flat alias, for the 27 tasks it had. */
  readonly alias?: string;
}

const repo = { owner: "acme", repo: "app" };
const sha = "7638417db6d59f3c431d3e1f261cc637155684cd";

/** Every task, with params GitHub's API description accepts. */
export const taskCases: TaskCase[] = [
  // issues
  {
    namespace: "issues",
    method: "create",
    alias: "createIssue",
    params: { ...repo, title: "Flaky test", labels: ["bug"] },
  },
  {
    namespace: "issues",
    method: "addAssignees",
    alias: "addIssueAssignees",
    params: { ...repo, issueNumber: 7, assignees: ["octocat"] },
  },
  {
    namespace: "issues",
    method: "addLabels",
    alias: "addIssueLabels",
    params: { ...repo, issueNumber: 7, labels: ["triage"] },
  },
  {
    namespace: "issues",
    method: "createComment",
    alias: "createIssueComment",
    params: { ...repo, issueNumber: 7, body: "On it" },
  },
  { namespace: "issues", method: "get", alias: "getIssue", params: { ...repo, issueNumber: 7 } },
  {
    namespace: "issues",
    method: "update",
    params: { ...repo, issue_number: 7, state: "closed", state_reason: "completed", milestone: null },
  },
  { namespace: "issues", method: "listForRepo", params: { ...repo, state: "open", labels: "bug", per_page: 50 } },
  { namespace: "issues", method: "removeLabel", params: { ...repo, issue_number: 7, name: "triage" } },
  { namespace: "issues", method: "getComment", params: { ...repo, comment_id: 42 } },
  { namespace: "issues", method: "updateComment", params: { ...repo, comment_id: 42, body: "Edited" } },
  { namespace: "issues", method: "deleteComment", params: { ...repo, comment_id: 42 } },
  { namespace: "issues", method: "listComments", params: { ...repo, issue_number: 7 } },
  { namespace: "issues", method: "lock", params: { ...repo, issue_number: 7, lock_reason: "resolved" } },
  { namespace: "issues", method: "unlock", params: { ...repo, issue_number: 7 } },
  // repos
  { namespace: "repos", method: "get", alias: "getRepo", params: repo },
  {
    namespace: "repos",
    method: "updateWebhook",
    alias: "updateWebhook",
    params: { ...repo, hookId: 12, url: "https://example.com/hook", secret: "whsec-canary-1", addEvents: ["push"] },
  },
  {
    namespace: "repos",
    method: "createWebhook",
    alias: "createWebhook",
    params: { ...repo, url: "https://example.com/hook", secret: "whsec-canary-2", events: ["issues"] },
  },
  { namespace: "repos", method: "listWebhooks", alias: "listWebhooks", params: repo },
  {
    namespace: "repos",
    method: "createRelease",
    params: { ...repo, tag_name: "v1.2.0", name: "1.2.0", generate_release_notes: true },
  },
  { namespace: "repos", method: "getRelease", params: { ...repo, release_id: 3 } },
  { namespace: "repos", method: "getContent", params: { ...repo, path: "README.md", ref: "main" } },
  {
    namespace: "repos",
    method: "createOrUpdateFileContents",
    params: { ...repo, path: "docs/notes.md", message: "Add notes", content: "aGVsbG8=", branch: "main" },
  },
  { namespace: "repos", method: "listCommits", params: { ...repo, sha: "main", path: "src" } },
  { namespace: "repos", method: "compareCommits", params: { ...repo, basehead: "main...feature" } },
  {
    namespace: "repos",
    method: "createDispatchEvent",
    params: { ...repo, event_type: "deploy", client_payload: { env: "prod" } },
  },
  { namespace: "repos", method: "listBranches", params: { ...repo, protected: true } },
  { namespace: "repos", method: "getBranch", params: { ...repo, branch: "main" } },
  // orgs
  {
    namespace: "orgs",
    method: "updateWebhook",
    alias: "updateOrgWebhook",
    params: { org: "acme", hookId: 12, url: "https://example.com/hook", secret: "whsec-canary-3", addEvents: ["push"] },
  },
  {
    namespace: "orgs",
    method: "createWebhook",
    alias: "createOrgWebhook",
    params: { org: "acme", url: "https://example.com/hook", secret: "whsec-canary-4", events: ["repository"] },
  },
  { namespace: "orgs", method: "listWebhooks", alias: "listOrgWebhooks", params: { org: "acme" } },
  // reactions and compound
  {
    namespace: "reactions",
    method: "createForIssueComment",
    alias: "addIssueCommentReaction",
    params: { ...repo, commentId: 42, content: "rocket" },
  },
  {
    namespace: "compound",
    method: "createIssueCommentWithReaction",
    alias: "createIssueCommentWithReaction",
    params: { ...repo, issueNumber: 7, body: "Thanks!", reaction: "heart" },
  },
  // git
  {
    namespace: "git",
    method: "createBlob",
    alias: "createBlob",
    params: { ...repo, content: "aGVsbG8=", encoding: "base-64" },
  },
  { namespace: "git", method: "getBlob", alias: "getBlob", params: { ...repo, fileSHA: sha } },
  {
    namespace: "git",
    method: "createCommit",
    alias: "createCommit",
    params: {
      ...repo,
      message: "Release",
      tree: sha,
      parents: [sha],
      author: { name: "Mona", email: "mona@example.com" },
    },
  },
  { namespace: "git", method: "getCommit", alias: "getCommit", params: { ...repo, commitSHA: sha } },
  {
    namespace: "git",
    method: "listMatchingRefs",
    alias: "listMatchingReferences",
    params: { ...repo, ref: "heads/feature" },
  },
  { namespace: "git", method: "getRef", alias: "getReference", params: { ...repo, ref: "heads/main" } },
  {
    namespace: "git",
    method: "createRef",
    alias: "createReference",
    params: { ...repo, ref: "refs/heads/feature", sha },
  },
  {
    namespace: "git",
    method: "updateRef",
    alias: "updateReference",
    params: { ...repo, ref: "heads/feature", sha, force: true },
  },
  { namespace: "git", method: "deleteRef", alias: "deleteReference", params: { ...repo, ref: "heads/feature" } },
  {
    namespace: "git",
    method: "createTag",
    alias: "createTag",
    params: { ...repo, tag: "v1.2.0", message: "Release 1.2.0", object: sha, type: "commit" },
  },
  { namespace: "git", method: "getTag", alias: "getTag", params: { ...repo, tagSHA: sha } },
  {
    namespace: "git",
    method: "createTree",
    alias: "createTree",
    params: { ...repo, baseTree: sha, tree: [{ path: "a.txt", mode: "100644", type: "blob", content: "hi" }] },
  },
  { namespace: "git", method: "getTree", alias: "getTree", params: { ...repo, treeSHA: sha, recursive: "1" } },
  // pulls
  {
    namespace: "pulls",
    method: "create",
    params: { ...repo, title: "Add feature", head: "feature", base: "main", draft: true },
  },
  { namespace: "pulls", method: "get", params: { ...repo, pull_number: 9 } },
  {
    namespace: "pulls",
    method: "update",
    params: { ...repo, pull_number: 9, title: "Add the feature", state: "open" },
  },
  { namespace: "pulls", method: "list", params: { ...repo, state: "open", base: "main" } },
  { namespace: "pulls", method: "merge", params: { ...repo, pull_number: 9, merge_method: "squash", sha } },
  { namespace: "pulls", method: "listFiles", params: { ...repo, pull_number: 9 } },
  {
    namespace: "pulls",
    method: "requestReviewers",
    params: { ...repo, pull_number: 9, reviewers: ["octocat"], team_reviewers: ["core"] },
  },
  {
    namespace: "pulls",
    method: "createReview",
    params: {
      ...repo,
      pull_number: 9,
      event: "REQUEST_CHANGES",
      body: "See inline",
      comments: [{ path: "src/a.ts", line: 3, body: "Typo" }],
    },
  },
  // actions
  {
    namespace: "actions",
    method: "createWorkflowDispatch",
    params: { ...repo, workflow_id: "deploy.yml", ref: "main", inputs: { env: "prod" } },
  },
  { namespace: "actions", method: "listWorkflowRuns", params: { ...repo, branch: "main", status: "failure" } },
  { namespace: "actions", method: "reRunWorkflow", params: { ...repo, run_id: 30433642 } },
  // checks
  {
    namespace: "checks",
    method: "create",
    params: { ...repo, name: "lint", head_sha: sha, status: "in_progress", started_at: "2026-11-27T12:00:00Z" },
  },
  {
    namespace: "checks",
    method: "update",
    params: {
      ...repo,
      check_run_id: 4,
      status: "completed",
      conclusion: "success",
      output: { title: "Lint", summary: "No problems" },
    },
  },
  // search and users
  {
    namespace: "search",
    method: "issuesAndPullRequests",
    params: { q: "repo:acme/app is:open label:bug", sort: "created" },
  },
  { namespace: "users", method: "getAuthenticated" },
];
