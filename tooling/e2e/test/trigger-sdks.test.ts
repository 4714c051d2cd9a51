import * as sdk2 from "@trigger.dev/sdk";
import * as sdk3 from "trigger-sdk-v3";
import { describe, expect, it } from "vitest";
import { triggerSdks } from "./trigger-sdks.js";

describe("the SDKs under test", () => {
  it("are 2.3.19 and 3.3.9, installed side by side", () => {
    expect(triggerSdks.map((sdk) => sdk.version)).toEqual(["2.3.19", "3.3.9"]);
  });

  it("are two distinct copies of the v2 job API (3.3.9 still exports TriggerClient from its root)", () => {
    expect(typeof sdk3.TriggerClient).toBe("function");
    expect(typeof sdk3.eventTrigger).toBe("function");
    expect(sdk3.TriggerClient).not.toBe(sdk2.TriggerClient);
  });
});
