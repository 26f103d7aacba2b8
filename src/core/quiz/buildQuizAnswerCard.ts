import type { Card, CardField, CardLink } from '../card.js';
import { specLabel } from '../cards/buildCodeCard.js';
import { codeChoice, codeTitle } from '../cards/codeLabel.js';
import { mdnUrl } from '../cards/mdnUrl.js';
import { newCard } from '../cards/newCard.js';
import { statusText } from '../cards/statusMessages.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { quizText as t } from './quizMessages.js';
import type { QuizPress } from './resolveQuizPress.js';

/**
 * Whether this press changed the quiz's tally, as the store decided: `counted` (the presser's first
 * answer on the quiz day), `alreadyAnswered` (a later press by the same person) or `closed` (a press
 * on an old quiz, see `QuizPress.counts`).
 */
export type QuizAnswerNote = 'counted' | 'alreadyAnswered' | 'closed';

type AnswerPress = Extract<QuizPress, { type: 'answer' }>;

/**
 * The private answer to a press: right or wrong in the title (with the answer's code and name), the
 * question again, the explanation, what the picked code means when it was wrong (from the dataset),
 * the answer's spec and MDN links, and its card (and the picked one's) to open. `locale` is the
 * presser's language when the platform tells it, else `press.locale`.
 */
export function buildQuizAnswerCard(
  press: AnswerPress,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
  note: QuizAnswerNote,
): Card {
  const { question } = press;
  const answer = lookup(question.answer);
  const picked = lookup(press.chosen);
  const answerTitle = answer ? codeTitle(answer, locale) : String(question.answer);
  const fields: CardField[] = [{ label: t(locale, 'questionLabel'), lines: [question[locale].question] }];
  if (!press.correct && picked) {
    fields.push({
      label: t(locale, 'pickedLabel'),
      lines: [`${codeTitle(picked, locale)}: ${picked[locale].summary}`],
    });
  }
  const links: CardLink[] = [];
  if (answer?.spec) links.push({ label: specLabel(answer.spec), url: answer.spec.url });
  const mdn = answer ? mdnUrl(answer, locale) : undefined;
  if (mdn) links.push({ label: statusText(locale, 'mdn'), url: mdn });
  const related = [answer, press.correct ? undefined : picked].flatMap((entry) =>
    entry ? [codeChoice(entry, locale)] : [],
  );
  const noteText =
    note === 'counted'
      ? t(locale, 'noteCounted')
      : note === 'alreadyAnswered'
        ? t(locale, 'noteAlreadyAnswered')
        : t(locale, 'noteClosed', { date: press.date });
  return newCard({
    kind: 'quizAnswer',
    locale,
    title: t(locale, press.correct ? 'rightTitle' : 'wrongTitle', { answer: answerTitle }),
    ...(links[0] ? { url: links[0].url } : {}),
    accent: press.correct ? 'success' : 'warning',
    description: question[locale].explanation,
    fields,
    links,
    related,
    footer: `${noteText} · ${t(locale, 'openCard', { code: question.answer })}`,
  });
}

type InvalidPress = Extract<QuizPress, { type: 'invalid' }>;

/** The private answer to a button that cannot be scored: what happened, in plain words, and what to do. */
export function buildQuizPressErrorCard(press: InvalidPress, locale: Locale): Card {
  const summary =
    press.reason === 'unknownQuestion'
      ? t(locale, 'invalidUnknownQuestion')
      : press.reason === 'notAChoice' || press.reason === 'future'
        ? t(locale, 'invalidMismatch')
        : t(locale, 'invalidMalformed');
  return newCard({
    kind: 'error',
    locale,
    title: t(locale, 'invalidTitle'),
    accent: 'neutral',
    summary,
    footer: t(locale, 'invalidFooter'),
  });
}
