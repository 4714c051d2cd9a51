export { Github, type GithubOptions } from "./github.js";
