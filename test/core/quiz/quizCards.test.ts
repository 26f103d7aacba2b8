import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../src/core/cards/deepFreeze.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { percentRight, withQuizResults } from '../../../src/core/quiz/quizResults.js';
import type { QuizPress } from '../../../src/core/quiz/resolveQuizPress.js';
import { platformLimitProblems } from '../../support/platformLimitProblems.js';
import { shippedQuiz } from './quizFixtures.js';

const { entries, questions, quiz } = shippedQuiz();
const question = quiz.question('put-stale-etag')!;
const DATE = '2025-06-03';
type Answer = Extract<QuizPress, { type: 'answer' }>;
const answerPress = (chosen: number, counts = true): Answer => ({
  type: 'answer',
  question,
  date: DATE,
  chosen,
  correct: chosen === question.answer,
  counts,
  locale: 'en',
});

describe('the quiz question card', () => {
  it('given a question then the card asks it, with its four codes as choices that carry their payloads', () => {
    const card = quiz.questionCard(question, DATE, 'en');
    expect(card.kind).toBe('quiz');
    expect(card.summary).toBe(question.en.question);
    expect(card.choices.map((choice) => choice.code).sort()).toEqual([304, 409, 412, 428]);
    for (const choice of card.choices) {
      expect(quiz.resolvePress(choice.payload, DATE)).toMatchObject({
        type: 'answer',
        question: { id: question.id },
        chosen: choice.code,
        date: DATE,
        locale: 'en',
      });
    }
    expect(card.choices.find((c) => c.code === 412)?.label).toBe('412 Precondition Failed');
    expect(card.footer).toContain(DATE);
  });

  it('given the card rendered twice for the same date then the buttons are the same, in the same order', () => {
    expect(quiz.questionCard(question, DATE, 'ko').choices).toEqual(
      quiz.questionCard(question, DATE, 'ko').choices,
    );
  });

  it('given a Korean card then the question and labels are Korean, the codes still read as in logs', () => {
    const card = quiz.questionCard(question, DATE, 'ko');
    expect(card.title).toBe('오늘의 HTTP 퀴즈');
    expect(card.summary).toBe(question.ko.question);
    expect(card.choices.find((c) => c.code === 412)?.label).toBe('412 Precondition Failed · 전제 조건 실패');
  });

  it('given the card then it gives no hint of the answer beyond the four choices', () => {
    const card = quiz.questionCard(question, DATE, 'en');
    expect(card.related).toEqual([]);
    expect(card.links).toEqual([]);
    expect(card.description).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain(question.en.explanation.slice(0, 30));
  });
});

describe('the answer card', () => {
  it('given the right code then it says so, explains why and links the code’s card', () => {
    const card = quiz.pressCard(answerPress(412), 'en');
    expect(card.kind).toBe('quizAnswer');
    expect(card.title).toBe('Right! 412 Precondition Failed');
    expect(card.accent).toBe('success');
    expect(card.description).toBe(question.en.explanation);
    expect(card.related.map((c) => c.code)).toEqual([412]);
    expect(card.links.map((link) => link.url)).toContain(
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    );
    expect(card.footer).toContain("counts toward today's result");
    expect(card.footer).toContain('/http 412');
  });

  it('given a wrong code then it names the answer, and what the picked code means from its card', () => {
    const conflict = entries.find((e) => e.code === 409)!;
    const card = quiz.pressCard(answerPress(409), 'ko');
    expect(card.title).toBe('아쉽게도 오답입니다. 정답: 412 Precondition Failed · 전제 조건 실패');
    expect(card.description).toBe(question.ko.explanation);
    expect(card.fields.map((f) => f.label)).toEqual(['문제', '내가 고른 코드']);
    expect(card.fields[1]?.lines[0]).toContain(conflict.ko.summary);
    expect(card.related.map((c) => c.code)).toEqual([412, 409]);
  });

  it('given an old quiz then the note says it is closed; given a repeat press then only the first counts', () => {
    expect(quiz.pressCard(answerPress(412, false), 'en').footer).toContain(`The quiz of ${DATE} is closed`);
    expect(quiz.pressCard(answerPress(412), 'en', 'alreadyAnswered').footer).toContain(
      'only your first pick counts',
    );
  });

  it.each([
    ['unknownQuestion', 'retired'],
    ['notAChoice', "doesn't match"],
    ['future', "doesn't match"],
    ['malformed', "couldn't be read"],
    ['notQuiz', "couldn't be read"],
  ] as const)('given an invalid press (%s) then a friendly card saying what happened', (reason, words) => {
    const card = quiz.pressCard({ type: 'invalid', reason }, 'en');
    expect(card.kind).toBe('error');
    expect(card.title).toBe('This quiz button no longer works');
    expect(card.summary).toContain(words);
  });
});

