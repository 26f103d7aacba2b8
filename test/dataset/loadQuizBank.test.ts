import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateQuizBank } from '../../src/core/quiz/validateQuizBank.js';
import { DEFAULT_QUIZ_BANK_PATH, loadQuizBank } from '../../src/dataset/loadQuizBank.js';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

type Json = Record<string, unknown> & { id: string; distractors: number[] };
const entries = shippedEntries();
const shipped = JSON.parse(readFileSync(DEFAULT_QUIZ_BANK_PATH, 'utf8')) as Json[];
const copy = (): Json[] => structuredClone(shipped);

function errorsOf(data: unknown): string[] {
  const result = validateQuizBank(data, entries);
  return result.ok ? [] : result.errors;
}

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'quiz-bank-')), name);
  writeFileSync(path, text);
  return path;
}

describe('loadQuizBank', () => {
  it('given the shipped data/quiz-questions.json then it validates', () => {
    const result = loadQuizBank(entries);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.questions.map((q) => q.id)).toEqual(shipped.map((q) => q.id));
  });

  it('given a file that does not exist then an error naming the path, not a throw', () => {
    const result = loadQuizBank(entries, '/nonexistent/quiz-questions.json');
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('/nonexistent/quiz-questions.json')],
    });
  });

  it('given broken JSON then an error saying so', () => {
    const result = loadQuizBank(entries, writeTemp('broken.json', '[{"id": "x",'));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
  });

  it('given a malformed copy on disk then the errors name the question and the field', () => {
    const data = copy();
    delete (data[3]!.en as Record<string, unknown>).explanation;
    const result = loadQuizBank(entries, writeTemp('bad.json', JSON.stringify(data)));
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining(`question ${data[3]!.id} (index 3): en.explanation:`)],
    });
  });
});

describe('validateQuizBank', () => {
  it('given an empty bank then an error', () => {
    expect(errorsOf([])).toEqual([expect.stringMatching(/^quiz bank: /)]);
  });

  it('given two questions with one id then an error naming both places', () => {
    const data = copy();
    data.push(structuredClone(data[0]!));
    expect(errorsOf(data)).toEqual([
      `question ${data[0]!.id} (index ${data.length - 1}): id: duplicate of the question at index 0`,
    ]);
  });

  it('given an answer that is not in the dataset then an error naming it', () => {
    const data = copy();
    data[1]!.answer = 477;
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(/\(index 1\): answer: 477 is not in the dataset$/),
    ]);
  });

  it('given a distractor that is the answer, one listed twice and one unknown then an error for each', () => {
    const data = copy();
    const answer = data[2]!.answer as number;
    data[2]!.distractors = [answer, 477, 477];
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(/\(index 2\): distractors\[0\]: \d+ is the answer$/),
      expect.stringMatching(/\(index 2\): distractors\[1\]: 477 is not in the dataset$/),
      expect.stringMatching(/\(index 2\): distractors\[2\]: 477 is not in the dataset$/),
      expect.stringMatching(/\(index 2\): distractors\[2\]: 477 is listed twice$/),
    ]);
  });

  it.each([
    ['an id with capitals', { id: 'Put-Stale' }, 'id'],
    ['an id too long for a payload', { id: 'a'.repeat(41) }, 'id'],
    ['two distractors', { distractors: [409, 428] }, 'distractors'],
    [
      'a question longer than a card allows',
      { en: { question: 'x'.repeat(281), explanation: 'y' } },
      'en.question',
    ],
    ['a blank Korean explanation', { ko: { question: '질문', explanation: '  ' } }, 'ko.explanation'],
  ])('given %s then an error at that field', (_, patch, field) => {
    const data = copy();
    Object.assign(data[0]!, patch);
    expect(errorsOf(data)).toEqual([expect.stringContaining(`(index 0): ${field}`)]);
  });
});
