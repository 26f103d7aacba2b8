/**
 * Core speed: exact code -> card beside `Map.get` (the floor) and the `statuses` package (what people
 * use today); free-text queries (English, Korean, typos); header and compare queries; inputs of any
 * length; terminal rendering.
 * Figures are printed, not asserted. `npm run bench -- core`.
 */
import statuses from 'statuses';
import { renderTerminal } from '../../adapters/console/renderTerminal.js';
import { createStatusCore } from '../../src/core/createStatusCore.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';
import { formatNs, measureSync, printTable, summarize, type Timing } from './measure.js';

const FREE_TEXT = [
  'gateway timeout',
  'gatway timout',
  'too many',
  'not found',
  'rate limit',
  'teapot',
  'servce unavailable',
  'bad requst',
  'unauthorized',
  'payload too large',
  '게이트웨이',
  '게이트웨이 타임아웃',
  '찾을 수 없음',
  '찾을 수 업음',
  '점검 중',
  '요청이 너무 많음',
  '내부 서버 에러',
  'xyzzy qwe',
  'redirect',
  '타임아웃',
  'ssl certificate error',
  'ㄱㅇㅌㅇ',
  'rpdlxmdnpdl',
];

/** Typos of names, over and over: the fuzzy tier's worst case. */
function typoRun(length: number): string {
  return 'zq gatewy tmeout 게이트웨 '.repeat(Math.ceil(length / 20)).slice(0, length);
}

/** The slowest of `runs` single calls, in nanoseconds: the "no single input over 10 ms" target. */
function slowestCall(fn: () => unknown, runs: number): number {
  let max = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    max = Math.max(max, Number(process.hrtime.bigint() - start));
  }
  return max;
}

export default async function run(): Promise<void> {
  const dataset = loadDataset();
  if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
  const core = createStatusCore(dataset.entries, dataset);
  const codes = core.entries.map((e) => e.code);
  const map = new Map(core.entries.map((e) => [e.code, e] as const));
  const options = { defaultLocale: 'ko' as const };

  const known = statuses.codes;
  const floor = measureSync('Map.get(code) (floor)', (i) => map.get(codes[i % codes.length]!), 200_000, 100);
  const pkg = measureSync(
    'statuses(code) (statuses package)',
    (i) => statuses(known[i % known.length]!),
    200_000,
    100,
  );
  const pkgMessage = measureSync(
    'statuses.message[code]',
    (i) => statuses.message[known[i % known.length]!],
    200_000,
    100,
  );
  const card = measureSync(
    'core.codeCard(code, ko)',
    (i) => core.codeCard(codes[i % codes.length]!, 'ko'),
    200_000,
    100,
  );
  const answer = measureSync('core.answer("503")', () => core.answer('503', options), 100_000, 100);
  const answerCommand = measureSync(
    'core.answer("/http 503")',
    () => core.answer('/http 503', options),
    100_000,
    100,
  );
  const answerVaried = measureSync(
    'core.answer(String(code)) all codes',
    (i) => core.answer(String(codes[i % codes.length]), options),
    100_000,
    100,
  );
  printTable(
    'exact code -> card',
    [floor, pkg, pkgMessage, card, answer, answerCommand, answerVaried],
    floor,
  );

  const perQuery: Timing[] = FREE_TEXT.map((q) =>
    measureSync(`"${q}"`, () => core.answer(q, options), 2_000),
  );
  printTable('free text, per query', perQuery);
  const pooled = summarize(
    'all free-text queries pooled (p50 of medians)',
    perQuery.map((t) => t.p50),
    perQuery.length,
  );
  const worst = perQuery.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  console.log(
    `free text: median of per-query medians ${formatNs(pooled.p50)}, worst p99 ${formatNs(worst.p99)} (${worst.label})`,
  );

  // Header and compare queries: exact header names are map lookups; a misspelt one pays an edit-distance
  // pass over the header names; a comparison nobody wrote is built per request.
  const references: Timing[] = [
    'header retry-after',
    'www-authenticate',
    '재시도 헤더',
    'header retry-afer',
    '502 vs 504',
    '413 414 431',
    '500 vs 404',
  ].map((q) => measureSync(`"${q}"`, () => core.answer(q, options), 5_000));
  printTable('header and compare queries', references);

  const inputs: Array<[string, string]> = [
    ...[1, 64, 100, 3_000, 100_000].map((length): [string, string] => [
      `typos, ${length} chars`,
      typoRun(length),
    ]),
    ...[64, 3_000].map((length): [string, string] => [`junk, ${length} chars`, junk(length)]),
  ];
  const long = inputs.map(([label, text]) => measureSync(label, () => core.answer(text, options), 300));
  printTable('inputs of any length', long);
  const slowest = inputs.map(
    ([label, text]) => `${label}: ${formatNs(slowestCall(() => core.answer(text, options), 300))}`,
  );
  console.log(`slowest single call of 300: ${slowest.join(', ')}`);
  const everything = [...perQuery, ...long];
  const worstMedian = everything.reduce((a, b) => (b.p50 > a.p50 ? b : a));
  console.log(
    `targets (median < 1 ms per query, no single input > 10 ms): worst median ${formatNs(worstMedian.p50)} (${worstMedian.label})`,
  );

  const renderCode = measureSync('renderTerminal(503 card)', () =>
    renderTerminal(core.codeCard(503, 'ko')!, { color: true, width: 80 }),
  );
  const renderList = measureSync(
    'renderTerminal(list card)',
    () => renderTerminal(core.answer('list', options).card, { color: false, width: 100 }),
    5_000,
  );
  const jsonBaseline = measureSync('JSON.stringify(503 card) (baseline)', () =>
    JSON.stringify(core.codeCard(503, 'ko')),
  );
  printTable('card rendering', [jsonBaseline, renderCode, renderList], jsonBaseline);

  printUserTriggeredSummary(core, map, codes);
}

