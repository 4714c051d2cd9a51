import { matchesEventFilter } from "@acme/testing";
import definitions from "@octokit/webhooks-examples";
import type { IssuesOpenedEvent, PullRequestClosedEvent } from "@octokit/webhooks-types";
import type { EventTypeFromSpecification } from "@trigger.dev/sdk";
import { describe, expect, expectTypeOf, it } from "vitest";
import { events, GithubPayloadError } from "../src/index.js";

const examplesOf = (name: string): Record<string, unknown>[] =>
  (definitions.find((definition) => definition.name === name)?.examples ?? []) as unknown as Record<string, unknown>[];

const specs = Object.entries(events);

describe("events: the community's example payloads", () => {
  it("has the twelve names @trigger.dev/github had and eight more", () => {
    expect(specs.slice(0, 12).map(([key]) => key)).toEqual([
      "onIssue",
      "onIssueOpened",
      "onIssueAssigned",
      "onIssueComment",
      "onStar",
      "onNewStar",
      "onNewRepository",
      "onNewBranchOrTag",
      "onNewBranch",
      "onPush",
      "onPullRequest",
      "onPullRequestReview",
    ]);
    expect(specs.length).toBeGreaterThanOrEqual(20);
    for (const [, spec] of specs) {
      expect(examplesOf(spec.name).length, `${spec.name} is a GitHub webhook event with examples`).toBeGreaterThan(0);
      expect(spec).toMatchObject({ source: "github.com", icon: "github" });
    }
  });

  it("parses every example of every supported event, and shows properties for the ones its filter matches", () => {
    const parsedExamples = new Set<unknown>();
    let matched = 0;
    for (const [key, spec] of specs) {
      for (const example of examplesOf(spec.name)) {
        expect(spec.parsePayload(example), `${key} parses a ${spec.name} example`).toBe(example);
        parsedExamples.add(example);
        if (!matchesEventFilter(example, spec.filter)) continue;
        matched += 1;
        const properties = spec.runProperties?.(example as never) ?? [];
        expect(properties.length, `${key} shows properties`).toBeGreaterThan(0);
        for (const property of properties) expect(typeof property.text, `${key}: ${property.label}`).toBe("string");
      }
    }
    const names = new Set(specs.map(([, spec]) => spec.name));
    console.log(
      `GitHub webhook examples: ${parsedExamples.size} example payloads of ${names.size} events parsed by ${specs.length} event specifications; ${matched} matched a trigger's filter`,
    );
    expect(parsedExamples.size).toBeGreaterThanOrEqual(120);
  });

  it("runs onPullRequestMerged only for merged pull requests, and onNewBranch only for branches", () => {
    const closed = examplesOf("pull_request").filter((example) => example.action === "closed");
    expect(closed.length).toBeGreaterThan(0);
    for (const example of closed) {
      expect(matchesEventFilter(example, events.onPullRequestMerged.filter)).toBe(false);
      const merged = { ...example, pull_request: { ...(example.pull_request as object), merged: true } };
      expect(matchesEventFilter(merged, events.onPullRequestMerged.filter)).toBe(true);
      expect(matchesEventFilter(merged, events.onPullRequest.filter)).toBe(true);
    }
    for (const example of examplesOf("create")) {
      expect(matchesEventFilter(example, events.onNewBranch.filter)).toBe(example.ref_type === "branch");
      expect(matchesEventFilter({ ...example, ref_type: "branch" }, events.onNewBranch.filter)).toBe(true);
    }
  });

  it("refuses payloads that are not the event it expects, naming the event", () => {
    expect(() => events.onIssueOpened.parsePayload("not json")).toThrow(GithubPayloadError);
    expect(() => events.onIssueOpened.parsePayload(null)).toThrow(/"issues" webhook payload is not valid/);
    expect(() => events.onPush.parsePayload({ repository: {} })).toThrow(/needs `pusher` as an object/);
    expect(() => events.onPullRequestReview.parsePayload(examplesOf("pull_request")[0])).toThrow(/`review`/);
  });

  it("types payloads with @octokit/webhooks-types", () => {
    expectTypeOf<EventTypeFromSpecification<typeof events.onIssueOpened>>().toEqualTypeOf<IssuesOpenedEvent>();
    expectTypeOf<
      EventTypeFromSpecification<typeof events.onPullRequestMerged>
    >().toEqualTypeOf<PullRequestClosedEvent>();
  });
});
