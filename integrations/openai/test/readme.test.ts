import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { TriggerClient } from "@trigger.dev/sdk";
import { describe, expect, it } from "vitest";
import { OPENAI_WEBHOOK_EVENT_TYPES, Openai, openaiTasks } from "../src/index.js";
import { readmeTasks } from "./support/readme-tasks.js";
import { taskCases } from "./support/task-cases.js";
import { THEIR_ALIASES } from "./support/their-aliases.js";

/** The class's flat aliases: its own getters that hand back a task function. */
function flatAliases(openai: Openai): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(Openai.prototype))
    .filter(([, descriptor]) => descriptor.get && typeof descriptor.get.call(openai) === "function")
    .map(([name]) => name);
}

describe("the README's task table", () => {
  const openai = new Openai({ id: "readme" });
  const rows = readmeTasks();
  const key = (task: { namespace: string; method: string }) => `${task.namespace}.${task.method}`;

  it("lists exactly the tasks the class declares, each once, at least 70", () => {
    const listed = rows.map(key);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(openaiTasks(openai).map(key).sort());
    expect(rows.length).toBeGreaterThanOrEqual(70);
    expect(rows.length).toBe(taskCases.length);
  });

  it("names each alias beside its task: every flat alias of the class, and all 27 of @trigger.dev/openai", () => {
    for (const row of rows) {
      expect(row.aliases, key(row)).toEqual([...(taskCases.find((c) => key(c) === key(row))?.aliases ?? [])]);
    }
    const flat = rows.flatMap((row) => row.aliases).filter((alias) => !alias.includes("."));
    expect([...flat].sort()).toEqual(flatAliases(openai).sort());
    expect([...flat].sort()).toEqual([...THEIR_ALIASES].sort());
  });

  it("names OpenAI's route for every task but the removed Edits API", () => {
    for (const row of rows) {
      if (row.namespace === "edits") expect(row.routes).toEqual([]);
      else expect(row.routes.length, key(row)).toBeGreaterThan(0);
    }
  });

  it("keeps every namespace of @trigger.dev/openai", () => {
    const namespaces = new Set(rows.map((row) => row.namespace));
    for (const theirs of [
      "models",
      "completions",
      "chat.completions",
      "edits",
      "images",
      "embeddings",
      "files",
      "fineTuning",
      "fineTuning.jobs",
      "beta.assistants",
      "beta.threads",
      "beta.threads.runs",
      "beta.threads.messages",
    ]) {
      expect(namespaces, theirs).toContain(theirs);
    }
    expect(openai.fineTunes).toBeInstanceOf(openai.fineTuning.constructor);
  });
});

describe("the README's webhook event table", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.split(/^### Event types$/m)[1]?.split(/^## /m)[0] ?? "";
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string));
  // The SDK's own declarations: each event interface and the `type` it always has.
  const sdkTypes = readFileSync(
    createRequire(import.meta.url)
      .resolve("openai/resources/webhooks/webhooks")
      .replace(/\.js$/, ".d.ts"),
    "utf8",
  );
  const declared = new Map(
    [...sdkTypes.matchAll(/export interface (\w+WebhookEvent) \{[\s\S]*?\n {4}type: '([^']+)';/g)].map((match) => [
      match[2] as string,
      match[1] as string,
    ]),
  );

  it("lists every event type the SDK declares, each with the endpoint's shorthand and the SDK's payload type", () => {
    const endpoint = new Openai({ id: "readme" }).webhooks.endpoint(
      new TriggerClient({ id: "r", apiKey: "tr_dev_r" }),
      {
        id: "openai-webhooks",
        secret: "whsec_cmVhZG1l",
      },
    );
    expect(declared.size).toBe(31);
    expect(rows.map(([type]) => type)).toEqual([...OPENAI_WEBHOOK_EVENT_TYPES]);
    expect(rows.map(([type]) => type).sort()).toEqual([...declared.keys()].sort());
    for (const [type = "", shorthand = "", payload = ""] of rows) {
      expect([type, payload]).toEqual([type, declared.get(type)]);
      const method = shorthand.replace(/\(\)$/, "");
      const trigger = (endpoint as unknown as Record<string, () => { types: string[] }>)[method]?.();
      expect([shorthand, trigger?.types]).toEqual([shorthand, [type]]);
    }
  });
});
