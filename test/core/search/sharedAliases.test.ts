import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { normalizeText } from '../../../src/core/query/normalizeText.js';
import { codesOf, namesOf } from '../../fixtures/queries/answerCodes.js';
import { cardLimitProblems } from '../../fixtures/queries/cardLimits.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();
const core = createStatusCore(entries);

/**
 * Every alias (normalised) that more than one code carries as an alias or reason phrase, with those
 * codes. Each was decided on: shared where picking between them is the right answer ("redirect", "timeout",
 * "ssl certificate error"), removed where it misled (nginx's "Request Header Or Cookie Too Large" from
 * 400, 101's reason phrase "프로토콜 전환" from 426). A new shared alias makes the first test fail, so it
 * gets decided on too.
 */
const SHARED_ALIASES: Record<string, number[]> = {
  'expect 100 continue': [100, 417],
  'websocket upgrade': [101, 426],
  'protocol upgrade': [101, 426],
  '웹소켓 업그레이드': [101, 426],
  '프로토콜 업그레이드': [101, 426],
  'empty response': [204, 444],
  '빈 응답': [204, 444],
  'byte range': [206, 416],
  unused: [306, 418],
  redirect: [301, 302, 303, 307, 308],
  리다이렉트: [301, 302, 303, 307, 308],
  리디렉션: [301, 302, 303, 307, 308],
  'validation error': [400, 422],
  '검증 오류': [400, 422],
  'invalid token': [401, 498],
  'token expired': [401, 498],
  'expired token': [401, 498],
  '토큰 만료': [401, 498],
  'not authorized': [401, 403],
  '권한 없음': [401, 403],
  'method not supported': [405, 501],
  'unsupported method': [405, 501],
  '지원하지 않는 메서드': [405, 501],
  timeout: [408, 499, 504, 522, 524],
  타임아웃: [408, 499, 504, 522, 524],
  '시간 초과': [408, 499, 504, 522, 524],
  'client timeout': [408, 460, 499],
  '클라이언트 타임아웃': [408, 460, 499],
  'optimistic locking': [409, 412],
  '낙관적 잠금': [409, 412],
  'quota exceeded': [429, 507],
  '할당량 초과': [429, 507],
  'cookie too large': [431, 494],
  '쿠키가 너무 큼': [431, 494],
  '요청 헤더 초과': [431, 494],
  '헤더 크기 초과': [431, 494],
  'client closed connection': [460, 499],
  'client disconnected': [460, 499],
  'ssl certificate error': [495, 496, 525, 526],
  'ssl 인증서 오류': [495, 496, 525, 526],
  'certificate error': [495, 496, 525, 526],
  '인증서 오류': [495, 496, 525, 526],
  '연결 시간 초과': [522, 599],
  '연결 타임아웃': [522, 599],
  'connection timeout': [522, 599],
  'origin timeout': [522, 524],
  '오리진 타임아웃': [522, 524],
};

function byNumber(codes: number[]): number[] {
  return [...codes].sort((a, b) => a - b);
}

/** Reason phrases and aliases by normalised text -> the codes that carry them. */
function namesByText(): Map<string, Set<number>> {
  const byText = new Map<string, Set<number>>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const text = normalizeText(name);
      const codes = byText.get(text) ?? new Set<number>();
      codes.add(entry.code);
      byText.set(text, codes);
    }
  }
  return byText;
}

