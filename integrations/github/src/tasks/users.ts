import type { IntegrationTaskKey } from "@trigger.dev/sdk";
import { type RouteData, TaskNamespace } from "./task-namespace.js";

/** `io.github.users`: the people behind the token. */
export class Users extends TaskNamespace {
  /** Gets the user the token belongs to. `GET /user` */
  getAuthenticated(key: IntegrationTaskKey): Promise<RouteData<"GET /user">> {
    return this.endpoint(key, "GET /user", {}, { name: "Get Authenticated User", properties: [] });
  }
}
