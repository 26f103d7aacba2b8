import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale.js';
import {
  formatQuizPayload,
  parseQuizPayload,
  QUIZ_PAYLOAD_MAX,
  type QuizPayload,
} from '../../../src/core/quiz/quizPayload.js';
import { QUESTION_ID_MAX } from '../../../src/core/quiz/quizSchema.js';
import { dateOf } from './quizFixtures.js';

const idWord = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const questionId = fc
  .array(idWord, { minLength: 1, maxLength: 5 })
  .map((words) => words.join('-'))
  .filter((id) => id.length <= QUESTION_ID_MAX);
const payload: fc.Arbitrary<QuizPayload> = fc.record({
  questionId,
  date: fc.integer({ min: 0, max: 2_932_896 }).map(dateOf),
  code: fc.integer({ min: 100, max: 599 }),
  locale: fc.constantFrom(...LOCALES),
});

describe('quiz button payloads', () => {
  it('given the example then it reads as documented', () => {
    expect(
      formatQuizPayload({ questionId: 'put-stale-etag', date: '2025-06-03', code: 412, locale: 'ko' }),
    ).toBe('quiz1:put-stale-etag:2025-06-03:412:ko');
  });

  it('given any valid payload then formatting and parsing round-trip, within the length limit', () => {
    fc.assert(
      fc.property(payload, (value) => {
        const text = formatQuizPayload(value);
        expect(text.length).toBeLessThanOrEqual(QUIZ_PAYLOAD_MAX);
        expect(QUIZ_PAYLOAD_MAX).toBeLessThanOrEqual(100);
        expect(parseQuizPayload(text)).toEqual({ ok: true, payload: value });
      }),
    );
  });

  it('given any value at all then a typed result, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseQuizPayload(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(['notQuiz', 'malformed']).toContain(result.error);
      }),
    );
  });

  it('given a payload with junk inserted, or any string after the prefix, then it parses only when its rewrite is the same string', () => {
    const nearPayload = fc.oneof(
      fc.string().map((tail) => `quiz1:${tail}`),
      fc.tuple(payload, fc.string({ maxLength: 3 }), fc.nat()).map(([value, junk, at]) => {
        const text = formatQuizPayload(value);
        const cut = at % (text.length + 1);
        return `${text.slice(0, cut)}${junk}${text.slice(cut)}`;
      }),
    );
    fc.assert(
      fc.property(nearPayload, (text) => {
        const result = parseQuizPayload(text);
        if (result.ok) expect(formatQuizPayload(result.payload)).toBe(text);
        else expect(result.error).toBe(text.startsWith('quiz') ? 'malformed' : 'notQuiz');
      }),
    );
  });

  it.each([
    [undefined, 'notQuiz'],
    ['503:ko', 'notQuiz'],
    ['', 'notQuiz'],
    ['quiz1:', 'malformed'],
    ['quiz1:put-stale-etag:2025-06-03:412', 'malformed'],
    ['quiz1:put-stale-etag:2025-02-30:412:ko', 'malformed'],
    ['quiz1:put-stale-etag:2025-06-03:612:ko', 'malformed'],
    ['quiz1:put-stale-etag:2025-06-03:412:fr', 'malformed'],
    ['quiz1:Put-Stale:2025-06-03:412:ko', 'malformed'],
    ['quiz1:-stale:2025-06-03:412:ko', 'malformed'],
    [`quiz1:${'a'.repeat(41)}:2025-06-03:412:ko`, 'malformed'],
    ['quiz2:put-stale-etag:2025-06-03:412:ko', 'malformed'],
  ])('given %j then %s', (value, error) => {
    expect(parseQuizPayload(value)).toEqual({ ok: false, error });
  });
});
