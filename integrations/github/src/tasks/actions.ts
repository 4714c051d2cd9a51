import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type ListOptions, type RouteData, type RouteParams, repoOf, TaskNamespace } from "./task-namespace.js";

/** `io.github.actions`: GitHub Actions workflows and their runs. */
export class Actions extends TaskNamespace {
  /** Starts a `workflow_dispatch` workflow on `ref`. `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches` */
  createWorkflowDispatch(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", params, {
      name: "Create Workflow Dispatch",
      properties: [...repoOf(params), ["Workflow", params.workflow_id], ["Ref", params.ref]],
    });
  }

  /** Lists workflow runs, filtered by branch, event, status, ... `GET /repos/{owner}/{repo}/actions/runs` */
  listWorkflowRuns(
    key: IntegrationTaskKey,
    params: RouteParams<"GET /repos/{owner}/{repo}/actions/runs">,
    options?: ListOptions,
  ): Promise<RouteData<"GET /repos/{owner}/{repo}/actions/runs">> {
    return this.listing(
      key,
      "GET /repos/{owner}/{repo}/actions/runs",
      params,
      {
        name: "List Workflow Runs",
        properties: [...repoOf(params), ["Branch", params.branch], ["Status", params.status]],
        itemsKey: "workflow_runs",
      },
      options,
    );
  }

  /** Re-runs a workflow run. `POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun` */
  reRunWorkflow(
    key: IntegrationTaskKey,
    params: RouteParams<"POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun">,
  ): Promise<RouteData<"POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun">> {
    return this.endpoint(key, "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun", params, {
      name: "Re-run Workflow",
      properties: [...repoOf(params), ["Run", params.run_id]],
    });
  }
}
