/** Words that mark an issue as a bug report, a feature request or a question. */
const RULES: readonly [label: string, pattern: RegExp][] = [
  ["bug", /\b(bug|crash(es|ed)?|error|broken|fails?|exception|regression)\b/i],
  ["enhancement", /\b(feature|support for|would be nice|add(ing)? an?|request)\b/i],
  ["question", /\b(how (do|can|to)|question|why does)\b|\?$/i],
];

/** The labels a new issue gets: `triage` plus whatever its title and body suggest. */
export function triageLabels(issue: { title: string; body: string | null }): string[] {
  const text = `${issue.title}\n${issue.body ?? ""}`;
  return ["triage", ...RULES.filter(([, pattern]) => pattern.test(text)).map(([label]) => label)];
}
