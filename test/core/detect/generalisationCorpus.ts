/**
 * The detector's generalisation corpus: labelled messages in JSON Lines, one file per source format, under
 * `test/fixtures/detector/generalisation/<part>/<format>.jsonl`, and `split.json` beside them naming every
 * format's part, family, language and message count. The labelling rules are in
 * `test/fixtures/detector/README.md`.
 *
 * Readers here never put a message's text into an error: a malformed held-out line must not show its
 * content to someone who is tuning the detector.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two parts of the corpus: `dev` may be looked at while tuning, `heldout` never. */
export type CorpusPart = 'dev' | 'heldout';

/** Every part, in the order reports list them. */
export const CORPUS_PARTS: readonly CorpusPart[] = ['dev', 'heldout'];

/** Source families a format belongs to. `plain-chat` formats carry no code at all. */
export const CORPUS_FAMILIES = [
  'monitoring',
  'proxy',
  'client-library',
  'ci-tooling',
  'hosting',
  'chat',
  'plain-chat',
  'korean-apm',
] as const;

/** A source family (see {@link CORPUS_FAMILIES}). */
export type CorpusFamily = (typeof CORPUS_FAMILIES)[number];

/** Languages of the corpus. */
export const CORPUS_LANGS = ['en', 'ko'] as const;

/** A language of the corpus (see {@link CORPUS_LANGS}). */
export type CorpusLang = (typeof CORPUS_LANGS)[number];

/** The family whose messages measure how often a code fires on ordinary chat. */
export const PLAIN_CHAT_FAMILY: CorpusFamily = 'plain-chat';

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** One labelled message: the codes and class mentions a correct detector finds, in order of appearance. */
export interface LabelledMessage {
  readonly text: string;
  readonly codes: readonly number[];
  readonly classes: readonly string[];
  readonly format: string;
  readonly family: CorpusFamily;
  readonly lang: CorpusLang;
}

/** One format's entry in `split.json`. */
export interface SplitEntry {
  readonly format: string;
  readonly family: CorpusFamily;
  readonly lang: CorpusLang;
  readonly part: CorpusPart;
  readonly count: number;
}

/** `split.json`: the seed and procedure of the split, and every format. */
export interface CorpusSplit {
  readonly seed: number;
  readonly procedure: string;
  readonly formats: readonly SplitEntry[];
}

/** The folder holding `split.json`, `dev/` and `heldout/`. */
export const GENERALISATION_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'detector',
  'generalisation',
);

/** Path of one format's file. */
export function corpusFilePath(part: CorpusPart, format: string): string {
  return join(GENERALISATION_DIR, part, `${format}.jsonl`);
}

/** Format ids that have a file in a part's folder, sorted. */
export function formatsOnDisk(part: CorpusPart): string[] {
  return readdirSync(join(GENERALISATION_DIR, part))
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => name.slice(0, -'.jsonl'.length))
    .sort();
}

/** Reads `split.json` as written; {@link splitProblems} says whether it is well-formed. */
export function readSplit(): CorpusSplit {
  const english = JSON.parse(readFileSync(join(GENERALISATION_DIR, 'split.json'), 'utf8')) as CorpusSplit;
  // The Korean formats were split by their writer's own seeded procedure (split.ko.json, checked by
  // koreanCorpusWellFormed.test.ts); their entries join the one list every reader sees.
  const korean = JSON.parse(readFileSync(join(GENERALISATION_DIR, 'split.ko.json'), 'utf8')) as {
    formats: readonly (SplitEntry & { sha256?: string })[];
  };
  const koreanEntries = korean.formats.map(({ format, family, lang, part, count }) => ({
    format,
    family,
    lang,
    part,
    count,
  }));
  return { ...english, formats: [...english.formats, ...koreanEntries] };
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Problems with `split.json` itself (fields, duplicates); empty when it is well-formed. */
export function splitProblems(split: CorpusSplit): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(split.seed)) problems.push('seed is not an integer');
  if (typeof split.procedure !== 'string' || split.procedure === '') problems.push('procedure is missing');
  if (!Array.isArray(split.formats)) return [...problems, 'formats is not an array'];
  const seen = new Set<string>();
  for (const entry of split.formats) {
    const name = typeof entry.format === 'string' ? entry.format : JSON.stringify(entry.format);
    if (typeof entry.format !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.format)) {
      problems.push(`${name}: format id must be lowercase words joined by "-"`);
    }
    if (seen.has(entry.format)) problems.push(`${name}: listed more than once`);
    seen.add(entry.format);
    if (!isOneOf(CORPUS_FAMILIES, entry.family)) problems.push(`${name}: unknown family`);
    if (!isOneOf(CORPUS_LANGS, entry.lang)) problems.push(`${name}: unknown lang`);
    if (!isOneOf(CORPUS_PARTS, entry.part)) problems.push(`${name}: unknown part`);
    if (!Number.isSafeInteger(entry.count) || entry.count < 1) problems.push(`${name}: count must be >= 1`);
  }
  return problems;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/**
 * Whether `code` occurs in `text` at or after `from` as a whole number (no digit right before or after).
 * Returns the index of the occurrence, or -1.
 */
