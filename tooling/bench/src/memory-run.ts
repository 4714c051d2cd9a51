/**
 * Child process of the memory benchmark (run with --expose-gc): 10,000 runs cycling through 1,000
 * credentials, one task each, reporting the heap after a full GC at checkpoints.
 */
import { Github } from "@acme/github";
import { Github as TriggerGithub } from "@trigger.dev/github";
import { benchIO, inMemoryFetch } from "./bench-io.js";

const which = process.argv[2];
const options = { id: "github", octokitRequest: { fetch: inMemoryFetch } };
// Both classes share the calls made below; their declared types differ only in generics.
const github = (which === "ours" ? new Github(options) : new TriggerGithub(options)) as Github;
const io = benchIO();
const issue = { owner: "acme", repo: "app", issue_number: 1 };
const gc = (globalThis as { gc?: () => void }).gc as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const checkpoints: Record<string, number> = { start: heap() };
for (let run = 1; run <= 10_000; run++) {
  const auth = { type: "oauth2" as const, accessToken: `gho_bench_${run % 1_000}` };
  await github
    .cloneForRun(io, "github", auth)
    .runTask("get", async (o) => (await o.rest.issues.get(issue)).data.number);
  if (run === 5_000 || run === 10_000) checkpoints[`after ${run}`] = heap();
}
process.stdout.write(JSON.stringify(checkpoints));
