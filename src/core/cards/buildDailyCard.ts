import type { Card } from '../card.js';
import type { Locale } from '../locale.js';
import { guideText as t } from './guideMessages.js';

/** The code-of-the-day card: the code's full card under the "of the day" heading. */
export function buildDailyCard(codeCard: Card, date: string, locale: Locale): Card {
  const title = `${t(locale, 'dailyHeading')}: ${codeCard.title}`;
  return {
    ...codeCard,
    kind: 'daily',
    title,
    footer: t(locale, 'dailyFooter', { date }),
    fallbackText: codeCard.summary ? `${title}: ${codeCard.summary}` : title,
  };
}
