import { startGithubStandIn } from "@acme/github-standin";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  interface ProvidedContext {
    /** Base URL of the validating GitHub stand-in (Prism serving GitHub's OpenAPI description). */
    githubStandInUrl: string;
  }
}

/** One stand-in for the whole run: it takes about 10 s and 300 MB to start. */
export default async function setup(project: TestProject) {
  const standIn = await startGithubStandIn();
  project.provide("githubStandInUrl", standIn.url);
  return () => standIn.close();
}
