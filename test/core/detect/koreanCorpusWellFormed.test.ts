/**
 * The Korean part of the detector's generalisation corpus is well formed: every `ko-*.jsonl` line under
 * `test/fixtures/detector/generalisation/{dev,heldout}` carries the fields the scorer reads, its labels obey
 * the shared rules' shape, and `split.ko.json` lists every Korean format with the part the seeded
 * procedure gives it. Labelling decisions themselves are in `KOREAN-LABELLING.md` beside the files.
 *
 * Failures name the file, the line and the problem but never quote the text: held-out messages must not
 * be shown to whoever is tuning the detector.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/random/seededShuffle.js';

const CORPUS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'detector',
  'generalisation',
);
const PARTS = ['dev', 'heldout'] as const;
type Part = (typeof PARTS)[number];
const FAMILIES = [
  'korean-apm',
  'monitoring',
  'proxy',
  'client-library',
  'ci-tooling',
  'hosting',
  'chat',
  'plain-chat',
];
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];
const FIELDS = ['text', 'codes', 'classes', 'format', 'family', 'lang'];
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HELD_OUT_SHARE = 0.3;

interface SplitEntry {
  format: string;
  family: string;
  lang: string;
  part: Part;
  count: number;
  sha256?: string;
}

interface KoreanSplit {
  seed: number;
  procedure: string;
  formats: SplitEntry[];
}

const split = JSON.parse(readFileSync(join(CORPUS_DIR, 'split.ko.json'), 'utf8')) as KoreanSplit;
const entries = new Map(split.formats.map((entry) => [entry.format, entry]));

function koreanFiles(part: Part): string[] {
  return readdirSync(join(CORPUS_DIR, part))
    .filter((name) => name.startsWith('ko-') && name.endsWith('.jsonl'))
    .map((name) => name.slice(0, -'.jsonl'.length))
    .sort();
}

function linesOf(part: Part, format: string): string[] {
  return readFileSync(join(CORPUS_DIR, part, `${format}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Index of `code` as a whole number in `text` at or after `from`, or -1. */
function indexOfNumber(text: string, code: number, from: number): number {
  const pattern = new RegExp(`(?<!\\d)${code}(?!\\d)`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** What is wrong with one line of a format's file; empty when the line is well formed. */
function lineProblems(line: string, entry: SplitEntry): string[] {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return ['not valid JSON'];
  }
  const problems: string[] = [];
  const keys = Object.keys(record).sort();
  if (keys.join() !== [...FIELDS].sort().join()) problems.push(`fields must be exactly ${FIELDS.join(', ')}`);
  const { text, codes, classes, format, family, lang } = record;
  if (typeof text !== 'string' || !HANGUL.test(text))
    problems.push('text must hold at least one Hangul syllable');
  if (lang !== 'ko') problems.push('lang must be "ko"');
  if (format !== entry.format) problems.push(`format must be "${entry.format}"`);
  if (family !== entry.family) problems.push(`family must be "${entry.family}"`);
  if (!Array.isArray(codes) || !Array.isArray(classes))
    return [...problems, 'codes and classes must be arrays'];
  if (new Set(codes).size !== codes.length) problems.push('codes repeat');
  if (new Set(classes).size !== classes.length) problems.push('classes repeat');
  let from = 0;
  for (const code of codes) {
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      problems.push(`code ${String(code)} is not a whole number from 100 to 599`);
      continue;
    }
    const at = typeof text === 'string' ? indexOfNumber(text, code, from) : -1;
    if (at === -1) problems.push(`code ${code} is missing from the text or out of order`);
    else from = at + 1;
  }
  for (const name of classes) {
    if (!CLASSES.includes(name)) problems.push(`class ${String(name)} is not one of ${CLASSES.join(', ')}`);
  }
  if (entry.family === 'plain-chat' && codes.length + classes.length > 0) {
    problems.push('plain chat carries no labels');
  }
  return problems;
}

/**
 * The held-out formats of one pool, by the procedure split.ko.json records: sort by code point, shuffle
 * with Fisher-Yates on seededRandom(seed), then hold out formats in that order until they are at least 30%
 * of the pool's formats and hold at least 30% of its messages.
 */
function heldOutByProcedure(pool: readonly SplitEntry[], seed: number): string[] {
  const order = pool.map((entry) => entry.format).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const total = pool.reduce((sum, entry) => sum + entry.count, 0);
  const held: string[] = [];
  let heldMessages = 0;
  for (const format of order) {
    if (held.length >= HELD_OUT_SHARE * pool.length && heldMessages >= HELD_OUT_SHARE * total) break;
    held.push(format);
    heldMessages += entries.get(format)!.count;
  }
  return held.sort();
}

describe('Korean generalisation corpus', () => {
  it('given every ko- file on disk then split.ko.json lists it under that part, and lists nothing else', () => {
    const onDisk = PARTS.flatMap((part) => koreanFiles(part).map((format) => `${part}/${format}`)).sort();
    const listed = split.formats.map((entry) => `${entry.part}/${entry.format}`).sort();
    expect(onDisk).toEqual(listed);
  });

  it('given split.ko.json then each entry has a ko- id, a shared family, lang ko and the real line count', () => {
    const problems: string[] = [];
    for (const entry of split.formats) {
      if (!/^ko-[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.format))
        problems.push(`${entry.format}: id must start "ko-"`);
      if (!FAMILIES.includes(entry.family)) problems.push(`${entry.format}: unknown family ${entry.family}`);
      if (entry.lang !== 'ko') problems.push(`${entry.format}: lang must be ko`);
      const lines = linesOf(entry.part, entry.format).length;
      if (lines !== entry.count) problems.push(`${entry.format}: count ${entry.count}, file has ${lines}`);
    }
    expect(problems).toEqual([]);
  });

  it('given every line of every Korean file then it is well formed', () => {
    const problems: string[] = [];
    for (const entry of split.formats) {
      linesOf(entry.part, entry.format).forEach((line, i) => {
        for (const problem of lineProblems(line, entry))
          problems.push(`${entry.part}/${entry.format}:${i + 1}: ${problem}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('given the seed and procedure then they pick exactly the held-out formats split.ko.json records', () => {
    const labelled = split.formats.filter((entry) => entry.family !== 'plain-chat');
    const plain = split.formats.filter((entry) => entry.family === 'plain-chat');
    const expected = [
      ...heldOutByProcedure(labelled, split.seed),
      ...heldOutByProcedure(plain, split.seed),
    ].sort();
    const recorded = split.formats.filter((entry) => entry.part === 'heldout').map((entry) => entry.format);
    expect(recorded.sort()).toEqual(expected);
  });

  it('given each pool then at least 30% of its formats and 30% of its messages are held out', () => {
    for (const plainChat of [false, true]) {
      const pool = split.formats.filter((entry) => (entry.family === 'plain-chat') === plainChat);
      const held = pool.filter((entry) => entry.part === 'heldout');
      const count = (list: SplitEntry[]) => list.reduce((sum, entry) => sum + entry.count, 0);
      expect(held.length / pool.length).toBeGreaterThanOrEqual(HELD_OUT_SHARE);
      expect(count(held) / count(pool)).toBeGreaterThanOrEqual(HELD_OUT_SHARE);
    }
  });

  it('given a held-out file then its sha256 is the one split.ko.json records', () => {
    for (const entry of split.formats.filter((candidate) => candidate.part === 'heldout')) {
      const bytes = readFileSync(join(CORPUS_DIR, 'heldout', `${entry.format}.jsonl`));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.format).toBe(entry.sha256);
    }
  });
});
