import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createStatusCore } from '../../src/core/createStatusCore.js';
import type { StatusEntry } from '../../src/core/dataset/schema.js';
import { normalizeText } from '../../src/core/query/normalizeText.js';
import { anyQuery } from '../fixtures/queries/anyQuery.js';
import { cardLimitProblems } from '../fixtures/queries/cardLimits.js';
import { entriesWithNames, shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());
const ko = { defaultLocale: 'ko' } as const;
const en = { defaultLocale: 'en' } as const;

function namesOf(entry: StatusEntry): string[] {
  return [
    entry.name,
    entry.en.name,
    entry.ko.name,
    ...entry.aliases.en,
    ...entry.aliases.ko,
    ...(entry.formerNames ?? []).map((f) => f.name),
  ];
}

function codesOf(answer: Answer): number[] {
  const r = answer.result;
  if (r.type === 'code' || r.type === 'random') return [r.entry.code];
  if (r.type === 'ambiguous') return r.candidates.map((e) => e.code);
  if (r.type === 'notFound') return r.suggestions.map((e) => e.code);
  return [];
}

describe('answer: numbers', () => {
  it.each(['503', ' 503 ', 'HTTP 503', '503번', '/http 503', '503 en'])(
    'given %j then the answer is the 503 card, public',
    (query) => {
      const answer = core.answer(query, ko);
      expect(answer.result.type).toBe('code');
      expect(codesOf(answer)).toEqual([503]);
      expect(answer.card.kind).toBe('code');
      expect(answer.card.title.startsWith('503 Service Unavailable')).toBe(true);
      expect(answer.visibility).toBe('public');
    },
  );

  it.each([555, 299, 100 + 77])(
    'given the unregistered code %d then the class card with the x00 note',
    (code) => {
      const answer = core.answer(String(code), en);
      expect(answer.result).toEqual({ type: 'unregistered', code, statusClass: Math.floor(code / 100) });
      expect(answer.card.kind).toBe('class');
      expect(answer.card.title).toContain(String(code));
      expect(answer.card.description).toContain('RFC 9110');
      expect(answer.card.description).toContain(String(Math.floor(code / 100) * 100));
      expect(answer.visibility).toBe('public');
    },
  );

  it.each(['999', '42', '600', '0503', '1234567890123', '-1', '3.5'])(
    'given %j then a friendly invalid-number answer, private',
    (query) => {
      const answer = core.answer(query, ko);
      expect(answer.result.type).toBe('invalidNumber');
      expect(answer.card.kind).toBe('error');
      expect(answer.card.summary).toContain(query.trim());
      expect(answer.visibility).toBe('private');
    },
  );
});

