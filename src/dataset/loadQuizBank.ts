import type { StatusEntry } from '../core/dataset/schema.js';
import type { QuizQuestion } from '../core/quiz/quizSchema.js';
import { validateQuizBank } from '../core/quiz/validateQuizBank.js';
import { dataFilePath, readJsonFile } from './readJsonFile.js';

/** The shipped quiz bank. */
export const DEFAULT_QUIZ_BANK_PATH: string = dataFilePath(import.meta.url, 'quiz-questions.json');

/** The result of loading the quiz bank: questions, or every problem (file, JSON or content). */
export type LoadQuizBankResult = { ok: true; questions: QuizQuestion[] } | { ok: false; errors: string[] };

/**
 * Reads and validates the quiz bank against the loaded dataset (synchronously, at start-up). Never
 * throws: an unreadable file, bad JSON or a broken question come back as `errors`, each naming the
 * question's id and field.
 */
export function loadQuizBank(
  entries: readonly StatusEntry[],
  path: string = DEFAULT_QUIZ_BANK_PATH,
): LoadQuizBankResult {
  const read = readJsonFile(path, 'quiz bank');
  return read.ok ? validateQuizBank(read.json, entries) : read;
}
