import type { Card } from '../card.js';
import { codeChoice } from '../cards/codeLabel.js';
import { newCard } from '../cards/newCard.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import type { CalendarDate } from '../time/calendarDate.js';
import { quizChoiceCodes } from './pickQuestion.js';
import { quizText as t } from './quizMessages.js';
import { formatQuizPayload } from './quizPayload.js';
import type { QuizQuestion } from './quizSchema.js';

/**
 * The public quiz post: the question, and its four codes as choices in a stable order, each carrying
 * the payload its button sends back (`formatQuizPayload`). A press is answered privately to the
 * presser (`resolveQuizPress`, `buildQuizAnswerCard`); the post itself never changes. Add yesterday's
 * results with `withQuizResults`. `lookup` resolves codes (the bank is validated against the dataset).
 */
export function buildQuizCard(
  question: QuizQuestion,
  date: CalendarDate,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
): Card {
  const choices = quizChoiceCodes(question, date).flatMap((code) => {
    const entry = lookup(code);
    if (!entry) return [];
    const payload = formatQuizPayload({ questionId: question.id, date, code, locale });
    return [{ ...codeChoice(entry, locale), payload }];
  });
  const title = t(locale, 'questionTitle');
  return newCard({
    kind: 'quiz',
    locale,
    title,
    accent: 'info',
    summary: question[locale].question,
    choices,
    footer: t(locale, 'questionFooter', { date }),
  });
}
