import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

type Repo = { owner: string; repo: string };
/** A person in a commit or tag, as `@trigger.dev/github` typed them. */
type Person = { name: string; email: string; date?: string };
/** One entry of a tree to create. */
export type TreeEntry = NonNullable<RouteParams<"POST /repos/{owner}/{repo}/git/trees">["tree"]>[number];

/** `io.github.git`: the Git database (blobs, trees, commits, refs and annotated tags). */
export class Git extends TaskNamespace {
  /** Stores a blob. `POST /repos/{owner}/{repo}/git/blobs` */
  createBlob(
    key: IntegrationTaskKey,
    params: Repo & { content: string; encoding?: "utf-8" | "base64" | "base-64" },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/git/blobs">> {
    const { owner, repo, content, encoding } = params;
    // "base-64" is what @trigger.dev/github's type allowed; GitHub's name for it is "base64".
    const sent = encoding === "base-64" ? "base64" : encoding;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/git/blobs",
      { owner, repo, content, encoding: sent },
      { name: "Create Blob", properties: repoOf(params), shownParams: params },
    );
  }

  /** Reads a blob. `GET /repos/{owner}/{repo}/git/blobs/{file_sha}` */
  getBlob(
    key: IntegrationTaskKey,
    params: Repo & { fileSHA: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/blobs/{file_sha}">> {
    const { owner, repo, fileSHA } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      { owner, repo, file_sha: fileSHA },
      { name: "Get Blob", properties: [...repoOf(params), ["SHA", fileSHA]], shownParams: params },
    );
  }

  /** Creates a commit object (move a ref to publish it). `POST /repos/{owner}/{repo}/git/commits` */
  createCommit(
    key: IntegrationTaskKey,
    params: Repo & {
      message: string;
      tree: string;
      parents?: string[];
      author?: Person;
      committer?: Partial<Person>;
      signature?: string;
    },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/git/commits">> {
    const { owner, repo, message, tree, parents, author, committer, signature } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/git/commits",
      { owner, repo, message, tree, parents, author, committer, signature },
      { name: "Create Commit", properties: [...repoOf(params), ["Message", message]], shownParams: params },
    );
  }

  /** Reads a commit object. `GET /repos/{owner}/{repo}/git/commits/{commit_sha}` */
  getCommit(
    key: IntegrationTaskKey,
    params: Repo & { commitSHA: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/commits/{commit_sha}">> {
    const { owner, repo, commitSHA } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
      { owner, repo, commit_sha: commitSHA },
      { name: "Get Commit", properties: [...repoOf(params), ["SHA", commitSHA]], shownParams: params },
    );
  }

  /** Lists refs starting with `ref` (`heads/feature-`). `GET /repos/{owner}/{repo}/git/matching-refs/{ref}` */
  listMatchingRefs(
    key: IntegrationTaskKey,
    params: Repo & { ref: string },
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/matching-refs/{ref}">> {
    const { owner, repo, ref } = params;
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
      { owner, repo, ref },
      { name: "List Matching References", properties: [...repoOf(params), ["Ref", ref]] },
      options,
    );
  }

  /** Reads one ref (`heads/main`, `tags/v1`). `GET /repos/{owner}/{repo}/git/ref/{ref}` */
  getRef(
    key: IntegrationTaskKey,
    params: Repo & { ref: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/ref/{ref}">> {
    const { owner, repo, ref } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/git/ref/{ref}",
      { owner, repo, ref },
      { name: "Get Reference", properties: [...repoOf(params), ["Ref", ref]] },
    );
  }

  /** Creates a ref; `ref` is fully qualified (`refs/heads/feature`). `POST /repos/{owner}/{repo}/git/refs` */
  createRef(
    key: IntegrationTaskKey,
    params: Repo & { ref: string; sha: string },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/git/refs">> {
    const { owner, repo, ref, sha } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/git/refs",
      { owner, repo, ref, sha },
      { name: "Create Reference", properties: [...repoOf(params), ["Ref", ref], ["SHA", sha]] },
    );
  }

  /** Moves a ref (`heads/main`) to `sha`; `force` allows a non-fast-forward. `PATCH /repos/{owner}/{repo}/git/refs/{ref}` */
  updateRef(
    key: IntegrationTaskKey,
    params: Repo & { ref: string; sha: string; force?: boolean },
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/git/refs/{ref}">> {
    const { owner, repo, ref, sha, force } = params;
    return this.endpoint(
      key,
      "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
      { owner, repo, ref, sha, force },
      { name: "Update Reference", properties: [...repoOf(params), ["Ref", ref], ["SHA", sha]] },
    );
  }

  /** Deletes a ref (`heads/feature`). `DELETE /repos/{owner}/{repo}/git/refs/{ref}` */
  deleteRef(
    key: IntegrationTaskKey,
    params: Repo & { ref: string },
  ): Promise<RouteData<"DELETE /repos/{owner}/{repo}/git/refs/{ref}">> {
    const { owner, repo, ref } = params;
    return this.endpoint(
      key,
      "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
      { owner, repo, ref },
      { name: "Delete Reference", properties: [...repoOf(params), ["Ref", ref]] },
    );
  }

  /** Creates an annotated tag object (then create `refs/tags/<tag>` for it). `POST /repos/{owner}/{repo}/git/tags` */
  createTag(
    key: IntegrationTaskKey,
    params: Repo & { tag: string; message: string; object: string; type: "commit" | "tree" | "blob"; tagger?: Person },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/git/tags">> {
    const { owner, repo, tag, message, object, type, tagger } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/git/tags",
      { owner, repo, tag, message, object, type, tagger },
      { name: "Create Tag", properties: [...repoOf(params), ["Tag", tag]] },
    );
  }

  /** Reads an annotated tag object. `GET /repos/{owner}/{repo}/git/tags/{tag_sha}` */
  getTag(
    key: IntegrationTaskKey,
    params: Repo & { tagSHA: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/tags/{tag_sha}">> {
    const { owner, repo, tagSHA } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/git/tags/{tag_sha}",
      { owner, repo, tag_sha: tagSHA },
      { name: "Get Tag", properties: [...repoOf(params), ["SHA", tagSHA]], shownParams: params },
    );
  }

  /**
   * Creates a tree, on top of `baseTree` when given. Sent as GitHub's `base_tree`:
   * `@trigger.dev/github` sent `baseTree`, which GitHub ignored. `POST /repos/{owner}/{repo}/git/trees`
   */
  createTree(
    key: IntegrationTaskKey,
    params: Repo & { tree: TreeEntry[]; baseTree?: string },
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/git/trees">> {
    const { owner, repo, tree, baseTree } = params;
    return this.endpoint(
      key,
      "POST /repos/{owner}/{repo}/git/trees",
      { owner, repo, tree, base_tree: baseTree },
      { name: "Create Tree", properties: [...repoOf(params), ["Base Tree", baseTree]], shownParams: params },
    );
  }

  /** Reads a tree; `recursive` set to any value lists subtrees too. `GET /repos/{owner}/{repo}/git/trees/{tree_sha}` */
  getTree(
    key: IntegrationTaskKey,
    params: Repo & { treeSHA: string; recursive?: string },
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/git/trees/{tree_sha}">> {
    const { owner, repo, treeSHA, recursive } = params;
    return this.endpoint(
      key,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
      { owner, repo, tree_sha: treeSHA, recursive },
      { name: "Get Tree", properties: [...repoOf(params), ["SHA", treeSHA]], shownParams: params },
    );
  }
}
