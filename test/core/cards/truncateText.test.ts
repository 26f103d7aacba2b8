import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLength, truncateText } from '../../../src/core/cards/truncateText.js';

const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

describe('truncateText', () => {
  it('given text within the limit then it is returned unchanged', () => {
    expect(truncateText('503 Service Unavailable', 23)).toBe('503 Service Unavailable');
  });

  it('given an emoji then it counts as one character and is never split', () => {
    // 'ab' + 😀 + 'cd' is 5 code points (6 UTF-16 units): Discord counts 5.
    expect(textLength('ab😀cd')).toBe(5);
    expect(truncateText('ab😀cd', 5)).toBe('ab😀cd');
    expect(truncateText('ab😀cd', 4)).toBe('ab😀…');
    expect(truncateText('ab😀cd', 3)).toBe('ab…');
  });

  it('given a limit of one or none then the result still fits', () => {
    expect(truncateText('😀abc', 1)).toBe('😀');
    expect(truncateText('abc', 0)).toBe('');
  });

  it('given any well-formed text and limit then the result is well-formed, within the limit in code points, and a prefix', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 0, max: 120 }),
        (text, max) => {
          const cut = truncateText(text, max);
          expect(textLength(cut)).toBeLessThanOrEqual(max);
          expect(isWellFormed(cut)).toBe(true);
          const body = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
          expect(text.startsWith(body)).toBe(true);
        },
      ),
    );
  });
});