describe('aliases shared between codes', () => {
  it('given the dataset then the names shared between codes, one of them an alias, are exactly the decided ones', () => {
    const aliases = new Set(entries.flatMap((e) => [...e.aliases.en, ...e.aliases.ko].map(normalizeText)));
    const shared = [...namesByText()]
      .filter(([text, codes]) => codes.size > 1 && aliases.has(text))
      .map(([text, codes]) => [text, byNumber([...codes])] as const);
    expect(Object.fromEntries(shared)).toEqual(SHARED_ALIASES);
  });

  it.each(Object.entries(SHARED_ALIASES))(
    'given the shared alias %j then a choice between exactly %j, within every platform limit',
    (query, codes) => {
      for (const defaultLocale of ['ko', 'en'] as const) {
        const answer = core.answer(query, { defaultLocale });
        expect(answer.result.type).toBe('ambiguous');
        expect(byNumber(codesOf(answer))).toEqual(codes);
        expect(answer.card.kind).toBe('ambiguous');
        expect(answer.card.choices.map((c) => c.code)).toEqual(codesOf(answer));
        expect(answer.visibility).toBe('private');
        expect(cardLimitProblems(answer.card)).toEqual([]);
      }
    },
  );

  it('given any name or alias shared by several codes then a choice, unless it is the reason phrase of exactly one registered code', () => {
    for (const [text, codes] of namesByText()) {
      if (codes.size < 2) continue;
      const answer = core.answer(text, { defaultLocale: 'en' });
      const registeredNamers = [...codes].filter((code) => {
        const entry = core.get(code)!;
        const phrases = [
          entry.name,
          entry.en.name,
          entry.ko.name,
          ...(entry.formerNames ?? []).map((f) => f.name),
        ];
        return entry.status !== 'unofficial' && phrases.some((p) => normalizeText(p) === text);
      });
      if (registeredNamers.length === 1) expect(codesOf(answer), text).toEqual(registeredNamers);
      else expect(byNumber(codesOf(answer)), text).toEqual(byNumber([...codes]));
    }
  });
});

describe('queries that deserve a choice', () => {
  it.each([
    ['redirect', [301, 302, 303, 307, 308]],
    ['Redirect', [301, 302, 303, 307, 308]],
    ['리다이렉트', [301, 302, 303, 307, 308]],
    ['리디렉션', [301, 302, 303, 307, 308]],
    ['timeout', [408, 499, 504, 522, 524]],
    ['time out', [408, 499, 504, 522, 524]],
    ['타임아웃', [408, 499, 504, 522, 524]],
    ['시간 초과', [408, 499, 504, 522, 524]],
    ['권한 없음', [401, 403]],
    ['not authorized', [401, 403]],
    ['ssl certificate error', [495, 496, 525, 526]],
    ['SSL Certificate Error', [495, 496, 525, 526]],
    ['SSL 인증서 오류', [495, 496, 525, 526]],
    ['인증서 오류', [495, 496, 525, 526]],
  ])('given %j then the ambiguous card with %j to pick from', (query, codes) => {
    for (const defaultLocale of ['ko', 'en'] as const) {
      const answer = core.answer(query, { defaultLocale });
      expect(answer.result).toMatchObject({ type: 'ambiguous', query });
      expect(byNumber(codesOf(answer))).toEqual(codes);
      expect(answer.card.title).toContain(query);
    }
  });

  it('given a choice between registered and unofficial codes then the registered ones come first', () => {
    expect(codesOf(core.answer('timeout', { defaultLocale: 'en' }))).toEqual([408, 504, 499, 522, 524]);
  });

  it.each([
    ['Request Header Or Cookie Too Large', 494],
    ['The plain HTTP request was sent to HTTPS port', 497],
    ['plain http request sent to https port', 497],
    ['No required SSL certificate was sent', 496],
    ['The SSL certificate error', 495],
  ])("given nginx's error page text %j then the card of %d", (query, code) => {
    for (const defaultLocale of ['ko', 'en'] as const) {
      const answer = core.answer(query, { defaultLocale });
      expect(answer.result.type).toBe('code');
      expect(codesOf(answer)).toEqual([code]);
    }
  });

  it.each([
    ['unauthorized', 401],
    ['인증되지 않음', 401],
    ['프로토콜 전환', 101],
    ['gateway timeout', 504],
    ['게이트웨이 타임아웃', 504],
  ])(
    'given %j, the reason phrase of one registered code, then that card even where others share it',
    (query, code) => {
      expect(codesOf(core.answer(query, { defaultLocale: 'ko' }))).toEqual([code]);
    },
  );
});
