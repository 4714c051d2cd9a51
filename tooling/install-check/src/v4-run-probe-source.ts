/** The line the probe prints its report on: this marker, a space, then JSON (a `V4RunReport`). */
export const V4_RUN_MARKER = "v4-run-report";

/** The canaries: each is sent as the credential and must appear in no result, error or telemetry. */
export const V4_RUN_TOKENS = { github: "ghp_installcheck_canary_0123456789", slack: "xoxb-installcheck-canary-4242" };

/**
 * `v4-run-probe.mjs` for a scratch project beside `@trigger.dev/sdk` 4: a loopback server plays
 * GitHub (`GET /repos/acme/app/issues/1`: a primary rate limit, then the issue), Slack
 * (`conversations.info`: a 429 with `Retry-After`, then the channel) and an OTLP endpoint; a v4
 * `task()` per service with `catchError: catchServiceError` calls `GithubClient` / `SlackClient`
 * at it, and `@trigger.dev/core`'s `TaskExecutor` runs each attempt in-process, set up as
 * tooling/e2e-v4/test/support/v4-runtime.ts does (pinned 4.8.3). It reports what happened as
 * facts; `v4RunVerdict` judges them.
 */
export function v4RunProbeSource(): string {
  return `import { createServer } from "node:http";
import { GithubClient } from "@acme/github/client";
import { catchServiceError } from "@acme/integration-kit";
import { SlackClient } from "@acme/slack/client";
import { lifecycleHooks, resourceCatalog, TaskRunContext, TaskRunExecution, taskContext } from "@trigger.dev/core/v3";
import { TriggerTracer } from "@trigger.dev/core/v3/tracer";
import {
  ConsoleInterceptor, StandardLifecycleHooksManager, StandardResourceCatalog, TaskExecutor, TracingSDK,
} from "@trigger.dev/core/v3/workers";
import { task } from "@trigger.dev/sdk";

const TOKENS = ${JSON.stringify(V4_RUN_TOKENS)};
const RESET = Math.floor(Date.now() / 1000) + 3600;
const RETRY_AFTER = 30;
const seen = { authorizations: [], telemetry: [], calls: {} };
// Every result as the executor returned it (errors with stacks and causes): where a leaked token would show.
const full = [];

// GitHub's and Slack's first answer is a rate limit, every later one a success.
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const path = (req.url ?? "/").split("?")[0];
    const call = (seen.calls[path] = (seen.calls[path] ?? 0) + 1);
    const json = (status, headers, body) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith("/v1/")) {
      seen.telemetry.push(Buffer.concat(chunks).toString("utf8"));
      return json(200, {}, {});
    }
    seen.authorizations.push(String(req.headers.authorization ?? ""));
    if (path === "/repos/acme/app/issues/1" && call === 1) {
      return json(403, { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(RESET) }, {
        message: "API rate limit exceeded for user ID 1.",
        documentation_url: "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
      });
    }
    if (path === "/repos/acme/app/issues/1") return json(200, {}, { id: 1, number: 1, title: "Probe", state: "open" });
    if (path === "/api/conversations.info" && call === 1) {
      return json(429, { "retry-after": String(RETRY_AFTER) }, { ok: false, error: "ratelimited" });
    }
    if (path === "/api/conversations.info") return json(200, {}, { ok: true, channel: { id: "C0PROBE", name: "probe" } });
    json(404, {}, { message: "Not Found" });
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = \`http://127.0.0.1:\${server.address().port}\`;

// The runtime as the CLI's dev worker installs it.
lifecycleHooks.setGlobalLifecycleHooksManager(new StandardLifecycleHooksManager());
resourceCatalog.setGlobalResourceCatalog(new StandardResourceCatalog());
const tracingSDK = new TracingSDK({ url, forceFlushTimeoutMillis: 5000 });
const tracer = new TriggerTracer({ tracer: tracingSDK.getTracer("probe"), logger: tracingSDK.getLogger("probe") });
const consoleInterceptor = new ConsoleInterceptor(tracingSDK.getLogger("probe"), false, false);

const github = new GithubClient({ token: TOKENS.github, baseUrl: url });
const slack = new SlackClient({ token: TOKENS.slack, baseUrl: \`\${url}/api/\` });
const retry = { maxAttempts: 3, factor: 2, minTimeoutInMs: 1000, maxTimeoutInMs: 10000, randomize: false };
resourceCatalog.setCurrentFileContext("trigger/probe.ts", "trigger/probe.ts");
task({ id: "github-issue", retry, catchError: catchServiceError,
  run: async () => ({ title: (await github.issues.get({ owner: "acme", repo: "app", issueNumber: 1 })).title }) });
task({ id: "slack-channel", retry, catchError: catchServiceError,
  run: async () => ({ id: (await slack.conversations.info({ channel: "C0PROBE" })).channel?.id }) });
resourceCatalog.clearCurrentFileContext();

/** Runs task \`id\` attempt by attempt, the next at once when the executor asks for a retry. */
async function run(id) {
  const executor = new TaskExecutor(resourceCatalog.getTask(id), { tracingSDK, tracer, consoleInterceptor });
  const attempts = [];
  const startedAt = Date.now();
  for (let number = 1; number <= 2; number++) {
    const now = new Date();
    const execution = TaskRunExecution.parse({
      task: { id, filePath: "trigger/probe.ts" },
      attempt: { number, startedAt: now, id: \`attempt_\${id}_\${number}\`, status: "EXECUTING", backgroundWorkerId: "worker_probe", backgroundWorkerTaskId: \`worker_probe_\${id}\` },
      run: { id: \`run_\${id}\`, payload: "{}", payloadType: "application/json", metadata: {}, startedAt: now, createdAt: now, tags: [], isTest: false, durationMs: 0, costInCents: 0, baseCostInCents: 0, priority: 0 },
      machine: { name: "micro", cpu: 0.25, memory: 0.25, centsPerMs: 0 },
      queue: { id: \`queue_\${id}\`, name: \`task/\${id}\` },
      environment: { id: "env_probe", slug: "prod", type: "PRODUCTION" },
      organization: { id: "org_probe", slug: "acme", name: "Acme" },
      project: { id: "proj_probe", ref: "proj_probe", slug: "acme", name: "Acme" },
    });
    const ctx = TaskRunContext.parse(execution);
    taskContext.setGlobalTaskContext({ ctx, worker: { id: "worker_probe", version: "20250101.1", contentHash: "probe", engine: "V2" }, isWarmStart: number > 1 });
    const { result } = await executor.execute(execution, ctx, new AbortController().signal);
    full.push(result);
    const { ok, output, error, retry, skippedRetrying } = result;
    attempts.push({ ok, output: output && JSON.parse(output).json, error: error && { name: error.name, message: error.message }, retry, skippedRetrying, endedAt: Date.now() });
    if (ok || !retry) break;
  }
  return { startedAt, attempts };
}

const report = { node: process.versions.node, reset: RESET, retryAfter: RETRY_AFTER };
report.github = await run("github-issue");
report.slack = await run("slack-channel");
await tracingSDK.flush();
const results = JSON.stringify(full);
const telemetry = seen.telemetry.join("\\n");
report.tokens = Object.fromEntries(Object.entries(TOKENS).map(([service, token]) => [service, {
  sent: seen.authorizations.some((value) => value.includes(token)),
  inResults: results.includes(token),
  inTelemetry: telemetry.includes(token),
}]));
report.telemetryExports = seen.telemetry.length;
console.log("${V4_RUN_MARKER} " + JSON.stringify(report));
// Exit once answered: the exporter's timers and keep-alive sockets must not hold the probe.
process.exit(0);
`;
}
