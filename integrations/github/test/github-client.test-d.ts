import { GithubClient } from "../src/client.js";

const github = new GithubClient({ token: async () => "t", baseUrl: "http://x" });
const issue = await github.issues.create({ owner: "a", repo: "b", title: "c" }, { idempotencyKey: "k" });
const n: number = issue.number;
const alias = await github.createIssue({ owner: "a", repo: "b", title: "c" });
const m: number = alias.number;
const list = await github.issues.listForRepo({ owner: "a", repo: "b" }, { paginate: { maxPages: 2 } });
const first: number | undefined = list[0]?.number;
// @ts-expect-error: a v2 key is not an argument here
await github.issues.create("key", { owner: "a", repo: "b", title: "c" });
// @ts-expect-error: title is required
await github.createIssue({ owner: "a", repo: "b" });
const octokit = await github.native();
await octokit.rest.meta.get();
const id: string = github.id;
console.log(n, m, first, id);
