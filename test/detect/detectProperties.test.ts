import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';
import { flattenChatMarkup } from '../../src/core/detect/flattenChatMarkup.js';

/** Pieces that drive the detector's branches: cues, markup, separators, digits, Korean, entities. */
const PIECES = [
  'HTTP',
  'HTTP/1.1',
  'HTTP/2',
  'status',
  'status=',
  'status:',
  'code',
  'returned',
  'got a',
  'error',
  '에러',
  '응답 코드',
  '번대',
  '호',
  'ms',
  's',
  'Service Unavailable',
  'Bad Gateway',
  'INTERNAL_SERVER_ERROR',
  '5xx',
  '50x',
  'E404',
  'HTTPCode_ELB_',
  '_Count',
  '503',
  '502',
  '404',
  '200',
  '599',
  '1000',
  '-1',
  '0.001',
  '"',
  '<',
  '>',
  '|',
  '&gt;',
  '&lt;',
  '<https://x.example/503|',
  '<@U1>',
  '**',
  '||',
  '`',
  '```',
  '\n',
  ' ',
  ',',
  '/',
  '-',
  '.',
  ':',
  '#',
  '$',
  '(',
  ')',
  '{',
  '}',
  '=',
  'and',
  '와',
  '😀',
  '\u200b',
];

const chatLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ maxLength: 6 }),
        fc.integer({ min: 0, max: 999 }).map(String),
      ),
      { maxLength: 60 },
    ),
    fc.boolean(),
  )
  .map(([parts, spaced]) => parts.join(spaced ? ' ' : ''));

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  chatLike,
);

function assertWellFormed(text: string): void {
  const found = detectStatusCodes(text);
  expect(new Set(found.codes).size).toBe(found.codes.length);
  expect(new Set(found.classes).size).toBe(found.classes.length);
  const digitsSeen = flattenChatMarkup(text);
  for (const code of found.codes) {
    expect(Number.isInteger(code)).toBe(true);
    expect(code).toBeGreaterThanOrEqual(100);
    expect(code).toBeLessThanOrEqual(599);
    expect(text.includes(String(code))).toBe(true);
    expect(digitsSeen.includes(String(code))).toBe(true);
  }
  for (const name of found.classes) expect(['1xx', '2xx', '3xx', '4xx', '5xx']).toContain(name);
}

describe('detectStatusCodes properties', () => {
  it('given arbitrary and chat-like text then it never throws and reports unique codes in 100-599 that appear as digits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertWellFormed(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('given adversarial repetitions then it stays well-formed', () => {
    const adversarial = [
      '5'.repeat(200_000),
      '503 '.repeat(50_000),
      'HTTP '.repeat(50_000),
      'HTTP HTTP HTTP 503 '.repeat(20_000),
      'status status '.repeat(40_000),
      `${' '.repeat(300_000)}503${' '.repeat(300_000)}HTTP 502`,
      `${'<'.repeat(100_000)}HTTP 503`,
      '&gt;'.repeat(50_000),
      `${'}'.repeat(50_000)} 503`,
      'HTTP/1.1 '.repeat(30_000),
      '1.1.1.1.'.repeat(30_000),
      `${'a'.repeat(200_000)} 503 Service Unavailable`,
      '응답 코드 '.repeat(30_000),
      '5xx'.repeat(50_000),
      '😀503'.repeat(30_000),
    ];
    for (const text of adversarial) assertWellFormed(text);
    expect(detectStatusCodes('5'.repeat(200_000)).codes).toEqual([]);
    expect(detectStatusCodes('HTTP HTTP HTTP 503 '.repeat(20_000)).codes).toEqual([503]);
    expect(detectStatusCodes(`${'a'.repeat(200_000)} 503 Service Unavailable`).codes).toEqual([503]);
  });

  it('given a code inside any surrounding text then adding unrelated text far away does not change the verdict', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (noise) => {
        const base = detectStatusCodes('checkout returned HTTP 503 Service Unavailable');
        const padded = detectStatusCodes(
          `checkout returned HTTP 503 Service Unavailable\n\n${' '.repeat(300)}\n${noise.replace(/\d/g, '')}`,
        );
        expect(padded.codes.slice(0, 1)).toEqual(base.codes);
      }),
      { numRuns: 300 },
    );
  });
});
