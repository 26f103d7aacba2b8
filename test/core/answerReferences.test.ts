/**
 * How queries reach header and compare cards, and that the multi-code and header-like queries which
 * meant something else before keep their meaning.
 */
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../src/core/createStatusCore.js';
import { shippedEntries, shippedReferences } from '../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries(), shippedReferences());
const ko = { defaultLocale: 'ko' } as const;
const en = { defaultLocale: 'en' } as const;

function headerOf(query: string): string | undefined {
  const result = core.answer(query, en).result;
  return result.type === 'header' ? result.header.name : undefined;
}

describe('answer: header cards', () => {
  it.each([
    ['header retry-after', 'Retry-After'],
    ['/http header Retry-After', 'Retry-After'],
    ['헤더 retry-after', 'Retry-After'],
    ['header retry_after', 'Retry-After'],
    ['header retryafter', 'Retry-After'],
    ['header www', 'WWW-Authenticate'],
    ['www-authenticate', 'WWW-Authenticate'],
    ['retry-after', 'Retry-After'],
    ['retry-after header', 'Retry-After'],
    ['재시도 헤더', 'Retry-After'],
    ['헤더 재시도 헤더', 'Retry-After'],
    ['cf-ray', 'CF-Ray'],
    ['x-amzn-requestid', 'x-amzn-RequestId'],
    ['x-amz-cf-id', 'x-amz-cf-id'],
    ['x-request-id', 'X-Request-ID'],
    ['header x-ratelimit-remaining', 'X-RateLimit-*'],
    ['ratelimit-policy', 'RateLimit-Policy'],
    ['etag', 'ETag'],
    ['age', 'Age'],
    ['hsts', 'Strict-Transport-Security'],
  ])('given %j then the %s header card, public', (query, name) => {
    expect(headerOf(query)).toBe(name);
    const answer = core.answer(query, en);
    expect(answer.card.kind).toBe('header');
    expect(answer.card.title.startsWith(name)).toBe(true);
    expect(answer.visibility).toBe('public');
  });

  it('given retry-after, which used to answer "did you mean 303 See Other", then the header card', () => {
    expect(core.answer('/http retry-after', ko).card.title).toBe('Retry-After · 재시도 시점');
  });

  it('given a misspelt header name after "header" then "no such header" suggesting the right one, private', () => {
    const answer = core.answer('header retry-afer', en);
    expect(answer.result).toMatchObject({ type: 'headerNotFound', query: 'retry-afer' });
    expect(answer.card.kind).toBe('notFound');
    expect(answer.card.title).toContain('retry-afer');
    expect(answer.card.headers.map((h) => h.name)).toEqual(['Retry-After']);
    expect(answer.visibility).toBe('private');
  });

  it('given an unknown header with nothing close then "no such header" without suggestions', () => {
    const answer = core.answer('header zzqx', ko);
    expect(answer.result).toEqual({ type: 'headerNotFound', query: 'zzqx', suggestions: [] });
    expect(answer.card.headers).toEqual([]);
  });

  it('given "header" alone then the list of header cards, each name once', () => {
    const answer = core.answer('header', en);
    expect(answer.result.type).toBe('headerList');
    const listed = answer.card.fields.flatMap((f) => f.lines.flatMap((l) => l.split(', ')));
    expect([...listed].sort()).toEqual(core.headers.map((h) => h.name).sort());
    expect(answer.visibility).toBe('private');
  });

  it.each([
    ['accept header', 406],
    ['expect header', 417],
    ['headers too large', 431],
    ['request header', 431],
    ['rate limit', 429],
  ])(
    'given %j, a code alias or a code search, then the code still answers (%d), not a header',
    (query, code) => {
      const result = core.answer(query, en).result;
      expect(result.type === 'code' ? result.entry.code : result.type).toBe(code);
    },
  );

  it('given headerCard by any spelling of a name then the same frozen card; unknown names give undefined', () => {
    const card = core.headerCard('Retry-After', 'ko')!;
    expect(card.kind).toBe('header');
    expect(core.headerCard('retry-after', 'ko')).toBe(card);
    expect(Object.isFrozen(card)).toBe(true);
    expect(core.headerCard('X-RateLimit-Reset', 'en')?.title).toMatch(/^X-RateLimit-\*/);
    expect(core.headerCard('nope', 'en')).toBeUndefined();
    expect(core.headerCard(undefined as unknown as string, 'en')).toBeUndefined();
  });
});

