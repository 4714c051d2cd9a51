// @ts-check
export { makeNullableTyped } from "./make-nullable-typed.js";
export { connectGithubStandIn } from "./stand-in-control.js";
export { startGithubStandIn } from "./start-github-stand-in.js";
