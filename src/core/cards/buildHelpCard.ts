import type { Card } from '../card.js';
import type { Locale } from '../locale.js';
import { guideText as t } from './guideMessages.js';
import { newCard } from './newCard.js';

/** How to ask, with examples in the user's language. */
export function buildHelpCard(locale: Locale): Card {
  return newCard({
    kind: 'help',
    locale,
    title: t(locale, 'helpTitle'),
    accent: 'info',
    summary: t(locale, 'helpSummary'),
    fields: [
      { label: t(locale, 'helpExamplesLabel'), lines: t(locale, 'helpExamples').split('\n') },
      { label: t(locale, 'helpMoreLabel'), lines: t(locale, 'helpMore').split('\n') },
    ],
    footer: t(locale, 'helpFooter'),
  });
}
