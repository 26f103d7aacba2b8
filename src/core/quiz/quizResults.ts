import type { Card, CardField } from '../card.js';
import { codeTitle } from '../cards/codeLabel.js';
import { truncateText } from '../cards/truncateText.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { quizText as t } from './quizMessages.js';
import type { QuizQuestion } from './quizSchema.js';

/** How a quiz went: how many people answered (first answers only) and how many of them were right. */
export interface QuizTally {
  answered: number;
  correct: number;
}

/** How much of the question the results repeat. */
const QUESTION_ECHO = 200;

/** The share of right answers in whole percent (0 when no one answered); counts are clamped to sense. */
export function percentRight(tally: QuizTally): number {
  const answered = wholeCount(tally.answered);
  const correct = Math.min(wholeCount(tally.correct), answered);
  return answered === 0 ? 0 : Math.round((correct * 100) / answered);
}

function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * "Yesterday's quiz": the question (shortened), its answer, and "12 answered · 75% right" (or "No one
 * answered"). Without the question (retired from the bank since), only the tally.
 */
export function buildQuizResultsField(
  tally: QuizTally,
  question: QuizQuestion | undefined,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
): CardField {
  const lines: string[] = [];
  if (question) {
    lines.push(truncateText(question[locale].question, QUESTION_ECHO));
    const answer = lookup(question.answer);
    lines.push(t(locale, 'resultsAnswer', { answer: answer ? codeTitle(answer, locale) : question.answer }));
  }
  const answered = wholeCount(tally.answered);
  lines.push(
    answered === 0
      ? t(locale, 'resultsNobody')
      : t(locale, 'resultsTally', { answered, percent: percentRight(tally) }),
  );
  return { label: t(locale, 'resultsLabel'), lines };
}

/**
 * The card with the results field first among its fields: a copy, so a shared (frozen) card is never
 * changed. Works on the quiz card and on the usual code-of-the-day card alike.
 */
export function withQuizResults(card: Card, results: CardField): Card {
  return { ...card, fields: [results, ...card.fields] };
}
