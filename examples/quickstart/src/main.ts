/**
 * Quick start: bind Github and Slack to a run and call their real vendor clients (Octokit and
 * WebClient) against a stand-in for api.github.com and slack.com on 127.0.0.1, so it runs with no
 * account. The run itself is the kit's in-process stand-in for Trigger.dev's `io`.
 */
import { Github } from "@acme/github";
import { IntegrationError } from "@acme/integration-kit";
import { createTestIO, startRecordingServer } from "@acme/integration-kit/testing";
import { Slack } from "@acme/slack";

const services = await startRecordingServer();
services.respondWith((request) =>
  request.url.startsWith("/api/")
    ? { body: { ok: true, channel: "C0DEMO", ts: "1764201600.000100" } }
    : { status: 201, body: { number: 42, html_url: "https://github.com/acme/demo/issues/42" } },
);

const github = new Github({ id: "github", token: "ghp_quickstart_example", baseUrl: services.url });
const slack = new Slack({ id: "slack", token: "xoxb-quickstart-example", baseUrl: `${services.url}/api/` });

// Inside a job, Trigger.dev does this on every `io.github` / `io.slack` access.
const { io, tasks } = createTestIO();
const issue = await github.cloneForRun(io, "github").runTask(
  "create-issue",
  async (octokit) => {
    const { data } = await octokit.rest.issues.create({ owner: "acme", repo: "demo", title: "Quick start" });
    return { number: data.number, url: data.html_url };
  },
  { name: "Create Issue" },
);
await slack.cloneForRun(io, "slack").runTask(
  "announce",
  async (client) => {
    const { ts } = await client.chat.postMessage({ channel: "C0DEMO", text: `Opened ${issue.url}` });
    return { ts: ts ?? null };
  },
  { name: "Post Message" },
);

console.log("Tasks run:");
for (const task of tasks) {
  console.log(
    `  ${task.status.padEnd(9)} ${String(task.options?.name).padEnd(13)} icon=${task.options?.icon} output=${JSON.stringify(task.output)}`,
  );
}
console.log("Requests the vendor clients sent:");
for (const request of services.requests) {
  const scheme = request.headers.authorization?.split(" ")[0];
  console.log(`  ${request.method.padEnd(5)} ${request.url.padEnd(30)} authorization: ${scheme} [credential]`);
}

try {
  new Github({ id: "github", token: process.env.ACME_QUICKSTART_UNSET });
} catch (error) {
  if (!(error instanceof IntegrationError)) throw error;
  console.log(`A token option whose env var is unset fails at once (${error.code}):\n  ${error.message}`);
}

await services.close();
