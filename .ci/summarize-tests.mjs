// Reads the CI log on stdin and prints one closing line with the vitest totals of every package:
// "N passed, N failed" (", N skipped" when any were). Turbo prefixes each line with the package.
let log = "";
process.stdin.on("data", (chunk) => (log += chunk));
process.stdin.on("end", () => {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping the terminal's colour codes.
  for (const line of log.replace(/\u001b\[[0-9;]*m/g, "").split("\n")) {
    const summary = line.match(/\bTests\s+(.*)\(\d+\)\s*$/);
    if (!summary) continue;
    for (const [, count, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(count);
  }
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
});
