/** Small timing helpers shared by the benchmark scripts. Figures are printed, never asserted. */

export interface Timing {
  label: string;
  iterations: number;
  /** Nanoseconds. */
  p50: number;
  p99: number;
  mean: number;
  opsPerSec: number;
}

/** Times `fn` per call (after a warm-up), in batches so the clock's own cost stays small. */
export function measureSync(
  label: string,
  fn: (i: number) => unknown,
  iterations = 20_000,
  batch = 1,
): Timing {
  for (let i = 0; i < Math.min(iterations, 2_000); i++) fn(i);
  const samples: number[] = [];
  let sink: unknown;
  for (let i = 0; i < iterations; i += batch) {
    const start = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) sink = fn(i + j);
    samples.push(Number(process.hrtime.bigint() - start) / batch);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return summarize(label, samples, iterations);
}

/** Times an async operation sequentially. */
export async function measureAsync(
  label: string,
  fn: (i: number) => Promise<unknown>,
  iterations = 500,
): Promise<Timing> {
  for (let i = 0; i < Math.min(iterations, 50); i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start));
  }
  return summarize(label, samples, iterations);
}

export function summarize(label: string, samples: number[], iterations: number): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { label, iterations, p50: at(0.5), p99: at(0.99), mean, opsPerSec: mean > 0 ? 1e9 / mean : 0 };
}

export function formatNs(ns: number): string {
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(2)} µs`;
  return `${(ns / 1_000_000).toFixed(2)} ms`;
}

/** Prints timings as a table, with each row's p50 as a ratio of the baseline's. */
export function printTable(title: string, rows: Timing[], baseline?: Timing): void {
  console.log(`\n## ${title}`);
  for (const r of rows) {
    const ratio = baseline && baseline.p50 > 0 ? `  x${(r.p50 / baseline.p50).toFixed(1)} of baseline` : '';
    console.log(
      `${r.label.padEnd(48)} p50 ${formatNs(r.p50).padStart(10)}  p99 ${formatNs(r.p99).padStart(10)}  ${Math.round(r.opsPerSec).toLocaleString('en-US').padStart(12)} ops/s${ratio}`,
    );
  }
}
