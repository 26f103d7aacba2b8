import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompare } from '../../../src/core/query/parseCompare.js';
import { parseQuery } from '../../../src/core/query/parseQuery.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';

describe('parseCompare', () => {
  it.each([
    ['502 vs 504', ['502', '504']],
    ['502 vs. 504', ['502', '504']],
    ['502vs504', ['502', '504']],
    ['401 403', ['401', '403']],
    ['301 308 차이', ['301', '308']],
    ['301 308 차이점', ['301', '308']],
    ['502와 504', ['502', '504']],
    ['301이랑 308 차이', ['301', '308']],
    ['413 414 431', ['413', '414', '431']],
    ['413/414/431', ['413', '414', '431']],
    ['compare 500 503', ['500', '503']],
    ['difference between 302 and 303', ['302', '303']],
    ['비교 200 204', ['200', '204']],
    ['500, 503', ['500', '503']],
    ['502 vs 5044', ['502', '5044']],
  ])('given %j then it compares %j', (text, values) => {
    expect(parseCompare(text)).toEqual(values);
  });

  it.each([
    '503',
    '503 service unavailable',
    '100 second timeout',
    'upstream 502 504',
    '502 1234',
    '1 2',
    '502 - 504',
    '5xx vs 4xx',
    '',
  ])('given %j then it is not a comparison', (text) => {
    expect(parseCompare(text)).toBeUndefined();
  });

  it('given the same code twice then one value, so the query stays that code', () => {
    expect(parseCompare('404 404')).toEqual(['404']);
    expect(parseQuery('404 vs 404').intent).toEqual({ kind: 'number', value: '404' });
  });

  it('given any two or three distinct codes joined by any connectors then exactly those codes in order', () => {
    const code = fc.integer({ min: 100, max: 599 }).map(String);
    const joiner = fc.constantFrom(
      ' ',
      ' vs ',
      'vs',
      ' vs. ',
      ', ',
      '/',
      ' 와 ',
      '와 ',
      ' or ',
      ' and ',
      ' 대 ',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 2, maxLength: 3 }),
        fc.array(joiner, { minLength: 2, maxLength: 2 }),
        fc.constantFrom('', ' 차이', ' 비교', ' difference'),
        (codes, joiners, tail) => {
          const text = codes.map((c, i) => (i === 0 ? c : `${joiners[i - 1]}${c}`)).join('') + tail;
          expect(parseCompare(text)).toEqual(codes);
        },
      ),
    );
  });

  it('given any text then undefined or two or more distinct digit strings of at most 20 digits', () => {
    fc.assert(
      fc.property(anyQuery, (text) => {
        const values = parseCompare(text.toLowerCase());
        if (values === undefined) return;
        expect(values.length).toBeGreaterThanOrEqual(1);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(value).toMatch(/^\d{1,20}$/);
      }),
    );
  });

  it('given a word that is no connector anywhere then it is never a comparison', () => {
    fc.assert(
      fc.property(fc.constantFrom('gateway', 'timeout', 'error', '에러', 'nginx'), fc.nat(2), (word, at) => {
        const parts = ['502', '504'];
        parts.splice(at, 0, word);
        expect(parseCompare(parts.join(' '))).toBeUndefined();
      }),
    );
  });
});

describe('parseQuery: header and compare intents', () => {
  it.each([
    ['header retry-after', 'retry-after'],
    ['/http header retry-after', 'retry-after'],
    ['헤더 retry-after', 'retry-after'],
    ['Header WWW-Authenticate', 'www-authenticate'],
    ['headers', ''],
    ['header', ''],
  ])('given %j then a header intent for %j', (query, name) => {
    expect(parseQuery(query).intent).toMatchObject({ kind: 'header', name });
  });

  it('given a header query with a locale word then the locale is taken and the name kept', () => {
    expect(parseQuery('header retry-after en')).toMatchObject({
      intent: { kind: 'header', name: 'retry-after' },
      locale: 'en',
    });
  });

  it.each([
    ['502 vs 504', ['502', '504']],
    ['/http 401 403', ['401', '403']],
    ['HTTP 500 503', ['500', '503']],
    ['301 308 차이 en', ['301', '308']],
  ])('given %j then a compare intent for %j', (query, values) => {
    expect(parseQuery(query).intent).toEqual({ kind: 'compare', values });
  });

  it.each([
    ['503 en', { kind: 'number', value: '503' }],
    ['503 service unavailable', { kind: 'text', leadingCode: '503' }],
    ['100 second timeout', { kind: 'text', leadingCode: '100' }],
  ])('given %j then it keeps its old meaning', (query, intent) => {
    expect(parseQuery(query).intent).toMatchObject(intent);
  });
});
