import { type RunMode, type SideEffect, type Task, TaskGroup, type TaskProperty } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { earlierRef } from "./earlier-results.js";
import { type Route, type RouteData, type RouteParams, repoOf, route, routePager } from "./github-routes.js";

type Repo = { owner: string; repo: string };
/** A person in a commit or tag, as `@trigger.dev/github` typed them. */
type Person = { name: string; email: string; date?: string };
/** One entry of a tree to create. */
export type TreeEntry = NonNullable<RouteParams<"POST /repos/{owner}/{repo}/git/trees">["tree"]>[number];

/** A Git database task: one request to `route`, shown with the repository first. */
interface GitTask<R extends Route, P extends Repo> {
  readonly name: string;
  readonly route: R;
  /** GitHub's params for the route, from the task's (`fileSHA` sent as `file_sha`). */
  readonly request: (params: P) => RouteParams<R>;
  /** The dashboard properties after Owner and Repo. */
  readonly shows: (params: NoInfer<P>) => TaskProperty[];
  readonly sideEffect: SideEffect<Octokit, NoInfer<P>, RouteData<R>>;
}

/** `io.github.git`: the Git database (blobs, trees, commits, refs and annotated tags). */
export class Git<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Declares a Git task, so each declaration below says only what differs: route, params, properties, side effect. */
  #task<R extends Route, P extends Repo>(task: GitTask<R, P>): Task<M, P, RouteData<R>> {
    return this.task<P, RouteData<R>>({
      name: task.name,
      call: route(task.route, task.request),
      properties: (params) => [...repoOf(params), ...task.shows(params)],
      sideEffect: task.sideEffect,
    });
  }

  /** Stores a blob. `POST /repos/{owner}/{repo}/git/blobs` */
  readonly createBlob = this.#task({
    name: "Create Blob",
    route: "POST /repos/{owner}/{repo}/git/blobs",
    request: (params: Repo & { content: string; encoding?: "utf-8" | "base64" | "base-64" }) => ({
      owner: params.owner,
      repo: params.repo,
      content: params.content,
      // "base-64" is what @trigger.dev/github's type allowed; GitHub's name for it is "base64".
      encoding: params.encoding === "base-64" ? "base64" : params.encoding,
    }),
    shows: () => [],
    sideEffect: "idempotent",
  });

  /** Reads a blob. `GET /repos/{owner}/{repo}/git/blobs/{file_sha}` */
  readonly getBlob = this.#task({
    name: "Get Blob",
    route: "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
    request: ({ owner, repo, fileSHA }: Repo & { fileSHA: string }) => ({ owner, repo, file_sha: fileSHA }),
    shows: (params) => [["SHA", params.fileSHA]],
    sideEffect: "none",
  });

  /** Creates a commit object (move a ref to publish it). `POST /repos/{owner}/{repo}/git/commits` */
  readonly createCommit = this.#task({
    name: "Create Commit",
    route: "POST /repos/{owner}/{repo}/git/commits",
    request: ({
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
    }) => ({ owner, repo, message, tree, parents, author, committer, signature }),
    shows: (params) => [["Message", params.message]],
    sideEffect: "idempotent",
  });

  /** Reads a commit object. `GET /repos/{owner}/{repo}/git/commits/{commit_sha}` */
  readonly getCommit = this.#task({
    name: "Get Commit",
    route: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    request: ({ owner, repo, commitSHA }: Repo & { commitSHA: string }) => ({ owner, repo, commit_sha: commitSHA }),
    shows: (params) => [["SHA", params.commitSHA]],
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
  readonly getRef = this.#task({
    name: "Get Reference",
    route: "GET /repos/{owner}/{repo}/git/ref/{ref}",
    request: ({ owner, repo, ref }: Repo & { ref: string }) => ({ owner, repo, ref }),
    shows: (params) => [["Ref", params.ref]],
    sideEffect: "none",
  });

  /** Creates a ref; `ref` is fully qualified (`refs/heads/feature`). `POST /repos/{owner}/{repo}/git/refs` */
  readonly createRef = this.#task({
    name: "Create Reference",
    route: "POST /repos/{owner}/{repo}/git/refs",
    request: ({ owner, repo, ref, sha }: Repo & { ref: string; sha: string }) => ({ owner, repo, ref, sha }),
    shows: (params) => [
      ["Ref", params.ref],
      ["SHA", params.sha],
    ],
    sideEffect: earlierRef,
  });

  /** Moves a ref (`heads/main`) to `sha`; `force` allows a non-fast-forward. `PATCH /repos/{owner}/{repo}/git/refs/{ref}` */
  readonly updateRef = this.#task({
    name: "Update Reference",
    route: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
    request: ({ owner, repo, ref, sha, force }: Repo & { ref: string; sha: string; force?: boolean }) => ({
      owner,
      repo,
      ref,
      sha,
      force,
    }),
    shows: (params) => [
      ["Ref", params.ref],
      ["SHA", params.sha],
    ],
    sideEffect: "idempotent",
  });

  /** Deletes a ref (`heads/feature`). `DELETE /repos/{owner}/{repo}/git/refs/{ref}` */
  readonly deleteRef = this.#task({
    name: "Delete Reference",
    route: "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
    request: ({ owner, repo, ref }: Repo & { ref: string }) => ({ owner, repo, ref }),
    shows: (params) => [["Ref", params.ref]],
    sideEffect: "idempotent",
  });

  /** Creates an annotated tag object (then create `refs/tags/<tag>` for it). `POST /repos/{owner}/{repo}/git/tags` */
  readonly createTag = this.#task({
    name: "Create Tag",
    route: "POST /repos/{owner}/{repo}/git/tags",
    request: ({
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
    }) => ({ owner, repo, tag, message, object, type, tagger }),
    shows: (params) => [["Tag", params.tag]],
    sideEffect: "idempotent",
  });

  /** Reads an annotated tag object. `GET /repos/{owner}/{repo}/git/tags/{tag_sha}` */
  readonly getTag = this.#task({
    name: "Get Tag",
    route: "GET /repos/{owner}/{repo}/git/tags/{tag_sha}",
    request: ({ owner, repo, tagSHA }: Repo & { tagSHA: string }) => ({ owner, repo, tag_sha: tagSHA }),
    shows: (params) => [["SHA", params.tagSHA]],
    sideEffect: "none",
  });

  /**
   * Creates a tree, on top of `baseTree` when given. Sent as GitHub's `base_tree`:
   * `@trigger.dev/github` sent `baseTree`, which GitHub ignored. `POST /repos/{owner}/{repo}/git/trees`
   */
  readonly createTree = this.#task({
    name: "Create Tree",
    route: "POST /repos/{owner}/{repo}/git/trees",
    request: ({ owner, repo, tree, baseTree }: Repo & { tree: TreeEntry[]; baseTree?: string }) => ({
      owner,
      repo,
      tree,
      base_tree: baseTree,
    }),
    shows: (params) => [["Base Tree", params.baseTree]],
    sideEffect: "idempotent",
  });

  /** Reads a tree; `recursive` set to any value lists subtrees too. `GET /repos/{owner}/{repo}/git/trees/{tree_sha}` */
  readonly getTree = this.#task({
    name: "Get Tree",
    route: "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    request: ({ owner, repo, treeSHA, recursive }: Repo & { treeSHA: string; recursive?: string }) => ({
      owner,
      repo,
      tree_sha: treeSHA,
      recursive,
    }),
    shows: (params) => [["SHA", params.treeSHA]],
    sideEffect: "none",
  });
}
