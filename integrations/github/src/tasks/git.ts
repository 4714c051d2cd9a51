import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierRef } from "./earlier-results.js";
import { type RouteParams, repoOf, routePager, send } from "./github-routes.js";

type Repo = { owner: string; repo: string };
/** A person in a commit or tag, as `@trigger.dev/github` typed them. */
type Person = { name: string; email: string; date?: string };
/** One entry of a tree to create. */
export type TreeEntry = NonNullable<RouteParams<"POST /repos/{owner}/{repo}/git/trees">["tree"]>[number];

/** `io.github.git`: the Git database (blobs, trees, commits, refs and annotated tags). */
export class Git<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Stores a blob. `POST /repos/{owner}/{repo}/git/blobs` */
  readonly createBlob = this.task({
    name: "Create Blob",
    call: (octokit, params: Repo & { content: string; encoding?: "utf-8" | "base64" | "base-64" }) =>
      send(octokit, "POST /repos/{owner}/{repo}/git/blobs", {
        owner: params.owner,
        repo: params.repo,
        content: params.content,
        // "base-64" is what @trigger.dev/github's type allowed; GitHub's name for it is "base64".
        encoding: params.encoding === "base-64" ? "base64" : params.encoding,
      }),
    properties: (params) => repoOf(params),
    sideEffect: "idempotent",
  });

  /** Reads a blob. `GET /repos/{owner}/{repo}/git/blobs/{file_sha}` */
  readonly getBlob = this.task({
    name: "Get Blob",
    call: (octokit, { owner, repo, fileSHA }: Repo & { fileSHA: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { owner, repo, file_sha: fileSHA }),
    properties: (params) => [...repoOf(params), ["SHA", params.fileSHA]],
    sideEffect: "none",
  });

  /** Creates a commit object (move a ref to publish it). `POST /repos/{owner}/{repo}/git/commits` */
  readonly createCommit = this.task({
    name: "Create Commit",
    call: (
      octokit,
      {
        owner,
        repo,
        message,
        tree,
        parents,
        author,
        committer,
        signature,
      }: Repo & {
        message: string;
        tree: string;
        parents?: string[];
        author?: Person;
        committer?: Partial<Person>;
        signature?: string;
      },
    ) =>
      send(octokit, "POST /repos/{owner}/{repo}/git/commits", {
        owner,
        repo,
        message,
        tree,
        parents,
        author,
        committer,
        signature,
      }),
    properties: (params) => [...repoOf(params), ["Message", params.message]],
    sideEffect: "idempotent",
  });

  /** Reads a commit object. `GET /repos/{owner}/{repo}/git/commits/{commit_sha}` */
  readonly getCommit = this.task({
    name: "Get Commit",
    call: (octokit, { owner, repo, commitSHA }: Repo & { commitSHA: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { owner, repo, commit_sha: commitSHA }),
    properties: (params) => [...repoOf(params), ["SHA", params.commitSHA]],
    sideEffect: "none",
  });

  /** Lists refs starting with `ref` (`heads/feature-`). `GET /repos/{owner}/{repo}/git/matching-refs/{ref}` */
  readonly listMatchingRefs = this.listing({
    name: "List Matching References",
    pager: routePager(
      "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
      ({ owner, repo, ref }: Repo & { ref: string }) => ({ owner, repo, ref }),
    ),
    properties: (params) => [...repoOf(params), ["Ref", params.ref]],
  });

  /** Reads one ref (`heads/main`, `tags/v1`). `GET /repos/{owner}/{repo}/git/ref/{ref}` */
  readonly getRef = this.task({
    name: "Get Reference",
    call: (octokit, { owner, repo, ref }: Repo & { ref: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}/git/ref/{ref}", {
        owner,
        repo,
        ref,
      }),
    properties: (params) => [...repoOf(params), ["Ref", params.ref]],
    sideEffect: "none",
  });

  /** Creates a ref; `ref` is fully qualified (`refs/heads/feature`). `POST /repos/{owner}/{repo}/git/refs` */
  readonly createRef = this.task({
    name: "Create Reference",
    call: (octokit, { owner, repo, ref, sha }: Repo & { ref: string; sha: string }) =>
      send(octokit, "POST /repos/{owner}/{repo}/git/refs", { owner, repo, ref, sha }),
    properties: (params) => [...repoOf(params), ["Ref", params.ref], ["SHA", params.sha]],
    sideEffect: earlierRef,
  });

  /** Moves a ref (`heads/main`) to `sha`; `force` allows a non-fast-forward. `PATCH /repos/{owner}/{repo}/git/refs/{ref}` */
  readonly updateRef = this.task({
    name: "Update Reference",
    call: (octokit, { owner, repo, ref, sha, force }: Repo & { ref: string; sha: string; force?: boolean }) =>
      send(octokit, "PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        owner,
        repo,
        ref,
        sha,
        force,
      }),
    properties: (params) => [...repoOf(params), ["Ref", params.ref], ["SHA", params.sha]],
    sideEffect: "idempotent",
  });

  /** Deletes a ref (`heads/feature`). `DELETE /repos/{owner}/{repo}/git/refs/{ref}` */
  readonly deleteRef = this.task({
    name: "Delete Reference",
    call: (octokit, { owner, repo, ref }: Repo & { ref: string }) =>
      send(octokit, "DELETE /repos/{owner}/{repo}/git/refs/{ref}", {
        owner,
        repo,
        ref,
      }),
    properties: (params) => [...repoOf(params), ["Ref", params.ref]],
    sideEffect: "idempotent",
  });

  /** Creates an annotated tag object (then create `refs/tags/<tag>` for it). `POST /repos/{owner}/{repo}/git/tags` */
  readonly createTag = this.task({
    name: "Create Tag",
    call: (
      octokit,
      {
        owner,
        repo,
        tag,
        message,
        object,
        type,
        tagger,
      }: Repo & {
        tag: string;
        message: string;
        object: string;
        type: "commit" | "tree" | "blob";
        tagger?: Person;
      },
    ) => send(octokit, "POST /repos/{owner}/{repo}/git/tags", { owner, repo, tag, message, object, type, tagger }),
    properties: (params) => [...repoOf(params), ["Tag", params.tag]],
    sideEffect: "idempotent",
  });

  /** Reads an annotated tag object. `GET /repos/{owner}/{repo}/git/tags/{tag_sha}` */
  readonly getTag = this.task({
    name: "Get Tag",
    call: (octokit, { owner, repo, tagSHA }: Repo & { tagSHA: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { owner, repo, tag_sha: tagSHA }),
    properties: (params) => [...repoOf(params), ["SHA", params.tagSHA]],
    sideEffect: "none",
  });

  /**
   * Creates a tree, on top of `baseTree` when given. Sent as GitHub's `base_tree`:
   * `@trigger.dev/github` sent `baseTree`, which GitHub ignored. `POST /repos/{owner}/{repo}/git/trees`
   */
  readonly createTree = this.task({
    name: "Create Tree",
    call: (octokit, { owner, repo, tree, baseTree }: Repo & { tree: TreeEntry[]; baseTree?: string }) =>
      send(octokit, "POST /repos/{owner}/{repo}/git/trees", {
        owner,
        repo,
        tree,
        base_tree: baseTree,
      }),
    properties: (params) => [...repoOf(params), ["Base Tree", params.baseTree]],
    sideEffect: "idempotent",
  });

  /** Reads a tree; `recursive` set to any value lists subtrees too. `GET /repos/{owner}/{repo}/git/trees/{tree_sha}` */
  readonly getTree = this.task({
    name: "Get Tree",
    call: (octokit, { owner, repo, treeSHA, recursive }: Repo & { treeSHA: string; recursive?: string }) =>
      send(octokit, "GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        owner,
        repo,
        tree_sha: treeSHA,
        recursive,
      }),
    properties: (params) => [...repoOf(params), ["SHA", params.treeSHA]],
    sideEffect: "none",
  });
}
