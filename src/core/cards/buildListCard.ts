import type { Card } from '../card.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { listFields } from './buildClassCard.js';
import { codeTitle } from './codeLabel.js';
import { guideText as t } from './guideMessages.js';
import { newCard } from './newCard.js';
import { classTitle } from './statusClassText.js';

/** Every code, grouped by class; unofficial ones marked with †. */
export function buildListCard(entries: readonly StatusEntry[], locale: Locale): Card {
  const fields = [1, 2, 3, 4, 5].flatMap((statusClass) =>
    listFields(
      classTitle(statusClass, locale),
      entries
        .filter((entry) => entry.class === statusClass)
        .map((entry) => `${codeTitle(entry, locale)}${entry.status === 'unofficial' ? ' †' : ''}`),
    ),
  );
  return newCard({
    kind: 'list',
    locale,
    title: t(locale, 'listTitle', { count: entries.length }),
    accent: 'neutral',
    summary: t(locale, 'listSummary'),
    fields,
    footer: t(locale, 'listFooter'),
  });
}
