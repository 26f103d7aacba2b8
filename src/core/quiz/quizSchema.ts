import { z } from 'zod';

/**
 * Question ids go into button payloads (`quiz1:<id>:<date>:<code>:<locale>`), so they are short,
 * lower-case words joined by hyphens, and never change once published: an old button names its
 * question by id.
 */
export const QUESTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const QUESTION_ID_MAX = 40;

/** Lengths that keep every quiz card well inside the smallest platform limits (see the tests). */
export const QUESTION_TEXT_MAX = 280;
export const EXPLANATION_TEXT_MAX = 700;

const text = (max: number) => z.string().trim().min(1).max(max);

const localizedQuestionSchema = z.object({
  /** The question as it is posted ("A client gets this after ...: which code?"). */
  question: text(QUESTION_TEXT_MAX),
  /** Why the answer is right, and what sets it apart from the distractors. Names the answer code. */
  explanation: text(EXPLANATION_TEXT_MAX),
});

export const quizQuestionSchema = z.object({
  id: z.string().max(QUESTION_ID_MAX).regex(QUESTION_ID_PATTERN),
  /** The right code; must be in the dataset. */
  answer: z.number().int().min(100).max(599),
  /** Three wrong codes from the dataset that a person could mistake for the answer. */
  distractors: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  /**
   * Header names the explanation relies on; each must be one of the answer's `headers` in the dataset
   * and appear in both explanations (checked by the dataset tests).
   */
  headers: z.array(z.string().trim().min(1)).default([]),
  ko: localizedQuestionSchema,
  en: localizedQuestionSchema,
});

export const quizBankSchema = z.array(quizQuestionSchema).min(1);

/** One hand-written quiz question, tied to a code of the dataset. */
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
