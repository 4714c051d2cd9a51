/** One candidate in a comparison: a name and one operation. */
export type Operation = () => unknown;

/** The median of `values` (which it sorts). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median operations per second of each candidate, measured in alternating rounds of `roundMs`
 * each, so that drift (turbo boost, GC, the other core) hits every candidate alike and a slow
 * candidate costs no more time than a fast one.
 */
export async function compareOps<K extends string>(
  candidates: Record<K, Operation>,
  { rounds = 9, roundMs = 200, warmupMs = 200 }: { rounds?: number; roundMs?: number; warmupMs?: number } = {},
): Promise<Comparison<K>> {
  const names = Object.keys(candidates) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const run = async (operation: Operation, ms: number) => {
    const started = process.hrtime.bigint();
    const budget = BigInt(ms * 1e6);
    let count = 0;
    let elapsed = 0n;
    while (elapsed < budget) {
      for (let i = 0; i < 16; i++) await operation();
      count += 16;
      elapsed = process.hrtime.bigint() - started;
    }
    return count / (Number(elapsed) / 1e9);
  };
  // Two passes: the JIT needs seconds on a loaded machine, and each candidate warms code the others share.
  for (let pass = 0; pass < 2; pass++) for (const name of names) await run(candidates[name], warmupMs);
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names)
      samples[name].push(await run(candidates[name], roundMs));
  }
  const medians = Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>;
  return Object.assign(medians, {
    ratio: (a: K, b: K) => median(samples[a].map((value, round) => value / (samples[b][round] as number))),
  });
}

/**
 * Median ops/s per candidate, and `ratio(a, b)`: the median over rounds of a's ops/s divided by
 * b's in the same round. Pairing the rounds cancels drift that hits both, which matters when the
 * difference measured is a few percent of a network round trip.
 */
export type Comparison<K extends string> = Record<K, number> & { ratio(a: K, b: K): number };
