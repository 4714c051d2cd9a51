export * from "@acme/integration-kit/client";
export { GithubClient, type GithubClientOptions } from "./github-client.js";
