/**
 * Every header card and every hand-written compare card, in both languages, fits the platforms: the
 * core's own limits (cardLimitProblems) and the Slack and Discord messages rendered from it, checked by
 * the independent limit checks of the platform tests.
 */
import { describe, expect, it } from 'vitest';
import { toDiscordMessage } from '../../../adapters/discord/toDiscordMessage.js';
import { toSlackBlocks } from '../../../adapters/slack/toSlackBlocks.js';
import type { Card } from '../../../src/core/card.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { discordLimitViolations } from '../../adapters/discord/discordLimitViolations.js';
import { slackLimitViolations } from '../../adapters/slack/slackLimitViolations.js';
import { cardLimitProblems } from '../../fixtures/queries/cardLimits.js';
import { shippedEntries, shippedReferences } from '../../fixtures/queries/datasetWithNames.js';

const references = shippedReferences();
const core = createStatusCore(shippedEntries(), references);

function problemsOf(name: string, card: Card): string[] {
  return [
    ...cardLimitProblems(card),
    ...slackLimitViolations(toSlackBlocks(card)),
    ...discordLimitViolations(toDiscordMessage(card)),
  ].map((problem) => `${name}: ${problem}`);
}

describe('header and compare cards within the platform limits', () => {
  it('given every header card in both languages then no limit is broken', () => {
    const problems: string[] = [];
    for (const header of references.headers)
      for (const locale of LOCALES)
        problems.push(...problemsOf(`${header.name} ${locale}`, core.headerCard(header.name, locale)!));
    expect(references.headers.length).toBeGreaterThanOrEqual(40);
    expect(problems).toEqual([]);
  });

  it('given every hand-written comparison in both languages and both orders then no limit is broken', () => {
    const problems: string[] = [];
    for (const comparison of references.comparisons) {
      for (const codes of [comparison.codes, [...comparison.codes].reverse()]) {
        for (const locale of LOCALES) {
          const answer = core.answer(codes.join(' vs '), { defaultLocale: locale });
          expect(answer.result.type === 'compare' && answer.result.comparison).toBe(comparison);
          problems.push(...problemsOf(`${codes.join('/')} ${locale}`, answer.card));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('given generated comparisons of three codes with the longest texts then no limit is broken', () => {
    const longest = [...core.entries]
      .sort(
        (a, b) =>
          b.ko.checks[0]!.length + b.ko.summary.length - (a.ko.checks[0]!.length + a.ko.summary.length),
      )
      .slice(0, 6);
    const problems: string[] = [];
    for (let i = 0; i + 2 < longest.length; i += 3) {
      const query = longest
        .slice(i, i + 3)
        .map((e) => e.code)
        .join(' ');
      for (const locale of LOCALES)
        problems.push(...problemsOf(query, core.answer(query, { defaultLocale: locale }).card));
    }
    expect(problems).toEqual([]);
  });

  it('given the header list, "no such header" and refused comparisons then no limit is broken', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const query of [
        'header',
        'header retry-afer',
        `header ${'z'.repeat(300)}`,
        '100 200 300 400',
        '999 vs 12345',
      ])
        problems.push(
          ...problemsOf(
            `${query.slice(0, 20)} ${locale}`,
            core.answer(query, { defaultLocale: locale }).card,
          ),
        );
    }
    expect(problems).toEqual([]);
  });
});