describe('answer: compare cards', () => {
  it.each([
    ['502 vs 504', [502, 504]],
    ['/http 401 403', [401, 403]],
    ['301 308 차이', [301, 308]],
    ['413 414 431', [413, 414, 431]],
    ['403 vs 401', [403, 401]],
  ])('given %j then the hand-written comparison of %j, in the order asked, public', (query, codes) => {
    const answer = core.answer(query, ko);
    expect(answer.result.type).toBe('compare');
    if (answer.result.type !== 'compare') return;
    expect(answer.result.entries.map((e) => e.code)).toEqual(codes);
    expect(answer.result.comparison).toBeDefined();
    expect(answer.card.kind).toBe('compare');
    expect(answer.card.fields.map((f) => f.label.slice(0, 3))).toEqual(codes.map(String));
    expect(answer.card.related.map((c) => c.code)).toEqual(codes);
    expect(answer.visibility).toBe('public');
  });

  it('given 403 vs 401 then each column still holds its own code texts', () => {
    const card = core.answer('403 vs 401', en).card;
    expect(card.fields[0]!.lines.join(' ')).toMatch(/permission check/);
    expect(card.fields[1]!.lines.join(' ')).toMatch(/WWW-Authenticate/);
  });

  it('given 500 503 then a comparison: two bare codes compare, as 401 403 does', () => {
    expect(core.answer('500 503', en).result.type).toBe('compare');
  });

  it('given a pair nobody wrote then a side-by-side generated from the code cards', () => {
    const answer = core.answer('500 vs 404', en);
    expect(answer.result).toMatchObject({ type: 'compare' });
    if (answer.result.type !== 'compare') return;
    expect(answer.result.comparison).toBeUndefined();
    expect(answer.card.summary).toBe('500: a failure on the server side · 404: a problem with the request');
    expect(answer.card.fields[0]!.lines[0]).toBe(`Means: ${core.get(500)!.en.summary}`);
  });

  it('given two codes of one class nobody compared then the summary says they share it', () => {
    expect(core.answer('500 501', en).card.summary).toMatch(/^Both are 5xx Server Error codes/);
  });

  it('given a code the dataset does not have then a clear answer naming it, the known code still openable', () => {
    const answer = core.answer('502 vs 999', en);
    expect(answer.result).toMatchObject({ type: 'compareRefused', reason: 'unknownCode', unknown: ['999'] });
    expect(answer.card.title).toContain('999');
    expect(answer.card.choices.map((c) => c.code)).toEqual([502]);
    expect(answer.visibility).toBe('private');
  });

  it('given an unregistered number in 100-599 then it is named as unknown too', () => {
    expect(core.answer('555 vs 503', ko).card.title).toContain('555');
  });

  it('given four codes then "three at most", listing what was asked and offering each code', () => {
    const answer = core.answer('500 501 502 503', en);
    expect(answer.result).toMatchObject({ type: 'compareRefused', reason: 'tooMany' });
    expect(answer.card.summary).toContain('500, 501, 502, 503');
    expect(answer.card.choices.map((c) => c.code)).toEqual([500, 501, 502, 503]);
  });

  it.each([
    ['503 en', 503],
    ['503 service unavailable', 503],
    ['404 404', 404],
    ['HTTP/1.1 503', 503],
  ])('given %j then still the code card of %d', (query, code) => {
    const result = core.answer(query, en).result;
    expect(result.type === 'code' ? result.entry.code : result.type).toBe(code);
  });

  it('given "120 second timeout" then still Cloudflare 524 by its alias', () => {
    const result = core.answer('120 second timeout', en).result;
    expect(result.type === 'code' ? result.entry.code : result.type).toBe(524);
  });
});

describe('a core built without header and comparison data', () => {
  const bare = createStatusCore(shippedEntries());

  it('given a header query then "no such header", and a compare is generated', () => {
    expect(bare.answer('header retry-after', en).result.type).toBe('headerNotFound');
    expect(bare.headers).toEqual([]);
    const compare = bare.answer('401 403', en).result;
    expect(compare.type === 'compare' && compare.comparison).toBeUndefined();
  });
});

describe('help card examples', () => {
  it.each(['ko', 'en'] as const)(
    'given the %s help card then every example query answers, none with a miss',
    (locale) => {
      const examples = core.answer('help', { defaultLocale: locale }).card.fields[0]!.lines;
      expect(examples.join('\n')).toContain('/http header retry-after');
      expect(examples.join('\n')).toContain('/http 502 vs 504');
      for (const line of examples) {
        const query = line.split(' — ')[0]!;
        const type = core.answer(query, { defaultLocale: locale }).result.type;
        expect(['notFound', 'headerNotFound', 'invalidNumber', 'compareRefused'], query).not.toContain(type);
      }
    },
  );

  it('given the Korean help example "/http 헤더 재시도" then the Retry-After card', () => {
    expect(headerOf('/http 헤더 재시도')).toBe('Retry-After');
  });
});
