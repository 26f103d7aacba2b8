import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseComponentId, toDiscordMessage } from '../../../adapters/discord/toDiscordMessage.js';
import type { Card } from '../../../src/core/card.js';
import { newCard } from '../../../src/core/cards/newCard.js';
import { buildExplainCard } from '../../../src/core/explain/buildExplainCard.js';
import { LOCALES } from '../../../src/core/locale.js';
import { realCore } from './discordHarness.js';
import { discordLimitViolations } from './discordLimitViolations.js';

function sampleCard(overrides: Partial<Card> = {}): Card {
  return newCard({
    kind: 'code',
    locale: 'en',
    title: '503 Service Unavailable',
    url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    accent: 'serverError',
    badges: ['Deprecated'],
    summary: 'The server cannot handle the request right now.',
    description: 'Overloaded or down for maintenance.',
    fields: [
      { label: 'Causes', lines: ['deploy in progress', 'pool exhausted'], bullets: true },
      { label: 'Spec', lines: ['RFC 9110 §15.6.4'], inline: true },
      { label: 'Empty', lines: [] },
    ],
    links: [
      { label: 'RFC 9110 §15.6.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4' },
      { label: 'MDN', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/503' },
    ],
    related: [
      { code: 502, label: '502 Bad Gateway' },
      { code: 504, label: '504 Gateway Timeout' },
    ],
    footer: '5xx Server Error',
    ...overrides,
  });
}

describe('toDiscordMessage', () => {
  it('given a code card then it renders colour, linked title, badges, summary, fields, footer and components', () => {
    const card = sampleCard();
    const message = toDiscordMessage(card);
    expect(message.embeds).toHaveLength(1);
    const embed = message.embeds[0]!;
    expect(embed.color).toBe(0xe74c3c);
    expect(embed.title).toBe('503 Service Unavailable');
    expect(embed.url).toBe(card.url);
    expect(embed.description).toBe(
      '**Deprecated**\n\nThe server cannot handle the request right now.\n\nOverloaded or down for maintenance.',
    );
    expect(embed.fields).toEqual([
      { name: 'Causes', value: '• deploy in progress\n• pool exhausted' },
      { name: 'Spec', value: 'RFC 9110 §15.6.4', inline: true },
      { name: 'Related codes', value: '502 Bad Gateway\n504 Gateway Timeout' },
    ]);
    expect(embed.footer).toEqual({ text: '5xx Server Error' });
    expect(message.components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: card.links.map((link) => ({
          type: ComponentType.Button,
          style: ButtonStyle.Link,
          label: link.label,
          url: link.url,
        })),
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: 'http:related:en',
            placeholder: 'Open a related code…',
            options: [
              { label: '502 Bad Gateway', value: '502' },
              { label: '504 Gateway Timeout', value: '504' },
            ],
          },
        ],
      },
    ]);
  });

  it('given a Korean ambiguous card then the choices become a Korean select whose id carries the locale', () => {
    const card = sampleCard({
      kind: 'ambiguous',
      locale: 'ko',
      links: [],
      related: [],
      choices: [
        { code: 502, label: '502 Bad Gateway · 잘못된 게이트웨이' },
        { code: 504, label: '504 Gateway Timeout · 게이트웨이 시간 초과' },
      ],
    });
    const [row] = toDiscordMessage(card).components;
    const select = row?.components[0];
    expect(select).toMatchObject({
      type: ComponentType.StringSelect,
      custom_id: 'http:choice:ko',
      placeholder: '찾으시는 코드를 고르세요…',
      options: [
        { label: '502 Bad Gateway · 잘못된 게이트웨이', value: '502' },
        { label: '504 Gateway Timeout · 게이트웨이 시간 초과', value: '504' },
      ],
    });
    expect(parseComponentId('http:choice:ko')).toEqual({ kind: 'choice', locale: 'ko' });
    expect(parseComponentId('http:related:en')).toEqual({ kind: 'related', locale: 'en' });
    expect(parseComponentId('http:related:fr')).toBeUndefined();
    expect(parseComponentId('other')).toBeUndefined();
  });

  it('given markdown characters in card text then they are escaped, so user input cannot format or mask links', () => {
    const card = sampleCard({ summary: 'No match for *bold* [x](https://evil.example) ||spoiler||' });
    const description = toDiscordMessage(card).embeds[0]!.description!;
    expect(description).toContain('\\*bold\\*');
    expect(description).toContain('\\|\\|spoiler\\|\\|');
    // An escaped bracket is shown literally instead of starting a masked link.
    expect(description).toContain('\\[x\\](https://evil.example)');
  });

  it('given oversized text everywhere then every part is cut within its limit without splitting an emoji', () => {
    const emoji = '😀';
    const long = (n: number) => `${'a'.repeat(n - 1)}${emoji.repeat(n)}`;
    const card = sampleCard({
      title: long(300),
      summary: long(3000),
      description: long(3000),
      footer: long(2100),
      fields: Array.from({ length: 30 }, (_, i) => ({
        label: long(300),
        lines: Array.from({ length: 40 }, (_, j) => `${i}-${j} ${long(60)}`),
        bullets: true,
      })),
      links: Array.from({ length: 8 }, (_, i) => ({ label: long(90), url: `https://example.com/${i}` })),
      related: Array.from({ length: 40 }, (_, i) => ({ code: 400 + i, label: long(120) })),
      choices: Array.from({ length: 40 }, (_, i) => ({ code: 500 + i, label: long(120) })),
    });
    const message = toDiscordMessage(card);
    expect(discordLimitViolations(message)).toEqual([]);
    const embed = message.embeds[0]!;
    expect(embed.title?.endsWith('…')).toBe(true);
    // A field whose lines do not all fit keeps whole lines and says that some were left out.
    expect(embed.fields?.[0]?.value.split('\n').at(-1)).toBe('…');
    expect(embed.fields?.[0]?.value.split('\n')[0]).toBe(`• 0-0 ${long(60)}`);
  });
});

