import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';

/**
 * Marks glued right after a number are decided on one character; these pin the marks that still say
 * something (units, the plural apostrophe) beside the ones that only end the number. Each case sits next to
 * the same text without the mark, so the mark is what decides.
 */
describe('detector marks glued after a number', () => {
  it('given a unit mark glued after a cued number then it is a quantity, not a code', () => {
    expect(detectStatusCodes('returned 503 more').codes).toEqual([503]);
    expect(detectStatusCodes('returned 503% more').codes).toEqual([]);
    expect(detectStatusCodes('got 502 errors').codes).toEqual([502]);
    expect(detectStatusCodes('got 502+ errors').codes).toEqual([]);
    expect(detectStatusCodes('returned 502 hot').codes).toEqual([502]);
    expect(detectStatusCodes('returned 502° hot').codes).toEqual([]);
  });

  it('given an apostrophe s glued after an uncued number then it reads as a plural cue like 404s', () => {
    expect(detectStatusCodes('lots of 404 today').codes).toEqual([]);
    expect(detectStatusCodes("lots of 404's today").codes).toEqual([404]);
  });

  it('given ordinary punctuation glued after a cued number then the code is still found', () => {
    expect(detectStatusCodes('status: 503, retrying').codes).toEqual([503]);
    expect(detectStatusCodes('{"status":503}').codes).toEqual([503]);
    expect(detectStatusCodes('upstream returned (502)').codes).toEqual([502]);
  });
});
