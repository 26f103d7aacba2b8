/**
 * The facts of data/quiz-questions.json, checked against the code cards of data/status-codes.json:
 * every question is tied to a real code, its distractors are real codes a person could mistake for the
 * answer, and what its explanation says agrees with the dataset wherever that can be checked by a
 * program (the codes and classes it names, the headers it relies on, the vendor of an unofficial code).
 */
import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../src/core/dataset/schema.js';
import { LOCALES } from '../../src/core/locale.js';
import type { QuizQuestion } from '../../src/core/quiz/quizSchema.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';
import { loadQuizBank } from '../../src/dataset/loadQuizBank.js';

const dataset = loadDataset();
if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
const entries = dataset.entries;
const byCode = new Map(entries.map((entry) => [entry.code, entry] as const));
const entry = (code: number): StatusEntry => byCode.get(code)!;
const bank = loadQuizBank(entries);
const questions: QuizQuestion[] = bank.ok ? bank.questions : [];

const classOf = (code: number) => Math.floor(code / 100);
/**
 * Three-digit numbers in the status range, as whole numbers: "503" and "503," count, the "503" in
 * "15036" or "3,503,000" does not.
 */
const statusNumbers = (text: string) =>
  [...text.matchAll(/(?<!\d|\d[.,])([1-5]\d\d)(?!\d|[.,]\d)/g)].map((match) => Number(match[1]));
/** Class mentions such as "4xx" (but not the "1xx" inside Cloudflare's "1xxx" error numbers). */
const classMentions = (text: string) =>
  [...text.matchAll(/(?<![\w])([1-5])xx(?![\w])/g)].map((match) => Number(match[1]));
const HANGUL = /[\uac00-\ud7a3]/;

/** Each question, named for test titles. */
const each = (check: (question: QuizQuestion) => void) => () => {
  const failures: string[] = [];
  for (const question of questions) {
    try {
      check(question);
    } catch (error) {
      failures.push(`${question.id}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  expect(failures).toEqual([]);
};

describe('the shipped quiz bank', () => {
  it('given data/quiz-questions.json then it loads and validates against the dataset', () => {
    if (!bank.ok) throw new Error(bank.errors.join('\n'));
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('given the bank then every class has questions and no class holds more than half of them', () => {
    const perClass = new Map<number, number>();
    for (const question of questions)
      perClass.set(classOf(question.answer), (perClass.get(classOf(question.answer)) ?? 0) + 1);
    for (const statusClass of [1, 2, 3, 4, 5])
      expect(perClass.get(statusClass) ?? 0).toBeGreaterThanOrEqual(4);
    for (const count of perClass.values()) expect(count).toBeLessThanOrEqual(questions.length / 2);
  });

  it('given the bank then it covers the codes engineers meet most, at least 40 distinct answers', () => {
    const answers = new Set(questions.map((question) => question.answer));
    for (const code of [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504])
      expect(answers, `no question answers ${code}`).toContain(code);
    expect(answers.size).toBeGreaterThanOrEqual(40);
  });

  it(
    'given each question then its answer and distractors are codes of the dataset, four distinct',
    each((question) => {
      const codes = [question.answer, ...question.distractors];
      for (const code of codes) expect(byCode.has(code), `${code}`).toBe(true);
      expect(new Set(codes).size).toBe(4);
    }),
  );

  it(
    'given each distractor then it is plausibly confusable: same class as the answer, or related either way',
    each((question) => {
      for (const code of question.distractors) {
        const confusable =
          classOf(code) === classOf(question.answer) ||
          entry(question.answer).related.includes(code) ||
          entry(code).related.includes(question.answer);
        expect(confusable, `${code} vs ${question.answer}`).toBe(true);
      }
    }),
  );

  it(
    'given each question then its text gives none of the four codes away',
    each((question) => {
      const choices = [question.answer, ...question.distractors];
      for (const locale of LOCALES)
        for (const code of statusNumbers(question[locale].question))
          expect(choices, `${locale} question names ${code}`).not.toContain(code);
    }),
  );

  it(
    'given each explanation then it names the answer code',
    each((question) => {
      for (const locale of LOCALES)
        expect(statusNumbers(question[locale].explanation), locale).toContain(question.answer);
    }),
  );

  it(
    'given each explanation then every status number in it is a code of the dataset (or quoted from the question)',
    each((question) => {
      for (const locale of LOCALES) {
        const fromQuestion = new Set(statusNumbers(question[locale].question));
        for (const code of statusNumbers(question[locale].explanation))
          expect(byCode.has(code) || fromQuestion.has(code), `${locale}: ${code}`).toBe(true);
      }
    }),
  );

  it(
    'given each explanation then every class it mentions is the class of a code it names (so 4xx is never called 5xx)',
    each((question) => {
      for (const locale of LOCALES) {
        const text = question[locale].explanation;
        const classes = new Set(
          [...statusNumbers(text), ...statusNumbers(question[locale].question)].map(classOf),
        );
        for (const mentioned of classMentions(text))
          expect(classes, `${locale}: ${mentioned}xx`).toContain(mentioned);
        expect(classes, locale).toContain(entry(question.answer).class);
      }
    }),
  );

  it(
    "given each question's headers then they are headers of the answer's card and appear in both explanations",
    each((question) => {
      for (const header of question.headers) {
        expect(entry(question.answer).headers, header).toContain(header);
        for (const locale of LOCALES)
          expect(question[locale].explanation, `${locale}: ${header}`).toContain(header);
      }
    }),
  );

  it(
    'given an unofficial answer then both explanations name its vendor',
    each((question) => {
      const answer = entry(question.answer);
      if (answer.status !== 'unofficial') return;
      const names = (answer.vendor ?? '').split(/[\s/]+/).filter((word) => word.length >= 3);
      for (const locale of LOCALES) {
        const text = question[locale].explanation.toLowerCase();
        expect(
          names.some((name) => text.includes(name.toLowerCase())),
          `${locale}: ${answer.vendor}`,
        ).toBe(true);
      }
    }),
  );

  it(
    'given each question then the Korean texts are Korean and the English ones are not',
    each((question) => {
      expect(question.ko.question).toMatch(HANGUL);
      expect(question.ko.explanation).toMatch(HANGUL);
      expect(question.en.question).not.toMatch(HANGUL);
      expect(question.en.explanation).not.toMatch(HANGUL);
    }),
  );

  it('given the bank then no two questions share a text', () => {
    for (const locale of LOCALES) {
      const texts = questions.map((question) => question[locale].question);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
