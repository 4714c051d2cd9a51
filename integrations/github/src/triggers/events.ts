import type {
  CheckRunCompletedEvent,
  CreateEvent,
  DeploymentStatusEvent,
  DiscussionCreatedEvent,
  IssueCommentEvent,
  IssuesAssignedEvent,
  IssuesClosedEvent,
  IssuesEvent,
  IssuesOpenedEvent,
  LabelCreatedEvent,
  PullRequestClosedEvent,
  PullRequestEvent,
  PullRequestReviewEvent,
  PushEvent,
  ReleasePublishedEvent,
  RepositoryCreatedEvent,
  StarCreatedEvent,
  StarEvent,
  WorkflowRunCompletedEvent,
} from "@octokit/webhooks-types";
import { defineGithubEvent, type RunProperty, truncate } from "./define-github-event.js";

interface Named {
  readonly login?: string;
  readonly name?: string;
  readonly full_name?: string;
  readonly html_url?: string;
}

const repoOf = (payload: { repository?: Named }): RunProperty[] =>
  payload.repository
    ? [{ label: "Repo", text: payload.repository.full_name ?? "", url: payload.repository.html_url }]
    : [];
const senderOf = (payload: { sender?: Named }): RunProperty[] =>
  payload.sender ? [{ label: "Sender", text: payload.sender.login ?? "", url: payload.sender.html_url }] : [];
const issueOf = (payload: IssuesEvent | IssueCommentEvent): RunProperty[] => [
  ...repoOf(payload),
  { label: "Issue", text: `#${payload.issue.number}: ${truncate(payload.issue.title)}`, url: payload.issue.html_url },
  ...senderOf(payload),
];
const pullOf = (payload: PullRequestEvent | PullRequestReviewEvent): RunProperty[] => [
  ...repoOf(payload),
  {
    label: "Pull request",
    text: `#${payload.pull_request.number}: ${truncate(payload.pull_request.title)}`,
    url: payload.pull_request.html_url,
  },
  { label: "Action", text: payload.action },
  ...senderOf(payload),
];
const starOf = (payload: StarEvent): RunProperty[] => [
  ...repoOf(payload),
  ...senderOf(payload),
  { label: "Stars", text: String(payload.repository.stargazers_count) },
];
const refOf = (payload: CreateEvent): RunProperty[] => [
  ...repoOf(payload),
  { label: payload.ref_type === "branch" ? "Branch" : "Tag", text: payload.ref },
  ...senderOf(payload),
];