function indexOfNumber(text: string, code: number, from: number): number {
  const digits = String(code);
  for (let at = text.indexOf(digits, from); at !== -1; at = text.indexOf(digits, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + digits.length);
    const isDigit = (c: number) => c >= 48 && c <= 57;
    if (!isDigit(before) && !isDigit(after)) return at;
  }
  return -1;
}

/** What {@link parseLabelledLine} makes of one line: the message, or why it is not well-formed. */
export type ParsedLine =
  | { readonly ok: true; readonly message: LabelledMessage }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Checks one corpus line against its format's `split.json` entry: the fields and their types, codes
 * whole numbers in 100-599 without duplicates and present in the text in the labelled order, classes
 * lowercase `Nxx` without duplicates, format/family/lang equal to the entry's, no label on plain chat,
 * and no Hangul in an English line. Problems never quote the text.
 */
export function parseLabelledLine(line: string, entry: SplitEntry): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, problems: ['not valid JSON'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: ['not a JSON object'] };
  }
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  const expectedKeys = ['text', 'codes', 'classes', 'format', 'family', 'lang'];
  for (const key of Object.keys(record)) {
    if (!expectedKeys.includes(key)) problems.push(`unexpected field "${key}"`);
  }
  const { text, codes, classes, format, family, lang } = record;
  if (typeof text !== 'string' || text.trim() === '') problems.push('text must be a non-empty string');
  if (!Array.isArray(codes)) problems.push('codes must be an array');
  if (!Array.isArray(classes)) problems.push('classes must be an array');
  if (format !== entry.format) problems.push(`format must be "${entry.format}"`);
  if (family !== entry.family) problems.push(`family must be "${entry.family}"`);
  if (lang !== entry.lang) problems.push(`lang must be "${entry.lang}"`);
  if (problems.length > 0 || typeof text !== 'string' || !Array.isArray(codes) || !Array.isArray(classes)) {
    return { ok: false, problems };
  }

  let searchFrom = 0;
  codes.forEach((code: unknown, i) => {
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) {
      problems.push(`codes[${i}] must be a whole number from 100 to 599`);
      return;
    }
    if (codes.indexOf(code) !== i) problems.push(`code ${code} is listed twice`);
    const at = indexOfNumber(text, code, searchFrom);
    if (at === -1) {
      problems.push(
        indexOfNumber(text, code, 0) === -1
          ? `code ${code} does not occur in the text`
          : `code ${code} is out of order (codes go in order of first appearance)`,
      );
    } else {
      searchFrom = at + 1;
    }
  });
  classes.forEach((name: unknown, i) => {
    if (!isOneOf(STATUS_CLASSES, name))
      problems.push(`classes[${i}] must be one of ${STATUS_CLASSES.join(', ')}`);
    else if (classes.indexOf(name) !== i) problems.push(`class ${name} is listed twice`);
  });
  if (entry.family === PLAIN_CHAT_FAMILY && (codes.length > 0 || classes.length > 0)) {
    problems.push('plain chat carries no codes and no classes');
  }
  if (entry.lang === 'en' && HANGUL.test(text)) problems.push('an English line contains Hangul');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    message: {
      text,
      codes: codes as number[],
      classes: classes as string[],
      format: entry.format,
      family: entry.family,
      lang: entry.lang,
    },
  };
}

/** The non-empty lines of one format's file, with their 1-based line numbers. */
export function readCorpusLines(part: CorpusPart, format: string): { line: number; text: string }[] {
  return readFileSync(corpusFilePath(part, format), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() !== '');
}

/**
 * Loads every message of the given parts, as `split.json` lists them. Throws on a malformed line, naming
 * the file, line number and problem but never the text.
 */
export function loadCorpus(
  parts: readonly CorpusPart[],
  split: CorpusSplit = readSplit(),
): LabelledMessage[] {
  const messages: LabelledMessage[] = [];
  for (const entry of split.formats) {
    if (!parts.includes(entry.part)) continue;
    for (const { line, text } of readCorpusLines(entry.part, entry.format)) {
      const parsed = parseLabelledLine(text, entry);
      if (!parsed.ok) {
        throw new Error(`${entry.part}/${entry.format}.jsonl:${line}: ${parsed.problems.join('; ')}`);
      }
      messages.push(parsed.message);
    }
  }
  return messages;
}
