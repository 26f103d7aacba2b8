/**
 * Detector throughput over ~10 MB of chat and alert text built from the labelled corpus, beside a single
 * simple regex scan of the same messages; 1 MB adversarial inputs; growth with input size. Two mixes: the
 * corpus alone (every message a hard case full of numbers), and the corpus with four ordinary chat lines
 * (test/fixtures/detector/chat.txt) after each corpus message, as in a team channel.
 * `npm run bench -- detect`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';
import { formatNs } from './measure.js';

const MB = 1024 * 1024;
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'detector');

function corpusTexts(): string[] {
  return ['positive.jsonl', 'negative.jsonl'].flatMap((file) =>
    readFileSync(join(fixtures, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

function chatLines(): string[] {
  return readFileSync(join(fixtures, 'chat.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Each corpus message followed by `chatPerMessage` ordinary chat lines. */
function withChat(texts: readonly string[], chat: readonly string[], chatPerMessage: number): string[] {
  const out: string[] = [];
  for (const [i, text] of texts.entries()) {
    out.push(text);
    for (let j = 0; j < chatPerMessage; j++) out.push(chat[(i * chatPerMessage + j) % chat.length]!);
  }
  return out;
}

/** Deterministic shuffle-free mix: the corpus repeated, with a little variation so messages differ. */
function messagesOf(bytes: number, texts: readonly string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const base = texts[(i * 7919) % texts.length]!;
    const text = i % 3 === 0 ? `${base}\n(msg ${i})` : base;
    out.push(text);
    total += Buffer.byteLength(text);
  }
  return out;
}

/** The baseline: one simple regex for 3-digit numbers and a small keyword check before each. */
const BASELINE = /\b[1-5]\d\d\b/g;
const BASELINE_CONTEXT = /(?:http|status|code|error|returned)\W{0,3}$/i;
function baselineScan(text: string): number[] {
  const found: number[] = [];
  BASELINE.lastIndex = 0;
  for (let m = BASELINE.exec(text); m !== null; m = BASELINE.exec(text)) {
    if (BASELINE_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) found.push(Number(m[0]));
  }
  return found;
}

/**
 * The detector and the baseline timed in alternating rounds over every message, so both see the same
 * machine: on a shared machine load drifts, and timing all detector rounds before all baseline rounds let
 * the drift land on one side. Best time of each (ns) and the median of the per-round ratios.
 */
function timeAlternating(
  messages: readonly string[],
  rounds: number,
): { detectorNs: number; baselineNs: number; medianRatio: number } {
  let detectorNs = Number.POSITIVE_INFINITY;
  let baselineNs = Number.POSITIVE_INFINITY;
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const d = timeOver(messages, detectStatusCodes, 1);
    const b = timeOver(messages, baselineScan, 1);
    detectorNs = Math.min(detectorNs, d);
    baselineNs = Math.min(baselineNs, b);
    ratios.push(d / b);
  }
  ratios.sort((x, y) => x - y);
  return { detectorNs, baselineNs, medianRatio: ratios[Math.floor(ratios.length / 2)]! };
}

/** Best of `rounds` wall-clock times (ns) for running `fn` over every message. */
function timeOver(messages: readonly string[], fn: (text: string) => unknown, rounds = 5): number {
  let best = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const m of messages) sink += (fn(m) as { length?: number }).length ?? 1;
    best = Math.min(best, Number(process.hrtime.bigint() - start));
  }
  if (sink < 0) console.log(sink);
  return best;
}

function mbPerSec(bytes: number, ns: number): string {
  return `${(bytes / MB / (ns / 1e9)).toFixed(1)} MB/s`;
}

function adversarialInputs(): Array<[string, string]> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return [
    ['long digit runs', fill('5030')],
    ['one 1 MB digit run', '5'.repeat(MB)],
    ['"HTTP HTTP HTTP 503 "', fill('HTTP HTTP HTTP 503 ')],
    ['"status status 404 "', fill('status status 404 ')],
    ['"503 " repeated', fill('503 ')],
    ['huge whitespace around a code', `${' '.repeat(MB / 2)}HTTP 503${' '.repeat(MB / 2)}`],
    ['unclosed Slack brackets', fill('<https://x|')],
    ['closing braces before numbers', fill('}}}}} 503 ')],
    ['Korean cues', fill('응답 코드 503이 ')],
    ['one 1 MB word', 'a'.repeat(MB)],
  ];
}

export default async function run(): Promise<void> {
  const texts = corpusTexts();
  const mixes: Array<[string, string[]]> = [
    ['corpus only (every message a hard case)', texts],
    ['corpus + 4 chat lines per message', withChat(texts, chatLines(), 4)],
  ];
  for (const [label, source] of mixes) {
    const messages = messagesOf(10 * MB, source);
    const bytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m), 0);
    timeOver(messages.slice(0, 5000), detectStatusCodes, 3);
    timeOver(messages.slice(0, 5000), baselineScan, 3);
    const { detectorNs, baselineNs, medianRatio } = timeAlternating(messages, 7);
    console.log(
      `\n## ${label}: ${(bytes / MB).toFixed(1)} MB, ${messages.length} messages, best of 7 alternating rounds`,
    );
    console.log(
      `detectStatusCodes          ${formatNs(detectorNs).padStart(10)}  ${mbPerSec(bytes, detectorNs)}`,
    );
    console.log(
      `baseline single regex      ${formatNs(baselineNs).padStart(10)}  ${mbPerSec(bytes, baselineNs)}`,
    );
    console.log(
      `detector / baseline time   x${(detectorNs / baselineNs).toFixed(2)} (best / best; median of rounds x${medianRatio.toFixed(2)})`,
    );
  }

  console.log('\n## 1 MB adversarial inputs (one call each, best of 3)');
  for (const [label, text] of adversarialInputs()) {
    const ns = timeOver([text], detectStatusCodes, 3);
    console.log(`${label.padEnd(32)} ${formatNs(ns).padStart(10)}  ${mbPerSec(Buffer.byteLength(text), ns)}`);
  }

  console.log('\n## growth with input size (one string of joined messages; time ratio to 1 MB)');
  const joined = messagesOf(8 * MB, texts).join('\n');
  const adversarial = 'HTTP HTTP status 503 502s 1.404 '.repeat(Math.ceil((8 * MB) / 32));
  for (const [label, source] of [
    ['mixed chat', joined],
    ['adversarial', adversarial],
  ] as const) {
    let oneMbNs = 0;
    for (const size of [1, 2, 4, 8]) {
      const text = source.slice(0, size * MB);
      const ns = timeOver([text], detectStatusCodes, 3);
      if (size === 1) oneMbNs = ns;
      console.log(
        `${label.padEnd(12)} ${String(size).padStart(2)} MB ${formatNs(ns).padStart(10)}  x${(ns / oneMbNs).toFixed(2)}`,
      );
    }
  }
}
