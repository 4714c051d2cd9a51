import { events, Github } from "@acme/github";
import { githubSignatureScheme, signWebhook } from "@acme/integration-kit";
import { useRecordingServer } from "@acme/integration-kit/testing";
import { type HttpSourceHarness, SourceRegistrationError, startHttpSourceHarness } from "@acme/testing";
import type { TriggerClient } from "@trigger.dev/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

/** A POST as GitHub sends it to the source's URL. */
const post = (headers: Record<string, string>, body: string) =>
  new Request("https://api.trigger.test/api/v1/sources/http/github", { method: "POST", headers, body });

describe.each(triggerSdks)("a GitHub webhook whose registration fails, through $alias $version", (sdk) => {
  // GitHub answers 404 to a token that may not manage the repository's webhooks.
  const githubApi = useRecordingServer({
    status: 404,
    body: { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/webhooks" },
  });
  let sources: HttpSourceHarness;
  let client: TriggerClient;
  let ran = 0;

  beforeAll(async () => {
    sources = await startHttpSourceHarness({ log: (line) => console.error(line) });
    client = new sdk.TriggerClient({ id: "e2e-github-registration", ...sources.clientOptions });
    const github = new Github({ id: "github", token: "ghp_e2eNoHookScope0006", baseUrl: githubApi().url });
    client.defineJob({
      id: "count-issues",
      name: "Count issues",
      version: "1.0.0",
      trigger: github.triggers.repo({ event: events.onIssueOpened, owner: "acme", repo: "widgets" }),
      run: async () => ({ ran: ++ran }),
    });
  });
  afterAll(() => sources.close());

  it("registerSource rejects naming the source and GitHub's answer; a delivery then runs nothing", async () => {
    const [key] = (await sources.sourceKeys(client)) as [string];
    const registering = sources.registerSource(client, key, { secret: "registration-secret" });
    await expect(registering).rejects.toThrow(SourceRegistrationError);
    const error = (await registering.catch((caught: unknown) => caught)) as SourceRegistrationError;
    expect(error).toMatchObject({ code: "SOURCE_REGISTRATION_FAILED", sourceKey: key, run: { status: "ERROR" } });
    expect(error.message).toContain(`the source "${key}" was not registered`);
    expect(error.message).toMatch(/GitHub integration \(github\).*404.*Not Found/);
    expect(error.message).not.toContain("ghp_e2eNoHookScope0006");
    expect(githubApi().requests.map((request) => `${request.method} ${request.url.split("?")[0]}`)).toEqual([
      "GET /repos/acme/widgets/hooks",
    ]);

    const body = JSON.stringify({
      action: "opened",
      issue: { number: 1, title: "t", html_url: "https://github.com/acme/widgets/issues/1" },
      repository: { full_name: "acme/widgets", name: "widgets", html_url: "https://github.com/acme/widgets" },
      sender: { login: "octocat", html_url: "https://github.com/octocat" },
    });
    const delivering = sources.deliverWebhook(client, {
      key,
      request: post(
        {
          "content-type": "application/json",
          "x-github-event": "issues",
          "x-github-delivery": `registration-${sdk.version}`,
          "x-hub-signature-256": (
            await signWebhook(githubSignatureScheme, { secret: "registration-secret", body: body })
          )["x-hub-signature-256"] as string,
        },
        body,
      ),
    });
    await expect(delivering).rejects.toThrow(/no delivery to the source .*inactive.*404/);
    expect(ran).toBe(0);
  });
});