describe('yesterday’s results', () => {
  it('given counts then "N answered · X% right" with the question and its answer', () => {
    const field = quiz.resultsField({ answered: 12, correct: 9 }, question, 'en');
    expect(field.label).toBe("Yesterday's quiz");
    expect(field.lines).toEqual([
      question.en.question,
      'Answer: 412 Precondition Failed',
      '12 answered · 75% right',
    ]);
    expect(quiz.resultsField({ answered: 3, correct: 1 }, undefined, 'ko').lines).toEqual([
      '3명 참여 · 정답률 33%',
    ]);
  });

  it('given no answers then it says no one answered instead of 0%', () => {
    expect(quiz.resultsField({ answered: 0, correct: 0 }, question, 'en').lines.at(-1)).toBe(
      'No one answered.',
    );
    expect(quiz.resultsField({ answered: 0, correct: 0 }, undefined, 'ko').lines).toEqual([
      '참여한 사람이 없었습니다.',
    ]);
  });

  it.each([
    [{ answered: 3, correct: 2 }, 67],
    [{ answered: 3, correct: 5 }, 100],
    [{ answered: -1, correct: 0 }, 0],
    [{ answered: Number.NaN, correct: 1 }, 0],
    [{ answered: 1_000_000_007, correct: 1 }, 0],
    [{ answered: 2.9, correct: 1 }, 50],
  ])('given %j then %i% right', (tally, percent) => {
    expect(percentRight(tally)).toBe(percent);
  });

  it('given a shared frozen daily card then the results are added to a copy, first among its fields', () => {
    const core = createStatusCore(entries);
    const daily = deepFreeze(core.dailyCard(DATE, 'en'));
    const field = quiz.resultsField({ answered: 4, correct: 1 }, question, 'en');
    const withResults = withQuizResults(daily, field);
    expect(withResults.fields[0]).toBe(field);
    expect(withResults.fields.slice(1)).toEqual(daily.fields);
    expect(daily.fields).not.toContain(field);
  });
});

describe('every quiz card within the platform limits', () => {
  it('given every question in both languages then its question card (with results) and every answer card fit Slack and Discord', () => {
    const longest = [...questions].sort((a, b) => b.en.question.length - a.en.question.length)[0]!;
    const problems: string[] = [];
    for (const q of questions) {
      for (const locale of LOCALES) {
        const results = quiz.resultsField({ answered: 1_000_000, correct: 999_999 }, longest, locale);
        const card = withQuizResults(quiz.questionCard(q, '2025-12-31', locale), results);
        problems.push(...platformLimitProblems(card, `${q.id} question ${locale}`));
        for (const code of [q.answer, ...q.distractors]) {
          const press = quiz.resolvePress(card.choices.find((c) => c.code === code)?.payload, '2025-12-31');
          for (const note of ['counted', 'alreadyAnswered', 'closed'] as const)
            problems.push(
              ...platformLimitProblems(quiz.pressCard(press, locale, note), `${q.id} ${code} ${locale}`),
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('given every invalid press in both languages then its card fits too', () => {
    const reasons = ['notQuiz', 'malformed', 'unknownQuestion', 'notAChoice', 'future'] as const;
    const problems = reasons.flatMap((reason) =>
      LOCALES.flatMap((locale) =>
        platformLimitProblems(quiz.pressCard({ type: 'invalid', reason }, locale), `${reason} ${locale}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