describe('every card the core can produce fits Discord', () => {
  const core = realCore();
  const queries = [
    'help',
    'list',
    'random',
    '1xx',
    '2xx',
    '3xx',
    '4xx',
    '5xx',
    '299',
    '999',
    'gateway',
    'request',
    `${'no such thing '.repeat(150)}`,
    `<@&123> @everyone ${'😀'.repeat(500)}`,
  ];

  for (const locale of LOCALES) {
    it(`given every code in ${locale} then its card is within every limit`, () => {
      expect(core.entries.length).toBeGreaterThan(60);
      const problems = core.entries.flatMap((entry) => {
        const card = core.codeCard(entry.code, locale)!;
        return discordLimitViolations(toDiscordMessage(card), `${entry.code} ${locale}`);
      });
      expect(problems).toEqual([]);
    });

    it(`given class overviews, help, list, search results and a long no-match in ${locale} then they fit`, () => {
      const kinds = new Set<string>();
      const problems = queries.flatMap((query) => {
        const answer = core.answer(query, { defaultLocale: locale, userLocale: locale });
        kinds.add(answer.card.kind);
        return discordLimitViolations(toDiscordMessage(answer.card), `"${query.slice(0, 30)}" ${locale}`);
      });
      for (const date of ['2026-01-01', '2026-07-15']) {
        problems.push(
          ...discordLimitViolations(toDiscordMessage(core.dailyCard(date, locale)), `daily ${date}`),
        );
      }
      expect(problems).toEqual([]);
      expect([...kinds].sort()).toEqual(
        expect.arrayContaining(['class', 'help', 'list', 'notFound', 'code']),
      );
    });
  }
});

describe('given a card that names a person', () => {
  it('given the mention part then Discord writes its mention, and the text around it is escaped as any card text', () => {
    const card = newCard({
      kind: 'settings',
      locale: 'en',
      title: 'Channel settings changed',
      accent: 'success',
      summary: '@42 set *bold* <@7>',
      summaryParts: [{ mention: '42' }, ' set *bold* <@7>'],
    });
    const description = toDiscordMessage(card).embeds[0]?.description ?? '';
    expect(description).toBe('<@42> set \\*bold\\* <@7>');
  });

  it("given an auto-explain card then its related codes sit under the core's heading", () => {
    const reply = buildExplainCard({ codes: [502, 504], classes: [] }, 'en', realCore())!;
    const fields = toDiscordMessage(reply).embeds[0]?.fields ?? [];
    expect(fields.at(-1)?.name).toBe('Open the full card');
  });
});
