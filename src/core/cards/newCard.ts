import type { Card, CardAccent, CardKind } from '../card.js';
import type { Locale } from '../locale.js';
import { ACCENT_COLORS } from './accentColors.js';

/** What a builder must give; everything else gets an empty default. */
export type CardInput = Partial<Omit<Card, 'kind' | 'locale' | 'title' | 'accent' | 'color'>> & {
  kind: CardKind;
  locale: Locale;
  title: string;
  accent: CardAccent;
};

/** Builds a complete `Card`, deriving the colour from the accent and the fallback text from the title. */
export function newCard(input: CardInput): Card {
  return {
    badges: [],
    fields: [],
    links: [],
    related: [],
    choices: [],
    headers: [],
    fallbackText: input.summary ? `${input.title}: ${input.summary}` : input.title,
    ...input,
    color: ACCENT_COLORS[input.accent],
  };
}
