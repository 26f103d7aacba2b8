import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLinesWithin } from '../../../adapters/discord/joinLinesWithin.js';

describe('joinLinesWithin', () => {
  it('given lines that fit then they are joined with newlines', () => {
    expect(joinLinesWithin(['a', 'b'], 3)).toBe('a\nb');
  });

  it('given lines that do not fit then whole lines are kept and an ellipsis line marks the rest', () => {
    expect(joinLinesWithin(['aaaa', 'bbbb', 'cccc'], 10)).toBe('aaaa\n…');
    expect(joinLinesWithin(['aaaa', 'bbbb', 'cccc'], 11)).toBe('aaaa\nbbbb\n…');
  });

  it('given any lines and limit then the result stays within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (lines, max) => {
          expect(joinLinesWithin(lines, max).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
