import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { type RouteParams, repoOf, route, routePager } from "./github-routes.js";

/** `io.github.actions`: GitHub Actions workflows and their runs. */
export class Actions<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Starts a `workflow_dispatch` workflow on `ref`. `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches` */
  readonly createWorkflowDispatch = this.task({
    name: "Create Workflow Dispatch",
    call: route<
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
      RouteParams<"POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches">
    >("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"),
    properties: (params) => [...repoOf(params), ["Workflow", params.workflow_id], ["Ref", params.ref]],
    sideEffect: "unchecked",
  });

  /** Lists workflow runs, filtered by branch, event, status, ... `GET /repos/{owner}/{repo}/actions/runs` */
  readonly listWorkflowRuns = this.listing({
    name: "List Workflow Runs",
    pager: routePager<"GET /repos/{owner}/{repo}/actions/runs", RouteParams<"GET /repos/{owner}/{repo}/actions/runs">>(
      "GET /repos/{owner}/{repo}/actions/runs",
      undefined,
      { itemsKey: "workflow_runs" },
    ),
    properties: (params) => [...repoOf(params), ["Branch", params.branch], ["Status", params.status]],
  });

  /** Re-runs a workflow run. `POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun` */
  readonly reRunWorkflow = this.task({
    name: "Re-run Workflow",
    call: route<
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun",
      RouteParams<"POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun">
    >("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"),
    properties: (params) => [...repoOf(params), ["Run", params.run_id]],
    sideEffect: "unchecked",
  });
}
