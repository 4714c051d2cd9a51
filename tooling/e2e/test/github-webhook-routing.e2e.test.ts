import { events, Github } from "@acme/github";
import { githubSignatureScheme, signWebhook } from "@acme/integration-kit";
import { useRecordingServer } from "@acme/integration-kit/testing";
import { type HttpSourceHarness, startHttpSourceHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

/** An issue opened in acme/widgets, an organization repository: repo and org hooks both receive it. */
const issueOpened = {
  action: "opened",
  issue: { number: 7, title: "Overlapping hooks", html_url: "https://github.com/acme/widgets/issues/7" },
  repository: { full_name: "acme/widgets", name: "widgets", html_url: "https://github.com/acme/widgets" },
  organization: { login: "acme" },
  sender: { login: "octocat", html_url: "https://github.com/octocat" },
};

/** A POST as GitHub sends it to the source's URL. */
const post = (headers: Record<string, string>, body: string) =>
  new Request("https://api.trigger.test/api/v1/sources/http/github", { method: "POST", headers, body });

describe.each(triggerSdks)("one GitHub delivery per hook, one run per job, through $alias $version", (sdk) => {
  const githubApi = useRecordingServer();
  let sources: HttpSourceHarness;
  let client: TriggerClient;
  /** Source key per job, found from the index. */
  const keyOf: Record<string, string> = {};

  beforeAll(async () => {
    sources = await startHttpSourceHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-github-routing", ...sources.clientOptions });
    const github = new Github({ id: "github", token: "ghp_e2eRoutingToken0004", baseUrl: githubApi().url });
    // A second integration (another token, another id) watching the same repository.
    const bot = new Github({ id: "github-bot", token: "ghp_e2eRoutingToken0005", baseUrl: githubApi().url });
    const triggers = {
      "repo-issue": github.triggers.repo({ event: events.onIssueOpened, owner: "acme", repo: "widgets" }),
      "org-issue": github.triggers.org({ event: events.onIssueOpened, org: "acme" }),
      "bot-issue": bot.triggers.repo({ event: events.onIssueOpened, owner: "acme", repo: "widgets" }),
    };
    for (const [id, trigger] of Object.entries(triggers)) {
      client.defineJob({
        id,
        name: id,
        version: "1.0.0",
        trigger,
        run: async (payload, _io, ctx) => ({ issue: payload.issue.number, hook: ctx.event.context }),
      });
    }
  });
  afterAll(() => sources.close());

  it("registers one hook per source: the repo source, the org source and the other integration's repo source", async () => {
    let hookId = 0;
    githubApi().respondWith((request) =>
      request.method === "GET"
        ? { body: [] }
        : { status: 201, body: { id: ++hookId, events: ["issues"], active: true, config: {} } },
    );
    const keys = await sources.sourceKeys(client);
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      const { run } = await sources.registerSource(client, key);
      expect(run.status, key).toBe("SUCCESS");
    }
    keyOf["repo-issue"] = keys.find((key) => key.startsWith("github.repo") && key.endsWith("-github")) as string;
    keyOf["org-issue"] = keys.find((key) => key.startsWith("github.org")) as string;
    keyOf["bot-issue"] = keys.find((key) => key.endsWith("-github-bot")) as string;
    expect(Object.values(keyOf).every(Boolean)).toBe(true);
    expect(
      githubApi()
        .requests.map((request) => `${request.method} ${request.url.split("?")[0]}`)
        .sort(),
    ).toEqual([
      "GET /orgs/acme/hooks",
      "GET /repos/acme/widgets/hooks",
      "GET /repos/acme/widgets/hooks",
      "POST /orgs/acme/hooks",
      "POST /repos/acme/widgets/hooks",
      "POST /repos/acme/widgets/hooks",
    ]);
  });

  it("GitHub sends the issue to each of the three hooks: each job runs once, from its own hook", async () => {
    const body = JSON.stringify(issueOpened);
    const runsPerDelivery: Record<string, string[]> = {};
    let hook = 0;
    for (const [job, key] of Object.entries(keyOf)) {
      const secret = sources.sources.get(key)?.secret as string;
      // Each hook gets its own delivery GUID, as GitHub sends them.
      const delivery = await sources.deliverWebhook(client, {
        key,
        request: post(
          {
            "content-type": "application/json",
            "x-github-event": "issues",
            "x-github-delivery": `routing-${sdk.version}-${job}`,
            "x-github-hook-id": String(++hook),
            "x-hub-signature-256": (await signWebhook(githubSignatureScheme, { secret: secret, body: body }))[
              "x-hub-signature-256"
            ] as string,
          },
          body,
        ),
      });
      expect(delivery.events, job).toHaveLength(1);
      runsPerDelivery[job] = delivery.runs.map((run) => run.job.id);
      for (const run of delivery.runs) {
        expect(run.status, `${job} -> ${run.job.id}`).toBe("SUCCESS");
        // The run sees which hook and which source the event came through.
        expect(run.output).toEqual({
          issue: 7,
          hook: expect.objectContaining({ "x-github-hook-id": String(hook), "source-key": key }),
        });
      }
    }
    expect(runsPerDelivery).toEqual({
      "repo-issue": ["repo-issue"],
      "org-issue": ["org-issue"],
      "bot-issue": ["bot-issue"],
    });
  });
});
