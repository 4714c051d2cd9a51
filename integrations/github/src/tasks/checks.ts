import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { type RouteParams, repoOf, route } from "./github-routes.js";

/** `io.github.checks`: check runs (needs a GitHub App installation token). */
export class Checks<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Creates a check run on a commit. `POST /repos/{owner}/{repo}/check-runs` */
  readonly create = this.task({
    name: "Create Check Run",
    call: route<"POST /repos/{owner}/{repo}/check-runs", RouteParams<"POST /repos/{owner}/{repo}/check-runs">>(
      "POST /repos/{owner}/{repo}/check-runs",
    ),
    properties: (params) => [...repoOf(params), ["Check", params.name], ["SHA", params.head_sha]],
    sideEffect: "unchecked",
  });

  /** Updates a check run: status, conclusion, output. `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}` */
  readonly update = this.task({
    name: "Update Check Run",
    call: route<
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      RouteParams<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">
    >("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"),
    properties: (params) => [...repoOf(params), ["Check Run", params.check_run_id], ["Conclusion", params.conclusion]],
    sideEffect: "idempotent",
  });
}
