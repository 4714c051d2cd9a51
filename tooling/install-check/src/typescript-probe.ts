import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { failureLine } from "./failure-line.js";
import type { LoadResult } from "./load-entry.js";
import { runCommand } from "./run-command.js";

/** What a CommonJS project on Node 20 compiles with: Node's module rules, every strict check, our types checked too. */
const TSCONFIG = {
  compilerOptions: {
    module: "nodenext",
    target: "es2022",
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: ["node"],
  },
  files: ["probe.ts"],
};

/** Entries a CommonJS file can load: vitest refuses `require()`, so the contract suite's entry stays out. */
const requirable = (specifier: string) => specifier !== "@acme/integration-kit/testing";

/**
 * `probe.ts` for a CommonJS TypeScript project: imports every entry (compiled to `require`), then
 * runs a GitHub, a Slack, an OpenAI and a Stripe task at a closed port, so each vendor SDK loads
 * and sends as in a job (on the lowest Node too: `openai` 7 declares Node 22, and this is where
 * its running on Node 20 is checked). A refused connection read as "no answer came" proves each ran.
 */
function probeSource(specifiers: readonly string[]): string {
  const entries = specifiers.filter(requirable);
  return `${entries.map((specifier, index) => `import * as entry${index} from "${specifier}";`).join("\n")}
import { Github } from "@acme/github";
import { Openai } from "@acme/openai";
import { Slack } from "@acme/slack";
import { Stripe } from "@acme/stripe";

type RunIo = Parameters<Github["cloneForRun"]>[0];
const io = {
  runTask: (_key: unknown, task: (run: unknown, io: unknown) => Promise<unknown>) => task({ id: "probe", attempts: 1 }, io),
} as unknown as RunIo;
const closed = "http://127.0.0.1:9";

async function main(): Promise<void> {
  const exports = [${entries.map((_, index) => `entry${index}`).join(", ")}].map((entry) => Object.keys(entry).length);
  const github = new Github({ id: "github", token: "probe-token", baseUrl: closed }).cloneForRun(io, "github");
  const slack = new Slack({ id: "slack", token: "probe-token", baseUrl: \`\${closed}/api/\` }).cloneForRun(io, "slack");
  const openai = new Openai({ id: "openai", apiKey: "probe-token", baseUrl: \`\${closed}/v1\` }).cloneForRun(io, "openai");
  const stripe = new Stripe({ id: "stripe", apiKey: "sk_test_probe", baseUrl: closed }).cloneForRun(io, "stripe");
  const answers = await Promise.all([
    github.issues.get("get", { owner: "acme", repo: "app", issueNumber: 1 }).then(String, (error: Error) => error.message),
    slack.auth.test("auth").then(String, (error: Error) => error.message),
    openai.models.list("models").then(String, (error: Error) => error.message),
    stripe.balance.retrieve("balance").then(String, (error: Error) => error.message),
  ]);
  if (!answers.every((answer) => answer.includes("no answer came"))) throw new Error(answers.join(" | "));
  console.log(\`\${exports.join("+")} exports; Octokit, WebClient, openai and stripe ran\`);
}

// Exit once answered: a lingering keep-alive socket or timer must not hold the probe until it is killed.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
`;
}

/** Writes `tsconfig.json` and `probe.ts` into the scratch project `dir`. */
export function writeTypescriptProbe(dir: string, specifiers: readonly string[]): void {
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  writeFileSync(join(dir, "probe.ts"), probeSource(specifiers));
}

/** Type-checks the probe with the project's own `tsc`. */
export async function compileProbe(dir: string): Promise<LoadResult> {
  const tsc = createRequire(join(dir, "package.json")).resolve("typescript/bin/tsc");
  const { code, output } = await runCommand(process.execPath, [tsc, "-p", "."], { cwd: dir, timeoutMs: 300_000 });
  return code === 0 ? { ok: true, detail: "no errors" } : { ok: false, detail: failureLine(output, dir, code) };
}

/**
 * How tsx runs `probe.ts` on Node `version`: its CLI, except on Node 20.0.x, where any `--loader`
 * (the CLI registers tsx's ESM loader) spawns loader workers inside loader workers until the heap
 * runs out (nodejs/node#47566, fixed in 20.1.0; measured here: a 5 s wait took 237 s and 11 GB).
 * There tsx runs as its CommonJS require hook, which starts no loader and is what this CommonJS
 * project needs.
 */
export function tsxArguments(version: string, dir: string): string[] {
  const [major, minor] = version.split(".").map(Number);
  if (major === 20 && minor === 0) return ["--require", "tsx/cjs", "probe.ts"];
  return [join(dir, "node_modules", "tsx", "dist", "cli.mjs"), "probe.ts"];
}

/** Runs the probe with the project's own tsx on the `node` binary of `version`; says which way it ran. */
export async function runProbe(node: string, version: string, dir: string): Promise<LoadResult & { how: string }> {
  const args = tsxArguments(version, dir);
  const how = args[0] === "--require" ? "node --require tsx/cjs probe.ts" : "tsx probe.ts";
  const { code, output } = await runCommand(node, args, { cwd: dir, timeoutMs: 300_000 });
  const ran = output.split("\n").find((line) => line.includes("exports; Octokit, WebClient, openai and stripe ran"));
  return code === 0 && ran
    ? { ok: true, detail: ran.trim(), how }
    : { ok: false, detail: failureLine(output, dir, code), how };
}
