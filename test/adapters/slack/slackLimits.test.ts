import { describe, expect, it } from 'vitest';
import { escapeAndFit } from '../../../adapters/slack/escapeSlackText.js';
import { SLACK_LIMITS } from '../../../adapters/slack/slackLimits.js';
import {
  RELATED_CODE_ACTION_PREFIX,
  type SlackMessage,
  toSlackBlocks,
} from '../../../adapters/slack/toSlackBlocks.js';
import type { Card } from '../../../src/core/card.js';
import { newCard } from '../../../src/core/cards/newCard.js';
import { LOCALES } from '../../../src/core/locale.js';
import { realCore } from './slackHarness.js';
import { slackLimitViolations } from './slackLimitViolations.js';

const core = realCore();

/** Every card the bot can show, in both languages. */
function everyCard(): Array<[string, Card]> {
  const cards: Array<[string, Card]> = [];
  for (const locale of LOCALES) {
    for (const entry of core.entries)
      cards.push([`${entry.code} ${locale}`, core.codeCard(entry.code, locale)!]);
    for (const query of ['1xx', '2xx', '3xx', '4xx', '5xx', 'help', 'list', 'gateway', '999', 'not found']) {
      cards.push([`${query} ${locale}`, core.answer(query, { defaultLocale: locale }).card]);
    }
    cards.push([
      `long no-match ${locale}`,
      core.answer('zq<&>'.repeat(2_000), { defaultLocale: locale }).card,
    ]);
    cards.push([`daily ${locale}`, core.dailyCard('2025-01-01', locale)]);
  }
  return cards;
}

/** The action ids of a message's related-code buttons, wherever they sit. */
function relatedActionIds(message: SlackMessage): string[] {
  const attached = (message.attachments ?? []).flatMap((a) => a.blocks ?? []);
  return ([...message.blocks, ...attached] as Array<{ type: string; elements?: unknown[] }>)
    .flatMap((block) => (block.type === 'actions' ? (block.elements as Array<{ action_id: string }>) : []))
    .map((button) => button.action_id)
    .filter((id) => id.startsWith(RELATED_CODE_ACTION_PREFIX));
}

describe('given every card the core can produce', () => {
  it('given each one rendered for Slack then none breaks a Block Kit limit and each has fallback text', () => {
    const cards = everyCard();
    expect(cards.length).toBeGreaterThan(core.entries.length * 2);
    const problems = cards.flatMap(([name, card]) =>
      slackLimitViolations(toSlackBlocks(card)).map((p) => `${name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('given each one rendered for Slack then its related codes are buttons, one per code in order', () => {
    const cards = everyCard();
    expect(cards.filter(([, card]) => card.related.length > 0).length).toBeGreaterThan(core.entries.length);
    for (const [name, card] of cards) {
      const expected = card.related.map((choice) => `${RELATED_CODE_ACTION_PREFIX}${choice.code}`);
      expect(relatedActionIds(toSlackBlocks(card)), name).toEqual(expected);
    }
  });
});

describe('given cards far beyond Slack limits', () => {
  const huge = 'x'.repeat(10_000);
  const card = newCard({
    kind: 'code',
    locale: 'en',
    title: `<!here> ${huge}`,
    accent: 'serverError',
    summary: huge,
    description: Array.from({ length: 400 }, (_, i) => `line ${i} ${'y'.repeat(100)}`).join('\n'),
    badges: Array.from({ length: 30 }, (_, i) => `badge ${i}`),
    fields: Array.from({ length: 80 }, (_, i) => ({
      label: `field ${i}`,
      lines: [huge],
      inline: i % 2 === 0,
      bullets: true,
    })),
    links: Array.from({ length: 40 }, (_, i) => ({
      label: `link ${i}`,
      url: `https://www.rfc-editor.org/rfc/rfc${i}`,
    })),
    related: Array.from({ length: 40 }, (_, i) => ({ code: 500 + i, label: `${500 + i} Something` })),
    choices: Array.from({ length: 40 }, (_, i) => ({ code: 400 + i, label: `${400 + i} ${huge}` })),
    footer: huge,
  });

  it('given one then the rendered message still fits every limit', () => {
    expect(slackLimitViolations(toSlackBlocks(card))).toEqual([]);
  });

  it('given more related codes than an actions block holds then the first ones are buttons, and no code twice', () => {
    const doubled = { ...card, related: [...card.related, ...card.related] };
    const ids = relatedActionIds(toSlackBlocks(doubled));
    expect(ids).toHaveLength(SLACK_LIMITS.actionsElements);
    expect(ids[0]).toBe(`${RELATED_CODE_ACTION_PREFIX}500`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(slackLimitViolations(toSlackBlocks(doubled))).toEqual([]);
  });

  it('given a long description then it is split over several sections rather than cut', () => {
    const message = toSlackBlocks({ ...card, fields: [] });
    const sections = (message.attachments?.[0]?.blocks ?? []).filter((b) => b.type === 'section');
    const text = sections.map((b) => (b as { text?: { text?: string } }).text?.text ?? '').join('\n');
    expect(sections.length).toBeGreaterThan(1);
    expect(text).toContain('line 0 ');
    expect(text).toContain('line 399 ');
  });
});

describe('given text cut to a limit after escaping', () => {
  it('given ampersands at the cut then no entity is split and the result fits', () => {
    const text = escapeAndFit('&'.repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(0, -1)).toMatch(/^(&amp;)+$/);
  });

  it('given emoji at the cut then no surrogate pair is split', () => {
    const text = escapeAndFit('🔴'.repeat(100), 21);
    expect(text.length).toBeLessThanOrEqual(21);
    expect(text).toBe(`${'🔴'.repeat(10)}…`);
  });
});

describe('given a card that names a person', () => {
  const card = newCard({
    kind: 'settings',
    locale: 'en',
    title: 'Channel settings changed',
    accent: 'success',
    summary: '@U1 set <@U9> & co',
    summaryParts: [{ mention: 'U1' }, ' set <@U9> & co'],
    fallbackText: '@U1 set <@U9> & co',
    fallbackParts: [{ mention: 'U1' }, ' set <@U9> & co'],
  });

  it('given the mention part then Slack writes its mention, and typed text stays escaped text', () => {
    const message = toSlackBlocks(card);
    expect(message.text).toBe('<@U1> set &lt;@U9&gt; &amp; co');
    expect(JSON.stringify(message.blocks)).toContain('<@U1> set &lt;@U9&gt; &amp; co');
    expect(JSON.stringify(message.blocks)).not.toContain('<@U9>');
  });
});
