import type { TestProject } from "vitest/node";
import { startGithubStandIn } from "../src/index.js";

declare module "vitest" {
  interface ProvidedContext {
    /** Base URL of the stand-in under test. */
    githubStandInUrl: string;
  }
}

/** One stand-in for the run, as the packages that use it do: it takes about 10 s to start. */
export default async function setup(project: TestProject) {
  const standIn = await startGithubStandIn();
  project.provide("githubStandInUrl", standIn.url);
  return () => standIn.close();
}
