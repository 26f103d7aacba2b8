import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parseQuery.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';

describe('parseQuery', () => {
  it.each([
    ['503', '503'],
    [' 503 ', '503'],
    ['HTTP 503', '503'],
    ['http503', '503'],
    ['503번', '503'],
    ['/http 503', '503'],
    ['５０３', '503'],
    ['999', '999'],
    ['-1', '-1'],
  ])('given %j then it is the number %s', (query, value) => {
    expect(parseQuery(query).intent).toEqual({ kind: 'number', value });
  });

  it.each([
    ['5xx', 5],
    ['5XX', 5],
    ['5**', 5],
    ['5xx번대', 5],
    ['500번대', 5],
    ['4xx', 4],
    ['1xx', 1],
  ])('given %j then it is the class %d', (query, statusClass) => {
    expect(parseQuery(query).intent).toEqual({ kind: 'class', statusClass });
  });

  it.each([
    ['random', 'random'],
    ['랜덤', 'random'],
    ['RANDOM', 'random'],
    ['help', 'help'],
    ['도움말', 'help'],
    ['', 'help'],
    ['   ', 'help'],
    ['/http', 'help'],
    ['list', 'list'],
    ['all', 'list'],
    ['목록', 'list'],
  ])('given %j then the intent is %s', (query, kind) => {
    expect(parseQuery(query).intent.kind).toBe(kind);
  });

  it.each([
    ['503 en', 'en', '503'],
    ['503 ko', 'ko', '503'],
    ['ko 503', 'ko', '503'],
    ['en 503', 'en', '503'],
    ['/http 503 en', 'en', '503'],
    ['HTTP 503 ko', 'ko', '503'],
  ])('given %j then the locale is %s and the number %s', (query, locale, value) => {
    expect(parseQuery(query)).toEqual({ intent: { kind: 'number', value }, locale });
  });

  it.each([
    ['😀', '😀'],
    ['!!!', '!!!'],
    // Echoed as typed: NFKC ("…" -> "...") is for matching only, never for display.
    ['…', '…'],
  ])('given only symbols %j then it is a search for nothing (echoing %j), not help', (query, original) => {
    expect(parseQuery(query).intent).toEqual({ kind: 'text', text: '', original });
  });

  it('given a locale word with free text then the text keeps the rest', () => {
    expect(parseQuery('gateway timeout en')).toMatchObject({
      intent: { kind: 'text', text: 'gateway timeout' },
      locale: 'en',
    });
  });

  it('given no locale word then no locale is set', () => {
    expect(parseQuery('503').locale).toBeUndefined();
  });

  it.each([
    ['gatway timout', 'gatway timout'],
    ['게이트웨이', '게이트웨이'],
    ['Too   Many!', 'too many'],
    ['찾을 수 없음', '찾을 수 없음'],
    ['Bad-Gateway', 'bad gateway'],
  ])('given free text %j then it is normalised to %j', (query, text) => {
    expect(parseQuery(query).intent).toMatchObject({ kind: 'text', text });
  });

  it.each([
    ['HTTP/1.1 404 Not Found', '404'],
    ['503 Service Unavailable', '503'],
    ['502번 에러', '502'],
  ])('given %j, text after a code, then the code is kept as the leading code', (query, code) => {
    expect(parseQuery(query).intent).toMatchObject({ kind: 'text', leadingCode: code });
  });

  it('given HTTP as part of a name then it is not stripped', () => {
    expect(parseQuery('HTTP Request Sent to HTTPS Port').intent).toMatchObject({
      text: 'http request sent to https port',
    });
  });

  it('given a very long query then only the first 200 characters are read', () => {
    const parsed = parseQuery(`${'a'.repeat(500)} teapot`);
    expect(parsed.intent.kind).toBe('text');
    if (parsed.intent.kind === 'text') expect(parsed.intent.text.length).toBeLessThanOrEqual(200);
  });

  it('given any string then parsing does not throw and the result is well formed', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const parsed = parseQuery(query);
        expect(['number', 'class', 'random', 'help', 'list', 'text', 'header', 'compare']).toContain(
          parsed.intent.kind,
        );
        if (parsed.intent.kind === 'compare') expect(parsed.intent.values.length).toBeGreaterThan(1);
        if (parsed.locale !== undefined) expect(['ko', 'en']).toContain(parsed.locale);
        if (parsed.intent.kind === 'class') expect([1, 2, 3, 4, 5]).toContain(parsed.intent.statusClass);
        if (parsed.intent.kind === 'text') {
          // Empty search text only for a query of symbols: something was asked, and is echoed back.
          if (parsed.intent.text === '') expect(parsed.intent.original.length).toBeGreaterThan(0);
          expect(parsed.intent.text.length).toBeLessThanOrEqual(200);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('given a code with arbitrary spacing, prefix and locale then the code survives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.constantFrom('', 'http ', 'HTTP ', '/http '),
        fc.constantFrom('', ' en', ' ko', '번'),
        fc.nat({ max: 3 }),
        (code, prefix, suffix, pad) => {
          const parsed = parseQuery(`${' '.repeat(pad)}${prefix}${code}${suffix}${' '.repeat(pad)}`);
          expect(parsed.intent).toEqual({ kind: 'number', value: String(code) });
        },
      ),
    );
  });
});
