// @ts-check
export { makeNullableTyped } from "./make-nullable-typed.js";
export { startGithubStandIn } from "./start-github-stand-in.js";
