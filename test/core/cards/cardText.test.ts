import { describe, expect, it } from 'vitest';
import { plainTextOf, relatedHeadingOf, renderTextParts } from '../../../src/core/cards/cardText.js';
import { newCard } from '../../../src/core/cards/newCard.js';
import { realCore } from '../../support/realCore.js';

describe('card text parts', () => {
  const parts = ['<@U9> said ', { mention: 'U1' }, ' turned it on'];

  it('given text and a mention then each is rendered its own way, in order', () => {
    const rendered = renderTextParts(
      parts,
      (plain) => plain.replace(/</g, '&lt;'),
      (id) => `[${id}]`,
    );
    expect(rendered).toBe('&lt;@U9> said [U1] turned it on');
  });

  it('given parts then the plain reading names each person as @id', () => {
    expect(plainTextOf(parts)).toBe('<@U9> said @U1 turned it on');
  });
});

describe('relatedHeadingOf', () => {
  it('given a code card then the heading is the core\'s "Related codes", in the card\'s language', () => {
    expect(relatedHeadingOf(realCore().codeCard(503, 'en')!)).toBe('Related codes');
    expect(relatedHeadingOf(realCore().codeCard(503, 'ko')!)).toBe('관련 코드');
  });

  it('given a card with its own heading then that heading wins', () => {
    const card = newCard({
      kind: 'autoExplain',
      locale: 'en',
      title: 't',
      accent: 'neutral',
      relatedHeading: 'Open',
    });
    expect(relatedHeadingOf(card)).toBe('Open');
  });
});