/**
 * Deterministic junk of `length` characters (letters, digits, punctuation, Hangul, spaces), as someone
 * might paste or mistype: the same string on every run.
 */
function junk(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzQXZ0123456789 !?#%&*()[]{}<>/|~-_=+,.;:게이트웨요청없음   ';
  let seed = 0x9e3779b9;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: cheap and the same everywhere.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out += alphabet[(seed >>> 0) % alphabet.length];
  }
  return out;
}

/**
 * The summary line: what a user triggers (`/http 503`, a Korean name, a typo, junk of 64 and 3,000
 * characters) beside `Map.get` timed in the same run, each as a ratio of it.
 */
function printUserTriggeredSummary(
  core: ReturnType<typeof createStatusCore>,
  map: Map<number, unknown>,
  codes: number[],
): void {
  const options = { defaultLocale: 'ko' as const };
  const floor = measureSync('Map.get(code) (floor)', (i) => map.get(codes[i % codes.length]!), 200_000, 100);
  const triggered: [string, string, number][] = [
    ['503', '503', 20_000],
    ['Korean name', '게이트웨이 타임아웃', 5_000],
    ['typo', 'gatway timout', 5_000],
    ['junk 64', junk(64), 2_000],
    ['junk 3,000', junk(3_000), 300],
  ];
  const rows = triggered.map(([label, query, iterations]) =>
    measureSync(`answer(${label})`, () => core.answer(query, options), iterations),
  );
  printTable('what a user triggers, beside Map.get in the same run', [floor, ...rows], floor);
  const parts = rows.map(
    (row, i) =>
      `${triggered[i]![0]} ${formatNs(row.p50)} (x${(row.p50 / Math.max(1, floor.p50)).toFixed(0)})`,
  );
  console.log(`\nanswer() p50: ${parts.join(', ')}; Map.get ${formatNs(floor.p50)} (x1)`);
}
