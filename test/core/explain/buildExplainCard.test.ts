import { describe, expect, it } from 'vitest';
import { buildExplainCard, MAX_EXPLAINED_CODES } from '../../../src/core/explain/buildExplainCard.js';
import { realCore } from '../../support/realCore.js';

const core = realCore();
const entry503 = core.get(503)!;

describe('buildExplainCard', () => {
  it('given no codes and no classes then there is no card', () => {
    expect(buildExplainCard({ codes: [], classes: [] }, 'ko', core)).toBeNull();
  });

  it('given one code in Korean then one line with number, English phrase, Korean name, summary and first check', () => {
    const card = buildExplainCard({ codes: [503], classes: [] }, 'ko', core)!;
    expect(card.kind).toBe('autoExplain');
    expect(card.locale).toBe('ko');
    expect(card.title).toBe(`503 Service Unavailable · ${entry503.ko.name}`);
    const lines = card.description!.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('503 Service Unavailable');
    expect(lines[0]).toContain(entry503.ko.summary);
    expect(lines[0]).toContain(entry503.ko.checks[0]!);
    expect(card.footer).toContain('/http 503');
    expect(card.links.map((l) => l.url)).toEqual([
      entry503.spec!.url,
      entry503.mdn!.replace('/en-US/', '/ko/'),
    ]);
    expect(card.related).toEqual([{ code: 503, label: expect.stringContaining('503 Service Unavailable') }]);
    expect(card.accent).toBe('serverError');
  });

  it('given one code in English then the texts come from the en fields', () => {
    const card = buildExplainCard({ codes: [503], classes: [] }, 'en', core)!;
    expect(card.description).toContain(entry503.en.summary);
    expect(card.description).toContain(entry503.en.checks[0]!);
    expect(card.description).not.toContain(entry503.ko.summary);
    expect(card.links.map((l) => l.url)).toContain(entry503.mdn);
  });

  it('given five codes then three lines and "and 2 more" naming the rest', () => {
    const codes = [502, 503, 504, 429, 404];
    for (const locale of ['en', 'ko'] as const) {
      const card = buildExplainCard({ codes, classes: [] }, locale, core)!;
      const lines = card.description!.split('\n');
      expect(lines).toHaveLength(MAX_EXPLAINED_CODES + 1);
      expect(lines.slice(0, 3).map((l) => l.slice(0, 3))).toEqual(['502', '503', '504']);
      expect(lines[3]).toBe(locale === 'en' ? 'and 2 more (429, 404)' : '외 2개 (429, 404)');
      expect(card.footer).toContain('/http 502');
      expect(card.related.map((c) => c.code)).toEqual([502, 503, 504]);
    }
  });

  it('given an unregistered code then it is explained as its class x00', () => {
    const card = buildExplainCard({ codes: [512], classes: [] }, 'en', core)!;
    expect(card.description).toBe('512 — unregistered, treated as 500 Internal Server Error by clients.');
    const ko = buildExplainCard({ codes: [512], classes: [] }, 'ko', core)!;
    expect(ko.description).toContain('등록되지 않은 코드');
    expect(ko.description).toContain('500');
  });

  it('given only class mentions then one line per class and a pointer to the class card', () => {
    const card = buildExplainCard({ codes: [], classes: ['5xx', '4xx'] }, 'en', core)!;
    const lines = card.description!.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^5xx /);
    expect(lines[1]).toMatch(/^4xx /);
    expect(card.footer).toBe('Full card: /http 5xx · /http 4xx');
  });

  it('given codes and classes then the classes are left out (the codes say more)', () => {
    const card = buildExplainCard({ codes: [404], classes: ['5xx'] }, 'en', core)!;
    expect(card.description!.split('\n')).toHaveLength(1);
    expect(card.description).toMatch(/^404 Not Found/);
  });

  it('given every known code in both locales then the card stays compact', () => {
    for (const entry of core.entries) {
      for (const locale of ['ko', 'en'] as const) {
        const card = buildExplainCard({ codes: [entry.code], classes: [] }, locale, core)!;
        expect(card.description!.length).toBeLessThanOrEqual(600);
        expect(card.title.length).toBeLessThanOrEqual(150);
      }
    }
  });
});
