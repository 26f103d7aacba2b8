import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../../adapters/console/renderTerminal.js';
import { displayWidth } from '../../../adapters/console/terminalText.js';
import { newCard } from '../../../src/core/cards/newCard.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());
const ANSI = /\x1b\[/;

describe('renderTerminal', () => {
  it('given colour off then plain text with the title, summary, fields and links', () => {
    const card = core.codeCard(503, 'en')!;
    const text = renderTerminal(card, { color: false });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain(card.title);
    for (const field of card.fields) expect(text).toContain(field.label);
    for (const link of card.links) expect(text).toContain(link.url);
  });

  it('given colour on then ANSI colour of the accent (red for 5xx, amber for 4xx)', () => {
    expect(renderTerminal(core.codeCard(503, 'en')!, { color: true })).toContain('\x1b[1;31m');
    expect(renderTerminal(core.codeCard(404, 'en')!, { color: true })).toContain('\x1b[1;33m');
  });

  it('given a width then no line but a URL (kept whole, so it stays clickable) is wider, Korean counted as two columns', () => {
    for (const code of [404, 503, 418, 499]) {
      for (const locale of ['ko', 'en'] as const) {
        const text = renderTerminal(core.codeCard(code, locale)!, { color: false, width: 50 });
        for (const line of text.split('\n').filter((l) => !l.includes('https://'))) {
          expect(displayWidth(line), line).toBeLessThanOrEqual(50);
        }
      }
    }
  });

  it('given user text with escape sequences then they are removed', () => {
    const card = newCard({
      kind: 'notFound',
      locale: 'en',
      title: 'No match for \x1b[2J\x1b[31mboom\x07',
      accent: 'warning',
    });
    const text = renderTerminal(card, { color: false });
    expect(text).toContain('boom');
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });

  it('given choices then they are numbered', () => {
    const card = core.answer('gateway', { defaultLocale: 'en' }).card;
    const text = renderTerminal(card, { color: false });
    card.choices.forEach((choice, i) => {
      expect(text).toContain(`${i + 1}) ${choice.label}`);
    });
  });
});
