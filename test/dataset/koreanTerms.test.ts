/**
 * The Korean texts keep one term per concept and Korean punctuation. Each rule names the term the
 * dataset uses and the variants it must not drift back to. Aliases are search keys, not prose, so they
 * are left out: people type every variant.
 */
import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../src/core/dataset/schema.js';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();

interface KoreanText {
  code: number;
  field: string;
  text: string;
}

/** Every Korean text of an entry that a card shows, with where it sits. */
function koreanTexts(entry: StatusEntry): KoreanText[] {
  const ko = entry.ko;
  const at = (field: string, text: string): KoreanText => ({ code: entry.code, field, text });
  return [
    at('name', ko.name),
    at('summary', ko.summary),
    at('description', ko.description),
    ...ko.causes.map((text, i) => at(`causes[${i}]`, text)),
    ...ko.checks.map((text, i) => at(`checks[${i}]`, text)),
    ...ko.clientChecks.map((text, i) => at(`clientChecks[${i}]`, text)),
    ...(entry.otherMeanings ?? []).map((other, i) => at(`otherMeanings[${i}]`, other.ko)),
  ];
}

const all = entries.flatMap(koreanTexts);
const names = all.filter((t) => t.field === 'name');
const prose = all.filter((t) => t.field !== 'name');
const where = (t: KoreanText) => `${t.code} ${t.field}: ${t.text}`;

/** [the term the dataset uses, the variants it avoids, what the concept is]. */
const ONE_TERM: Array<[string, RegExp, string]> = [
  ['액세스 로그', /접근 로그/, 'access log'],
  ['웹소켓', /WebSocket(?!-)/, 'WebSocket (header names such as Sec-WebSocket-Accept stay as they are)'],
  ['리다이렉트', /리디렉션|리다이렉션/, 'redirect'],
  ['오류', /에러/, 'error'],
  ['명세', /스펙/, 'specification'],
  ['자격 증명', /인증 정보/, 'credentials'],
  ['오리진 서버', /원 서버|원본 서버/, 'origin server'],
  ['쿠버네티스', /Kubernetes/, 'Kubernetes'],
  ['멱등성 키', /멱등 키/, 'idempotency key'],
  ['멱등하지 않은', /멱등이 아닌|비멱등/, 'non-idempotent'],
  ['개발자 도구', /DevTools/, 'browser developer tools'],
  ['Chrome', /크롬/, 'the Chrome browser'],
  ['presigned URL', /사전 서명 URL|미리 서명된 URL/, 'presigned URL'],
  ['다운로드 관리자', /다운로드 매니저/, 'download manager'],
  ['대량 가져오기', /대량 임포트/, 'bulk import'],
  ['음성·영상', /음성과 영상|영상·음성|오디오|비디오/, 'audio and video'],
];

describe('Korean texts: one term per concept', () => {
  it.each(ONE_TERM)('given the concept then the texts say %s', (term, avoided, concept) => {
    expect(
      all.filter((t) => t.text.includes(term)),
      `${concept}: the chosen term is used somewhere`,
    ).not.toHaveLength(0);
    for (const t of all) expect(t.text, where(t)).not.toMatch(avoided);
  });

  it('given a timeout in a code name then it is 시간 초과, as Korean references name 408 and 504', () => {
    expect(names.filter((t) => t.text.includes('시간 초과')).map((t) => t.code)).toEqual(
      expect.arrayContaining([408, 504, 522, 524, 599]),
    );
    for (const t of names) expect(t.text, where(t)).not.toMatch(/타임아웃/);
  });

  it('given a timeout in the prose then it is 타임아웃, the word for a configured timeout', () => {
    for (const t of prose) expect(t.text, where(t)).not.toMatch(/시간 초과|시간초과/);
  });

  it('given a deprecated code then its texts say 사용 중단, keeping 폐기 for obsoleted codes and revoked credentials', () => {
    for (const entry of entries.filter((e) => e.status === 'deprecated')) {
      for (const t of koreanTexts(entry)) expect(t.text, where(t)).not.toMatch(/폐기/);
    }
    expect(entries.find((e) => e.code === 305)?.ko.summary).toMatch(/사용 중단/);
  });

  it('given 302 then its Korean name says what it means, as Korean references do', () => {
    expect(entries.find((e) => e.code === 302)?.ko.name).toBe('임시 이동');
  });
});

describe('Korean texts: punctuation', () => {
  /**
   * A colon that ends a Korean word or clause ("확인하세요: nginx ...", "중간 응답: 서버가 ...") or that
   * introduces a Korean clause ("WebDAV: 여러 ...") is English punctuation: Korean ends the sentence
   * instead. Header syntax ("Content-Length: 0"), quoted log lines and the abbreviation "(예: ...)" stay.
   */
  const colonAfterKorean = /[\uac00-\ud7a3][)'"』]?:(?=\s|$)/g;
  const colonBeforeKorean = /(?<!\(예):\s+[\uac00-\ud7a3]/;

  it('given any Korean text then no colon ends a Korean word, except the abbreviation (예: ...)', () => {
    for (const t of all) {
      for (const match of t.text.matchAll(colonAfterKorean)) {
        const before = t.text.slice(Math.max(0, (match.index ?? 0) - 1), (match.index ?? 0) + 2);
        expect(before, where(t)).toBe('(예:');
      }
    }
  });

  it('given any Korean text then no colon introduces a Korean clause', () => {
    for (const t of all) expect(t.text, where(t)).not.toMatch(colonBeforeKorean);
  });

  it('given the rule itself then it catches the colons it was written for and spares header syntax', () => {
    const flagged = (text: string) =>
      [...text.matchAll(colonAfterKorean)].some(
        (m) => text.slice(Math.max(0, (m.index ?? 0) - 1), (m.index ?? 0) + 2) !== '(예:',
      ) || colonBeforeKorean.test(text);
    expect(flagged('백엔드 상태를 확인하세요: ALB 타깃 그룹')).toBe(true);
    expect(flagged('WebDAV: 여러 리소스의 상태')).toBe(true);
    expect(flagged('HTTP/2 연결 병합(coalescing): 와일드카드')).toBe(true);
    expect(flagged('본문 없이 보내세요(Content-Length: 0).')).toBe(false);
    expect(flagged("If-None-Match: *로 '없을 때만 생성'")).toBe(false);
    expect(flagged('API가 지원하는 값(예: application/json)')).toBe(false);
    expect(flagged('기본값이 짧습니다(예: 유휴 타임아웃 60초)')).toBe(false);
  });
});
