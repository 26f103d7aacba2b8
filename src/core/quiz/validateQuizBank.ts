import { fieldOf, parseNamedItems } from '../dataset/describeIssue.js';
import type { StatusEntry } from '../dataset/schema.js';
import { type QuizQuestion, quizBankSchema } from './quizSchema.js';

/** The outcome of validating the quiz bank: the questions, or every problem found. */
export type QuizBankValidation = { ok: true; questions: QuizQuestion[] } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value as the quiz bank against the status-code dataset: the zod schema per
 * question, then what a broken bank would turn into a broken quiz (unique ids; the answer and the
 * three distractors are codes of the dataset, all four distinct). Each error names the question by id
 * and index and the field, e.g. `question put-stale-etag (index 3): distractors[1]: ...`.
 */
export function validateQuizBank(json: unknown, entries: readonly StatusEntry[]): QuizBankValidation {
  const parsed = parseNamedItems(quizBankSchema, json, questionName, 'quiz bank');
  if (!parsed.ok) return parsed;
  const errors = findBankProblems(parsed.data, new Set(entries.map((entry) => entry.code)));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, questions: parsed.data };
}

function questionName(item: unknown, index: number): string {
  return `question ${fieldOf(item, 'id')} (index ${index})`;
}

function findBankProblems(questions: readonly QuizQuestion[], codes: ReadonlySet<number>): string[] {
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  questions.forEach((question, index) => {
    const at = `question ${question.id} (index ${index})`;
    const seen = firstIndex.get(question.id);
    if (seen === undefined) firstIndex.set(question.id, index);
    else errors.push(`${at}: id: duplicate of the question at index ${seen}`);
    if (!codes.has(question.answer)) errors.push(`${at}: answer: ${question.answer} is not in the dataset`);
    question.distractors.forEach((code, i) => {
      if (!codes.has(code)) errors.push(`${at}: distractors[${i}]: ${code} is not in the dataset`);
      if (code === question.answer) errors.push(`${at}: distractors[${i}]: ${code} is the answer`);
      if (question.distractors.indexOf(code) !== i)
        errors.push(`${at}: distractors[${i}]: ${code} is listed twice`);
    });
  });
  return errors;
}
