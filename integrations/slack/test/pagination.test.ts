import { ServiceError } from "@acme/integration-kit";
import { describe, expect, it } from "vitest";
import { bindSlack, useSlackStandIn } from "./use-slack-stand-in.js";

// The stand-in holds 5 items per list method and pages them by `limit` and `cursor`.
const standIn = useSlackStandIn();

describe("paginated tasks", () => {
  it("read one page unless told otherwise, and say where to resume", async () => {
    const { slack } = bindSlack(standIn());
    const page = await slack.users.list("users", { limit: 2 });
    expect(page.members).toHaveLength(2);
    expect(page.response_metadata?.next_cursor).not.toBe("");
    expect(standIn().requests).toHaveLength(1);
    expect(standIn().requests[0]?.params).toEqual({ limit: "2" });
  });

  it("follow the cursor for up to maxPages pages, inside one task", async () => {
    const { slack, tasks } = bindSlack(standIn());
    const result = await slack.conversations.list("channels", { limit: 2 }, { paginate: { maxPages: 2 } });
    expect(result.channels?.map((c) => c.id)).toHaveLength(4);
    expect(new Set(result.channels?.map((c) => c.id)).size).toBe(4);
    expect(standIn().requests.map((r) => r.params.cursor)).toEqual([undefined, expect.any(String)]);
    expect(tasks).toHaveLength(1);

    const rest = await slack.conversations.list(
      "more",
      { limit: 2, cursor: result.response_metadata?.next_cursor },
      { paginate: { maxPages: 5 } },
    );
    expect(rest.channels).toHaveLength(1);
    expect(rest.response_metadata?.next_cursor).toBe("");
  });

  it("stop at maxItems, asking Slack for no more than are still wanted", async () => {
    const { slack } = bindSlack(standIn());
    const result = await slack.conversations.members(
      "members",
      { channel: "C1", limit: 2 },
      { paginate: { maxItems: 3 } },
    );
    expect(result.members).toHaveLength(3);
    expect(standIn().requests.map((r) => r.params.limit)).toEqual(["2", "1"]);
    expect(result.response_metadata?.next_cursor).not.toBe("");
  });

  it("ask for pages of 200, Slack's recommended most, when the caller names no limit", async () => {
    const { slack } = bindSlack(standIn());
    await slack.users.conversations("mine", { user: "U1" }, { paginate: { maxPages: 2 } });
    expect(standIn().requests.map((r) => r.params.limit)).toEqual(["200"]);
  });

  it("read to the end when the bound allows, and never past it", async () => {
    const { slack } = bindSlack(standIn());
    const result = await slack.conversations.history(
      "history",
      { channel: "C1", limit: 2 },
      { paginate: { maxPages: 50 } },
    );
    expect(result.messages).toHaveLength(5);
    expect(result.has_more).toBe(false);
    expect(result.response_metadata?.next_cursor).toBe("");
    expect(standIn().requests).toHaveLength(3);
  });

  it("show the bounds with the task's params, and send Slack none of them", async () => {
    const { slack, tasks } = bindSlack(standIn());
    await slack.conversations.replies("thread", { channel: "C1", ts: "1.2" }, { paginate: { maxItems: 2 } });
    expect(standIn().requests[0]?.params).toEqual({ channel: "C1", ts: "1.2", limit: "2" });
    expect(tasks[0]?.options?.params).toEqual({ channel: "C1", ts: "1.2", paginate: { maxItems: 2 } });
  });

  it("refuse bounds inside the params (the contract before 0.2), permanently, before calling Slack", async () => {
    const { slack, tasks } = bindSlack(standIn());
    const error = await slack.conversations.list("old", { maxPages: 2 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(
      /Slack integration \(slack\): "List Channels" failed.*page bounds go after the params/,
    );
    expect((error as Error).message).toContain("{ paginate: { maxPages: 10 } }");
    expect(tasks[0]?.answer).toMatchObject({ skipRetrying: true });
    expect(standIn().requests).toHaveLength(0);
  });
});
