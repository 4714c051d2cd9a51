import { type RunMode, TaskGroup } from "@acme/integration-kit";
import type { Octokit } from "octokit";
import { route } from "./github-routes.js";

/** `io.github.users`: the people behind the token. */
export class Users<M extends RunMode = "job"> extends TaskGroup<Octokit, M> {
  /** Gets the user the token belongs to. `GET /user` */
  readonly getAuthenticated = this.task({
    name: "Get Authenticated User",
    call: route<"GET /user", undefined>("GET /user", () => ({})),
    properties: () => [["Endpoint", "GET /user"]],
    sideEffect: "none",
  });
}
