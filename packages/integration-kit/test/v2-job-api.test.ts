import { describe, expect, it } from "vitest";
import { installedTriggerSdk, requireV2JobApi, V2JobApiRequiredError } from "../src/index.js";

const origin = { service: { name: "GitHub" }, integrationId: "github-main" };
const check = (installed: Parameters<typeof requireV2JobApi>[3]) => () =>
  requireV2JobApi(origin, "github.triggers", "receiveGithubWebhook(request, { secret })", installed);
const missing = (id: string) => {
  throw Object.assign(new Error(`Cannot find module '${id}'`), { code: "MODULE_NOT_FOUND" });
};

describe("requireV2JobApi", () => {
  it("finds the SDK this repository installs (2.3.19)", () => {
    expect(installedTriggerSdk()).toEqual({ version: "2.3.19" });
    expect(check(undefined)).not.toThrow();
  });

  it("lets SDK 2.x and 3.x through, and an SDK it cannot look up (edge runtimes)", () => {
    for (const installed of [{ version: "2.3.19" }, { version: "3.3.9" }, "unknown" as const]) {
      expect(check(installed)).not.toThrow();
    }
  });

  it("refuses SDK 4 and no SDK, saying what is needed and what to use instead", () => {
    for (const [installed, found] of [
      [{ version: "4.8.3" }, "@trigger.dev/sdk 4.8.3 is installed"],
      ["none", "no @trigger.dev/sdk is installed"],
    ] as const) {
      expect(check(installed)).toThrow(V2JobApiRequiredError);
      expect(check(installed)).toThrow(
        expect.objectContaining({
          code: "V2_JOB_API_REQUIRED",
          message: expect.stringMatching(
            new RegExp(
              `^GitHub integration \\(github-main\\): github.triggers needs Trigger.dev's v2 job API .*2.x or 3.x.*${found}.*receiveGithubWebhook\\(request, \\{ secret \\}\\).*tasks.trigger`,
            ),
          ),
        }),
      );
    }
  });

  it("reads the version from package.json without loading the SDK, and tells none from unknown", () => {
    expect(installedTriggerSdk((id) => ({ "@trigger.dev/sdk/package.json": { version: "4.8.3" } })[id])).toEqual({
      version: "4.8.3",
    });
    expect(installedTriggerSdk(missing)).toBe("none");
    expect(installedTriggerSdk(null)).toBe("unknown");
    expect(
      installedTriggerSdk(() => {
        throw new Error('Dynamic require of "@trigger.dev/sdk/package.json" is not supported');
      }),
    ).toBe("unknown");
  });
});
