import type { StatusEntry } from '../../../src/core/dataset/schema.js';
import { createQuiz, type Quiz } from '../../../src/core/quiz/createQuiz.js';
import type { QuizQuestion } from '../../../src/core/quiz/quizSchema.js';
import { loadQuizBank } from '../../../src/dataset/loadQuizBank.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

/** The shipped dataset and quiz bank, validated; the run fails loudly when either does not load. */
export function shippedQuiz(): { entries: StatusEntry[]; questions: QuizQuestion[]; quiz: Quiz } {
  const entries = shippedEntries();
  const bank = loadQuizBank(entries);
  if (!bank.ok) throw new Error(`quiz bank invalid:\n${bank.errors.join('\n')}`);
  return { entries, questions: bank.questions, quiz: createQuiz(bank.questions, entries) };
}

const DAY_MS = 86_400_000;
/** The `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day number of a `YYYY-MM-DD` date. */
export const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