describe('answer: keywords', () => {
  it.each([
    ['5xx', 'class', 'public'],
    ['4XX', 'class', 'public'],
    ['help', 'help', 'private'],
    ['도움말', 'help', 'private'],
    ['', 'help', 'private'],
    ['list', 'list', 'private'],
    ['목록', 'list', 'private'],
    ['random', 'random', 'public'],
    ['랜덤', 'random', 'public'],
  ])('given %j then a %s answer, %s', (query, type, visibility) => {
    const answer = core.answer(query, ko);
    expect(answer.result.type).toBe(type);
    expect(answer.visibility).toBe(visibility);
  });

  it('given 5xx then the class card lists every 5xx code in the dataset and nothing else', () => {
    const card = core.answer('5xx', en).card;
    const listed = card.fields.flatMap((f) => f.lines.map((line) => Number(line.slice(0, 3))));
    const expected = core.entries.filter((e) => e.class === 5).map((e) => e.code);
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  it('given list then every code in the dataset appears once', () => {
    const card = core.answer('list', en).card;
    const listed = card.fields.flatMap((f) => f.lines.map((line) => Number(line.slice(0, 3))));
    expect(listed).toEqual(core.entries.map((e) => e.code));
  });

  it('given random with an injected source then the pick follows it', () => {
    const first = core.answer('random', { ...en, random: () => 0 });
    const last = core.answer('random', { ...en, random: () => 0.999999 });
    expect(codesOf(first)).toEqual([core.entries[0]!.code]);
    expect(codesOf(last)).toEqual([core.entries.at(-1)!.code]);
  });

  it.each([Number.NaN, -5, 7, Number.POSITIVE_INFINITY])(
    'given a random source returning %d then the pick is still a dataset code',
    (value) => {
      const answer = core.answer('random', { ...en, random: () => value });
      expect(core.get(codesOf(answer)[0]!)).toBeDefined();
    },
  );
});

describe('answer: locale', () => {
  it('given no hint then the default locale answers', () => {
    expect(core.answer('503', ko).locale).toBe('ko');
    expect(core.answer('503', en).locale).toBe('en');
  });

  it('given a user locale then it wins over the default', () => {
    expect(core.answer('503', { defaultLocale: 'ko', userLocale: 'en' }).locale).toBe('en');
  });

  it('given a locale word in the query then it wins over the user locale', () => {
    expect(core.answer('503 ko', { defaultLocale: 'en', userLocale: 'en' }).locale).toBe('ko');
    expect(core.answer('en 503', { defaultLocale: 'ko', userLocale: 'ko' }).locale).toBe('en');
    expect(core.answer('503 ko', en).card.locale).toBe('ko');
  });
});

describe('answer: free text on the shipped dataset', () => {
  it.each([
    ['gatway timout', 504],
    ['gateway timeout', 504],
    ['too many', 429],
    ['too many requests', 429],
    ['not found', 404],
    ['Not Found', 404],
    ['servce unavailable', 503],
    ['internl server error', 500],
    ['bad requst', 400],
    ['forbiden', 403],
    ['unauthorized', 401],
    ['content too large', 413],
    ['conflict', 409],
  ])('given %j then the card of %d', (query, code) => {
    const answer = core.answer(query, en);
    expect(answer.result.type).toBe('code');
    expect(codesOf(answer)).toEqual([code]);
    expect(answer.visibility).toBe('public');
  });

  it.each([
    ['gateway', [502, 504]],
    ['moved', [301, 302]],
  ])('given %j then a short ranked list with %j, private', (query, codes) => {
    const answer = core.answer(query, en);
    expect(answer.result.type).toBe('ambiguous');
    expect(codesOf(answer)).toEqual(expect.arrayContaining(codes));
    expect(codesOf(answer).length).toBeLessThanOrEqual(5);
    expect(answer.card.choices.map((c) => c.code)).toEqual(codesOf(answer));
    expect(answer.visibility).toBe('private');
  });

  it('given nonsense then not found, private, the query echoed and capped', () => {
    const query = `zzqx${'q'.repeat(150)}`;
    const answer = core.answer(query, en);
    expect(answer.result.type).toBe('notFound');
    expect(answer.card.kind).toBe('notFound');
    expect(answer.card.title).toContain('zzqx');
    expect(answer.card.title.length).toBeLessThan(150);
    expect(answer.visibility).toBe('private');
  });

  it('given only an emoji then not found with the emoji echoed, not the help card', () => {
    const answer = core.answer('😀', ko);
    expect(answer.result).toEqual({ type: 'notFound', query: '😀', suggestions: [] });
    expect(answer.card.kind).toBe('notFound');
    expect(answer.card.title).toContain('😀');
    expect(answer.visibility).toBe('private');
  });

  it('given every name, alias and former name in the dataset then it finds its code (or an equally named registered one)', () => {
    for (const entry of core.entries) {
      for (const name of namesOf(entry)) {
        const answer = core.answer(name, en);
        const found = codesOf(answer);
        if (answer.result.type === 'code' && found[0] !== entry.code) {
          // Only another code carrying the very same name may take precedence (401 over AWS 561's
          // "Unauthorized"; 101's name over 426's alias "프로토콜 전환").
          const other = core.get(found[0]!)!;
          expect(namesOf(other).map(normalizeText), `${name} -> ${other.code}, not ${entry.code}`).toContain(
            normalizeText(name),
          );
        } else {
          expect(found, `${name} should find ${entry.code}`).toContain(entry.code);
        }
      }
    }
  });
});

describe('answer: free text with Korean names and aliases', () => {
  const named = createStatusCore(entriesWithNames());

  it.each([
    ['찾을 수 없음', 404],
    ['찾을수없음', 404],
    ['찾을 수 업음', 404],
    ['게이트웨이 타임아웃', 504],
    ['게이트웨이 시간 초과', 504],
    ['게이트웨이시간초과', 504],
    ['점검 중', 503],
    ['점검중', 503],
    ['서비스 이용불가', 503],
    ['teapot', 418],
    ['rate limit', 429],
    ['너무 많은', 429],
    ['payload too large', 413],
    ['내부 서버 에러', 500],
  ])('given %j then the card of %d', (query, code) => {
    const answer = named.answer(query, ko);
    expect(answer.result.type).toBe('code');
    expect(codesOf(answer)).toEqual([code]);
  });

  it('given 게이트웨이 then a list with 502 and 504', () => {
    const answer = named.answer('게이트웨이', ko);
    expect(answer.result.type).toBe('ambiguous');
    expect(codesOf(answer)).toEqual(expect.arrayContaining([502, 504]));
  });

  it('given a Korean name then the Korean title carries it after the English phrase', () => {
    const card = named.answer('503', ko).card;
    expect(card.title).toBe(`503 Service Unavailable · ${named.get(503)!.ko.name}`);
  });
});

describe('answer: any input', () => {
  it('given any string then an answer within bounds, never a throw', () => {
    fc.assert(
      fc.property(anyQuery, fc.constantFrom('ko', 'en'), (query, locale) => {
        const answer = core.answer(query, { defaultLocale: locale, random: () => 0.5 });
        expect(['ko', 'en']).toContain(answer.locale);
        expect(answer.card.locale).toBe(answer.locale);
        for (const code of codesOf(answer)) {
          expect(code).toBeGreaterThanOrEqual(100);
          expect(code).toBeLessThanOrEqual(599);
        }
        const r = answer.result;
        if (r.type === 'ambiguous') expect(r.candidates.length).toBeLessThanOrEqual(5);
        if (r.type === 'ambiguous') expect(r.candidates.length).toBeGreaterThanOrEqual(2);
        if (r.type === 'notFound') expect(r.suggestions.length).toBeLessThanOrEqual(3);
        if (r.type === 'unregistered') expect(core.get(r.code)).toBeUndefined();
        expect(cardLimitProblems(answer.card)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('given a 100,000-character paste then an answer all the same', () => {
    const answer = core.answer(`503 ${'x'.repeat(100_000)}`, en);
    expect(answer.result.type).toBe('code');
  });
});