/** When anything happens to an issue (opened, edited, closed, labeled, ...). */
const onIssue = defineGithubEvent<IssuesEvent>({
  name: "issues",
  title: "On issue",
  requires: ["issue", "repository"],
  runProperties: issueOf,
});
/** When an issue is opened. */
const onIssueOpened = defineGithubEvent<IssuesOpenedEvent>({
  name: "issues",
  title: "On issue opened",
  filter: { action: ["opened"] },
  requires: ["issue", "repository"],
  runProperties: issueOf,
});
/** When an issue is assigned to someone. */
const onIssueAssigned = defineGithubEvent<IssuesAssignedEvent>({
  name: "issues",
  title: "On issue assigned",
  filter: { action: ["assigned"] },
  requires: ["issue", "repository"],
  runProperties: (payload) => [
    ...issueOf(payload),
    { label: "Assignee", text: payload.assignee?.login ?? "none", url: payload.assignee?.html_url },
  ],
});
/** When an issue is closed. */
const onIssueClosed = defineGithubEvent<IssuesClosedEvent>({
  name: "issues",
  title: "On issue closed",
  filter: { action: ["closed"] },
  requires: ["issue", "repository"],
  runProperties: (payload) => [...issueOf(payload), { label: "Reason", text: payload.issue.state_reason ?? "none" }],
});
/** When a comment on an issue or pull request is created, edited or deleted. */
const onIssueComment = defineGithubEvent<IssueCommentEvent>({
  name: "issue_comment",
  title: "On issue comment",
  requires: ["issue", "comment", "repository"],
  runProperties: (payload) => [
    ...issueOf(payload),
    { label: "Comment", text: truncate(payload.comment.body), url: payload.comment.html_url },
  ],
});
/** When a repository is starred or unstarred. */
const onStar = defineGithubEvent<StarEvent>({
  name: "star",
  title: "On star",
  requires: ["repository"],
  runProperties: starOf,
});
/** When a repository is starred. */
const onNewStar = defineGithubEvent<StarCreatedEvent>({
  name: "star",
  title: "On new star",
  filter: { action: ["created"] },
  requires: ["repository"],
  runProperties: starOf,
});
/** When a repository is created in an organization (use with `triggers.org`). */
const onNewRepository = defineGithubEvent<RepositoryCreatedEvent>({
  name: "repository",
  title: "On new repository",
  filter: { action: ["created"] },
  requires: ["repository"],
  runProperties: (payload) => [...repoOf(payload), ...senderOf(payload)],
});
/** When a branch or tag is created. */
const onNewBranchOrTag = defineGithubEvent<CreateEvent>({
  name: "create",
  title: "On new branch or tag",
  requires: ["repository"],
  runProperties: refOf,
});
/** When a branch is created. */
const onNewBranch = defineGithubEvent<CreateEvent>({
  name: "create",
  title: "On new branch",
  filter: { ref_type: ["branch"] },
  requires: ["repository"],
  runProperties: refOf,
});
/** When commits or tags are pushed. */
const onPush = defineGithubEvent<PushEvent>({
  name: "push",
  title: "On push",
  requires: ["repository", "pusher"],
  runProperties: (payload) => [
    ...repoOf(payload),
    { label: "Ref", text: payload.ref },
    { label: "Pusher", text: payload.pusher.name },
    { label: "Commits", text: String(payload.commits.length) },
    ...(payload.head_commit
      ? [{ label: "Head commit", text: payload.head_commit.id.slice(0, 7), url: payload.head_commit.url }]
      : []),
  ],
});
/** When anything happens to a pull request (not its reviews or comments). */
const onPullRequest = defineGithubEvent<PullRequestEvent>({
  name: "pull_request",
  title: "On pull request",
  requires: ["pull_request", "repository"],
  runProperties: pullOf,
});
/** When a pull request is merged (closed with `merged: true`). */
const onPullRequestMerged = defineGithubEvent<PullRequestClosedEvent>({
  name: "pull_request",
  title: "On pull request merged",
  filter: { action: ["closed"], pull_request: { merged: [true] } },
  requires: ["pull_request", "repository"],
  runProperties: (payload) => [
    ...pullOf(payload),
    { label: "Merged by", text: payload.pull_request.merged_by?.login ?? "unknown" },
  ],
});
/** When a pull request review is submitted, edited or dismissed. */
const onPullRequestReview = defineGithubEvent<PullRequestReviewEvent>({
  name: "pull_request_review",
  title: "On pull request review",
  requires: ["pull_request", "review", "repository"],
  runProperties: (payload) => [
    ...pullOf(payload),
    { label: "Reviewer", text: payload.review.user.login, url: payload.review.user.html_url },
    { label: "State", text: payload.review.state },
  ],
});
/** When a release is published. */
const onReleasePublished = defineGithubEvent<ReleasePublishedEvent>({
  name: "release",
  title: "On release published",
  filter: { action: ["published"] },
  requires: ["release", "repository"],
  runProperties: (payload) => [
    ...repoOf(payload),
    { label: "Release", text: payload.release.name ?? payload.release.tag_name, url: payload.release.html_url },
    { label: "Tag", text: payload.release.tag_name },
  ],
});
/** When a GitHub Actions workflow run completes (any conclusion). */
const onWorkflowRunCompleted = defineGithubEvent<WorkflowRunCompletedEvent>({
  name: "workflow_run",
  title: "On workflow run completed",
  filter: { action: ["completed"] },
  requires: ["workflow_run", "repository"],
  runProperties: (payload) => [
    ...repoOf(payload),
    { label: "Workflow", text: payload.workflow_run.name ?? "", url: payload.workflow_run.html_url },
    { label: "Conclusion", text: payload.workflow_run.conclusion ?? "none" },
    { label: "Branch", text: payload.workflow_run.head_branch ?? "" },
  ],
});
/** When a check run completes. */
const onCheckRunCompleted = defineGithubEvent<CheckRunCompletedEvent>({
  name: "check_run",
  title: "On check run completed",
  filter: { action: ["completed"] },
  requires: ["check_run", "repository"],
  runProperties: (payload) => [
    ...repoOf(payload),
    { label: "Check", text: payload.check_run.name, url: payload.check_run.html_url ?? undefined },
    { label: "Conclusion", text: payload.check_run.conclusion ?? "none" },
  ],
});
/** When a discussion is created. */
const onDiscussionCreated = defineGithubEvent<DiscussionCreatedEvent>({
  name: "discussion",
  title: "On discussion created",
  filter: { action: ["created"] },
  requires: ["discussion", "repository"],
  runProperties: (payload) => [
    ...repoOf(payload),
    {
      label: "Discussion",
      text: `#${payload.discussion.number}: ${truncate(payload.discussion.title)}`,
      url: payload.discussion.html_url,
    },
    ...senderOf(payload),
  ],
});
/** When a label is created. */
const onLabelCreated = defineGithubEvent<LabelCreatedEvent>({
  name: "label",
  title: "On label created",
  filter: { action: ["created"] },
  requires: ["label", "repository"],
  runProperties: (payload) => [...repoOf(payload), { label: "Label", text: payload.label.name }, ...senderOf(payload)],
});
/** When a deployment's status changes (pending, success, failure, ...). */
const onDeploymentStatus = defineGithubEvent<DeploymentStatusEvent>({
  name: "deployment_status",
  title: "On deployment status",
  requires: ["deployment_status", "deployment", "repository"],
  runProperties: (payload) => [
    ...repoOf(payload),
    { label: "Environment", text: payload.deployment.environment },
    { label: "State", text: payload.deployment_status.state },
  ],
});

/**
 * The GitHub webhook events jobs can trigger on, for `github.triggers.repo({ event })` and
 * `github.triggers.org({ event })`. The first twelve keep the names `@trigger.dev/github` gave them.
 */
export const events = {
  onIssue,
  onIssueOpened,
  onIssueAssigned,
  onIssueComment,
  onStar,
  onNewStar,
  onNewRepository,
  onNewBranchOrTag,
  onNewBranch,
  onPush,
  onPullRequest,
  onPullRequestReview,
  onIssueClosed,
  onPullRequestMerged,
  onReleasePublished,
  onWorkflowRunCompleted,
  onCheckRunCompleted,
  onDiscussionCreated,
  onLabelCreated,
  onDeploymentStatus,
} as const;

/** The name of one of {@link events}. */
export type GithubEventName = keyof typeof events;
