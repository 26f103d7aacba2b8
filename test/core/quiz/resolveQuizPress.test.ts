import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuizPayload } from '../../../src/core/quiz/quizPayload.js';
import { shippedQuiz } from './quizFixtures.js';

const { questions, quiz } = shippedQuiz();
const question = quiz.question('put-stale-etag')!;
const press = (code: number, date = '2025-06-03', locale: 'ko' | 'en' = 'ko') =>
  formatQuizPayload({ questionId: question.id, date, code, locale });

describe('resolving a press of a quiz button', () => {
  it('given the answer pressed on the quiz day then a right answer that counts', () => {
    expect(quiz.resolvePress(press(412), '2025-06-03')).toEqual({
      type: 'answer',
      question,
      date: '2025-06-03',
      chosen: 412,
      correct: true,
      counts: true,
      locale: 'ko',
    });
  });

  it('given a distractor pressed then a wrong answer naming what was chosen', () => {
    const result = quiz.resolvePress(press(409, '2025-06-03', 'en'), '2025-06-03');
    expect(result).toMatchObject({ type: 'answer', chosen: 409, correct: false, counts: true, locale: 'en' });
  });

  it('given an old quiz pressed days later then still answered, but it does not count', () => {
    expect(quiz.resolvePress(press(412, '2025-05-01'), '2025-06-03')).toMatchObject({
      type: 'answer',
      correct: true,
      counts: false,
    });
  });

  it('given a quiz dated the day after the channel’s today (clocks around midnight) then it counts', () => {
    expect(quiz.resolvePress(press(412, '2025-06-04'), '2025-06-03')).toMatchObject({ counts: true });
  });

  it('given a quiz dated two days ahead then it is refused as tampered', () => {
    expect(quiz.resolvePress(press(412, '2025-06-05'), '2025-06-03')).toEqual({
      type: 'invalid',
      reason: 'future',
      locale: 'ko',
    });
  });

  it('given a code that is not one of the four then it is refused', () => {
    expect(quiz.resolvePress(press(500), '2025-06-03')).toEqual({
      type: 'invalid',
      reason: 'notAChoice',
      locale: 'ko',
    });
  });

  it('given a question retired from the bank then it says so', () => {
    const retired = formatQuizPayload({
      questionId: 'retired-one',
      date: '2025-06-03',
      code: 412,
      locale: 'en',
    });
    expect(quiz.resolvePress(retired, '2025-06-03')).toEqual({
      type: 'invalid',
      reason: 'unknownQuestion',
      locale: 'en',
    });
  });

  it.each([undefined, '', '412:ko', 'quiz1:broken'])(
    'given the payload %j then invalid, not a throw',
    (value) => {
      expect(quiz.resolvePress(value, '2025-06-03').type).toBe('invalid');
    },
  );

  it('given any payload of any question and code then a typed press, right exactly when it names the answer', () => {
    const anyPress = fc.record({
      question: fc.constantFrom(...questions),
      code: fc.integer({ min: 100, max: 599 }),
      offset: fc.integer({ min: -400, max: 3 }),
    });
    fc.assert(
      fc.property(anyPress, ({ question: q, code, offset }) => {
        const date = new Date(Date.UTC(2025, 5, 3) + offset * 86_400_000).toISOString().slice(0, 10);
        const result = quiz.resolvePress(
          formatQuizPayload({ questionId: q.id, date, code, locale: 'en' }),
          '2025-06-03',
        );
        const isChoice = code === q.answer || q.distractors.includes(code);
        if (!isChoice) expect(result).toMatchObject({ type: 'invalid', reason: 'notAChoice' });
        else if (offset > 1) expect(result).toMatchObject({ type: 'invalid', reason: 'future' });
        else
          expect(result).toMatchObject({
            type: 'answer',
            correct: code === q.answer,
            counts: offset === 0 || offset === 1,
          });
      }),
    );
  });

  it('given any string then a typed press, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `quiz1:${s}`),
        ),
        fc.string(),
        (value, today) => {
          expect(['answer', 'invalid']).toContain(quiz.resolvePress(value, today).type);
        },
      ),
    );
  });
});
