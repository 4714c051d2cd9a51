import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

/** `io.github.checks`: check runs (needs a GitHub App installation token). */
export class Checks extends TaskNamespace {
  /** Creates a check run on a commit. `POST /repos/{owner}/{repo}/check-runs` */
  create(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/check-runs">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/check-runs">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/check-runs", params, {
      name: "Create Check Run",
      properties: [...repoOf(params), ["Check", params.name], ["SHA", params.head_sha]],
    });
  }

  /** Updates a check run: status, conclusion, output. `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}` */
  update(
    key: IntegrationTaskKey,
    params: RouteParams<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">,
  ): Promise<RouteData<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">> {
    return this.endpoint(key, "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", params, {
      name: "Update Check Run",
      properties: [...repoOf(params), ["Check Run", params.check_run_id], ["Conclusion", params.conclusion]],
    });
  }
}
