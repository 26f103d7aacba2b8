import { describe, expect, it } from 'vitest';
import { isConnectionError } from '../../src/store/postgres/isConnectionError.js';
import { retryOnConnectionError } from '../../src/store/postgres/retryOnConnectionError.js';

function codedError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('retryOnConnectionError', () => {
  it('given a connection reset on the first attempt then the operation is retried and its result returned', async () => {
    let calls = 0;
    const result = await retryOnConnectionError(
      async () => {
        calls++;
        if (calls === 1) throw codedError('read ECONNRESET', 'ECONNRESET');
        return 'ok';
      },
      'test',
      undefined,
      { retries: 2, baseDelayMs: 1 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(2);
  });

  it('given a query error (not a connection error) then it is thrown at once', async () => {
    let calls = 0;
    const error = await retryOnConnectionError(
      async () => {
        calls++;
        throw codedError('duplicate key value violates unique constraint', '23505');
      },
      'test',
      undefined,
      { retries: 2, baseDelayMs: 1 },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain('duplicate key');
    expect(calls).toBe(1);
  });

  it('given the connection keeps failing then it gives up after the configured retries', async () => {
    let calls = 0;
    const error = await retryOnConnectionError(
      async () => {
        calls++;
        throw new Error('Connection terminated unexpectedly');
      },
      'test',
      undefined,
      { retries: 2, baseDelayMs: 1 },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe('Connection terminated unexpectedly');
    expect(calls).toBe(3);
  });
});

describe('isConnectionError', () => {
  it('given socket, SQLSTATE class 08 and shutdown errors then they count; syntax errors and non-errors do not', () => {
    expect(isConnectionError(codedError('x', 'ECONNREFUSED'))).toBe(true);
    expect(isConnectionError(codedError('x', '08006'))).toBe(true);
    expect(
      isConnectionError(codedError('terminating connection due to administrator command', '57P01')),
    ).toBe(true);
    expect(isConnectionError(codedError('syntax error at or near "SELEC"', '42601'))).toBe(false);
    expect(isConnectionError('ECONNREFUSED')).toBe(false);
  });
});
