import type { z } from 'zod';
import { formatIssuePath } from '../dataset/formatIssuePath.js';
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
  const parsed = quizBankSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(json, issue)) };
  }
  const errors = findBankProblems(parsed.data, new Set(entries.map((entry) => entry.code)));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, questions: parsed.data };
}

function describeIssue(json: unknown, issue: z.core.$ZodIssue): string {
  const [index, ...field] = issue.path;
  if (typeof index !== 'number') return `quiz bank: ${issue.message}`;
  const item = Array.isArray(json) ? (json[index] as unknown) : undefined;
  const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : '?';
  const where = field.length > 0 ? formatIssuePath(field) : '(question)';
  return `question ${id} (index ${index}): ${where}: ${issue.message}`;
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
