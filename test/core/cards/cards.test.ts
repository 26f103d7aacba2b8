import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { cardLimitProblems } from '../../fixtures/queries/cardLimits.js';
import { entriesWithNames, shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());

describe('code cards', () => {
  it('given any code and locale then the title is the number and the registry phrase, then the localized name when it differs', () => {
    for (const entry of core.entries) {
      for (const locale of LOCALES) {
        const card = core.codeCard(entry.code, locale)!;
        const base = `${entry.code} ${entry.name}`;
        const localized = entry[locale].name;
        expect(card.title).toBe(
          localized.toLowerCase() === entry.name.toLowerCase() ? base : `${base} · ${localized}`,
        );
        expect(card.kind).toBe('code');
        expect(card.locale).toBe(locale);
        expect(card.summary).toBe(entry[locale].summary);
        expect(card.description).toBe(entry[locale].description);
      }
    }
  });

  it('given a Korean name then the Korean card shows both names and the English card the phrase only', () => {
    const named = createStatusCore(entriesWithNames());
    const ko = named.codeCard(503, 'ko')!;
    const en = named.codeCard(503, 'en')!;
    expect(ko.title).toBe(`503 Service Unavailable · ${named.get(503)!.ko.name}`);
    expect(en.title.startsWith('503 Service Unavailable')).toBe(true);
    expect(en.title).not.toContain(named.get(503)!.ko.name);
  });

  it('given a registered code then the title links to its spec section and the links hold spec and MDN', () => {
    for (const entry of core.entries.filter((e) => e.spec)) {
      const card = core.codeCard(entry.code, 'en')!;
      expect(card.url).toBe(entry.spec!.url);
      expect(card.links.map((l) => l.url)).toContain(entry.spec!.url);
      expect(card.fields.some((f) => f.lines.some((l) => l.includes(entry.spec!.section)))).toBe(true);
      if (entry.mdn) expect(card.links.map((l) => l.url)).toContain(entry.mdn);
    }
  });

  it('given the Korean locale then the MDN link points to the Korean page', () => {
    const entry = core.entries.find((e) => e.mdn)!;
    const link = core.codeCard(entry.code, 'ko')!.links.find((l) => l.url.includes('developer.mozilla.org'))!;
    expect(link.url).toContain('/ko/');
    expect(link.url).not.toContain('/en-US/');
  });

  it('given each status then the badges flag it (none for standard, the vendor for unofficial, plus an Experimental RFC flag)', () => {
    for (const entry of core.entries) {
      for (const locale of LOCALES) {
        const badges = core.codeCard(entry.code, locale)!.badges;
        const statusBadges = entry.experimental ? badges.slice(0, -1) : badges;
        if (entry.status === 'standard') expect(statusBadges).toEqual([]);
        else expect(statusBadges).toHaveLength(1);
        if (entry.status === 'unofficial') expect(badges[0]).toContain(entry.vendor);
        if (entry.experimental) expect(badges.at(-1)).toMatch(/Experimental RFC|실험적 RFC/);
      }
    }
  });

  it('given related codes then they are choices with labels within 75 characters', () => {
    for (const entry of core.entries) {
      const card = core.codeCard(entry.code, 'ko')!;
      expect(card.related.map((c) => c.code)).toEqual(entry.related);
      for (const choice of card.related) {
        expect(choice.label.length).toBeLessThanOrEqual(75);
        expect(choice.label.startsWith(String(choice.code))).toBe(true);
      }
    }
  });

  it('given texts with causes, checks, headers and former names then the card carries them as fields', () => {
    for (const entry of core.entries) {
      const lines = core.codeCard(entry.code, 'en')!.fields.flatMap((f) => f.lines);
      for (const text of [...entry.en.causes, ...entry.en.checks, ...entry.en.clientChecks]) {
        expect(lines).toContain(text);
      }
      for (const header of entry.headers) expect(lines.join('\n')).toContain(header);
      for (const former of entry.formerNames ?? []) expect(lines.join('\n')).toContain(former.name);
      for (const other of entry.otherMeanings ?? []) expect(lines.join('\n')).toContain(other.vendor);
    }
  });

  it('given an unknown code then no card', () => {
    expect(core.codeCard(999, 'ko')).toBeUndefined();
    expect(core.codeCard(555, 'ko')).toBeUndefined();
  });

  it('given the same code twice then the same frozen card (built once)', () => {
    const first = core.codeCard(503, 'ko')!;
    expect(core.codeCard(503, 'ko')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.fields)).toBe(true);
  });
});

describe('every card fits the platform limits', () => {
  it('given every code, class, list, help and daily card in both locales then each fits', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const entry of core.entries)
        problems.push(...cardLimitProblems(core.codeCard(entry.code, locale)!));
      for (const query of [
        '1xx',
        '2xx',
        '3xx',
        '4xx',
        '5xx',
        '555',
        'list',
        'help',
        '999',
        'gateway',
        'zzqx',
      ]) {
        problems.push(...cardLimitProblems(core.answer(query, { defaultLocale: locale }).card));
      }
      for (let day = 0; day < 70; day++) {
        const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        problems.push(...cardLimitProblems(core.dailyCard(date, locale)));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('daily card', () => {
  it('given a date then the card is that day’s code under the "of the day" heading', () => {
    const code = core.codeOfTheDay('2025-03-01').code;
    const ko = core.dailyCard('2025-03-01', 'ko');
    const en = core.dailyCard('2025-03-01', 'en');
    expect(ko.kind).toBe('daily');
    expect(ko.title).toContain('오늘의 HTTP 상태 코드');
    expect(en.title).toContain('HTTP status code of the day');
    expect(ko.title).toContain(core.codeCard(code, 'ko')!.title);
    expect(en.footer).toContain('2025-03-01');
  });
});

describe('help card', () => {
  it('given each locale then the examples are in that language', () => {
    const ko = core.answer('help', { defaultLocale: 'ko' }).card;
    const en = core.answer('help', { defaultLocale: 'en' }).card;
    expect(ko.fields.flatMap((f) => f.lines).join('\n')).toMatch(/[가-힣]/);
    expect(en.fields[0]!.lines.join('\n')).not.toMatch(/[가-힣]/);
    expect(ko.fields[0]!.lines.length).toBe(en.fields[0]!.lines.length);
  });
});
