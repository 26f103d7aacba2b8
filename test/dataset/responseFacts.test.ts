/**
 * The retry, cache and SLO facts of every code, pinned against their sources (see
 * src/core/dataset/factCategories.ts), and the schema rules that keep them consistent with the class.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/dataset/validateDataset.js';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();
const byCode = new Map(entries.map((e) => [e.code, e]));
const fact = (code: number) => {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`${code} missing`);
  return entry;
};

/** RFC 9110 §15.1: the codes defined as heuristically cacheable. */
const HEURISTICALLY_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

describe('cache facts', () => {
  it('given RFC 9110 §15.1 then exactly its twelve codes are heuristically cacheable', () => {
    const heuristic = entries.filter((e) => e.cache === 'heuristic').map((e) => e.code);
    expect(heuristic.sort((a, b) => a - b)).toEqual(HEURISTICALLY_CACHEABLE);
  });

  it.each([404, 410, 301, 308, 501])('given %d then it is cacheable by default', (code) => {
    expect(fact(code).cache).toBe('heuristic');
  });

  it.each([302, 307, 500, 502, 503, 429, 201])(
    'given %d then it is stored only with explicit freshness',
    (code) => {
      expect(fact(code).cache).toBe('explicitOnly');
    },
  );

  it('given 304 then it only refreshes a stored response (RFC 9111 §4.3.4)', () => {
    expect(fact(304).cache).toBe('validation');
  });

  it('given the 1xx codes then none is ever stored (only final responses are, RFC 9111 §3)', () => {
    for (const entry of entries.filter((e) => e.class === 1)) expect(entry.cache).toBe('notStored');
  });
});

describe('retry facts', () => {
  it.each([
    [503, 'afterDelay', 'Retry-After with 503 (RFC 9110 §15.6.4)'],
    [429, 'afterDelay', 'Retry-After with 429 (RFC 6585 §4)'],
    [502, 'idempotentOnly', 'the upstream may have acted'],
    [504, 'idempotentOnly', 'the upstream may still be working'],
    [500, 'idempotentOnly', 'the server may have acted'],
    [499, 'idempotentOnly', 'the client gave up, the upstream may have finished'],
    [408, 'safeToRetry', 'RFC 9110 §15.5.9: may repeat on a new connection'],
    [421, 'safeToRetry', 'RFC 9110 §15.5.20: may retry over a different connection'],
    [425, 'safeToRetry', 'RFC 8470 §5.2: may retry after the handshake'],
    [400, 'afterFix', 'a malformed request stays malformed'],
    [401, 'afterFix', 'needs (new) credentials'],
    [403, 'afterFix', 'RFC 9110 §15.5.4: not with the same credentials'],
    [412, 'afterFix', 'needs a fresh validator'],
    [410, 'never', 'gone for good'],
    [501, 'never', 'the server lacks the feature'],
    [301, 'followRedirect', 'go to Location'],
    [304, 'notNeeded', 'the cached copy is current'],
    [200, 'notNeeded', 'it worked'],
  ])('given %d then retry is %s (%s)', (code, retry) => {
    expect(fact(code).retry).toBe(retry);
  });
});

describe('SLO facts', () => {
  it('given 499 then it is not a server error: nginx logs it when the client hung up, no response was sent', () => {
    expect(fact(499).slo).toBe('clientClosed');
    expect(fact(460).slo).toBe('clientClosed');
  });

  it('given 429 then it is counted only when the service sheds load, not for a client over its quota', () => {
    expect(fact(429).slo).toBe('throttled');
  });

  it('given every 5xx code then it counts as a server error', () => {
    for (const entry of entries.filter((e) => e.class === 5))
      expect(entry.slo, `${entry.code}`).toBe('serverError');
  });

  it('given every other 4xx code then it is a client error', () => {
    for (const entry of entries.filter((e) => e.class === 4 && ![429, 460, 499].includes(e.code)))
      expect(entry.slo, `${entry.code}`).toBe('clientError');
  });
});

describe('fact validation', () => {
  const copy = () => structuredClone(entries) as unknown as Array<Record<string, unknown>>;
  const indexOf = (code: number) => entries.findIndex((e) => e.code === code);

  it('given an entry without retry then the error names the entry and the field', () => {
    const data = copy();
    delete data[indexOf(503)]!.retry;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([expect.stringMatching(/^entry 503 \(index \d+\): retry: /)]);
  });

  it('given an unknown category then it is rejected', () => {
    const data = copy();
    data[indexOf(404)]!.cache = 'sometimes';
    expect(validateDataset(data).ok).toBe(false);
  });

  it.each([
    [404, 'slo', 'serverError', /only 5xx/],
    [200, 'slo', 'clientError', /success/],
    [100, 'retry', 'afterFix', /interim/],
    [503, 'retry', 'interim', /interim/],
    [204, 'cache', 'notStored', /notStored/],
  ])('given %d with %s %s then the class rule rejects it', (code, field, value, message) => {
    const data = copy();
    data[indexOf(code)]![field] = value;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});
