import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorpusFamily, CorpusLang, LabelledMessage } from './generalisationCorpus.js';
import { type Detection, type SliceScore, scoreDetector } from './scoreDetector.js';

function message(
  text: string,
  codes: number[],
  classes: string[],
  family: CorpusFamily,
  lang: CorpusLang = 'en',
): LabelledMessage {
  return { text, codes, classes, format: `${family}-format`, family, lang };
}

/** A detector that answers from a table, so every figure below can be worked out by hand. */
function tableDetector(answers: Record<string, Detection>) {
  return (text: string): Detection => answers[text] ?? { codes: [], classes: [] };
}

const MESSAGES = [
  message('a', [503, 502], ['5xx'], 'monitoring'),
  message('b', [404], [], 'chat', 'ko'),
  message('c', [], [], 'plain-chat'),
  message('d', [], [], 'plain-chat'),
];

const DETECTOR = tableDetector({
  a: { codes: [503, 500], classes: ['5xx'] },
  b: { codes: [404, 404], classes: ['4xx'] },
  c: { codes: [200], classes: [] },
  d: { codes: [], classes: [] },
});

/** The headline figures of a slice, so several slices compare in one line each. */
function figures(s: SliceScore | undefined) {
  return {
    messages: s?.messages,
    precision: s?.codes.precision,
    recall: s?.codes.recall,
    classAccuracy: s?.classes.accuracy,
    fireRate: s?.plainChat.fireRate,
  };
}

describe('scoreDetector', () => {
  it('given a detector with one hit, one miss and two false codes then precision is 2/4 and recall 2/3', () => {
    const { overall } = scoreDetector(DETECTOR, MESSAGES);
    expect(overall.messages).toBe(4);
    expect(overall.codes).toMatchObject({
      labelled: 3,
      truePositives: 2,
      falsePositives: 2,
      falseNegatives: 1,
      precision: 0.5,
    });
    expect(overall.codes.recall).toBeCloseTo(2 / 3, 10);
  });

  it('given one right class and one extra class then class figures are kept apart from code figures', () => {
    const { overall } = scoreDetector(DETECTOR, MESSAGES);
    expect(overall.classes).toEqual({
      labelled: 1,
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
      precision: 0.5,
      recall: 1,
      messages: 2,
      accuracy: 0.5,
    });
  });

  it('given two plain-chat messages and a code found in one then the fire rate is 1/2', () => {
    const { overall } = scoreDetector(DETECTOR, MESSAGES);
    expect(overall.plainChat).toEqual({ messages: 2, fired: 1, fireRate: 0.5 });
  });

  it('given messages of several families and languages then each slice counts only its own messages', () => {
    const { byFamily, byLang } = scoreDetector(DETECTOR, MESSAGES);
    expect([...byFamily.keys()]).toEqual(['chat', 'monitoring', 'plain-chat']);
    expect(figures(byFamily.get('monitoring'))).toEqual({
      messages: 1,
      precision: 0.5,
      recall: 0.5,
      classAccuracy: 1,
      fireRate: null,
    });
    expect(figures(byFamily.get('chat'))).toEqual({
      messages: 1,
      precision: 1,
      recall: 1,
      classAccuracy: 0,
      fireRate: null,
    });
    expect(figures(byFamily.get('plain-chat'))).toEqual({
      messages: 2,
      precision: 0,
      recall: null,
      classAccuracy: null,
      fireRate: 0.5,
    });
    expect(figures(byLang.get('ko'))).toEqual({
      messages: 1,
      precision: 1,
      recall: 1,
      classAccuracy: 0,
      fireRate: null,
    });
    const en = byLang.get('en')!;
    expect(en.messages).toBe(3);
    expect(en.codes).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1, recall: 0.5 });
    expect(en.codes.precision).toBeCloseTo(1 / 3, 10);
  });

  it('given wrong answers then the failures list what was missed and added, in corpus order', () => {
    const { failures } = scoreDetector(DETECTOR, MESSAGES);
    expect(
      failures.map((f) => ({
        text: f.message.text,
        missed: f.missedCodes,
        extra: f.extraCodes,
        missedClasses: f.missedClasses,
        extraClasses: f.extraClasses,
      })),
    ).toEqual([
      { text: 'a', missed: [502], extra: [500], missedClasses: [], extraClasses: [] },
      { text: 'b', missed: [], extra: [], missedClasses: [], extraClasses: ['4xx'] },
      { text: 'c', missed: [], extra: [200], missedClasses: [], extraClasses: [] },
    ]);
  });

  it('given no messages then every ratio is null rather than a made-up 0 or 1', () => {
    const { overall, failures } = scoreDetector(DETECTOR, []);
    expect(figures(overall)).toEqual({
      messages: 0,
      precision: null,
      recall: null,
      classAccuracy: null,
      fireRate: null,
    });
    expect(failures).toEqual([]);
  });
});

const FAMILIES: CorpusFamily[] = ['monitoring', 'chat', 'plain-chat'];
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];

const labelledArb = fc.record({
  codes: fc.uniqueArray(fc.integer({ min: 100, max: 599 }), { maxLength: 4 }),
  classes: fc.uniqueArray(fc.constantFrom(...CLASSES), { maxLength: 2 }),
  family: fc.constantFrom(...FAMILIES),
  lang: fc.constantFrom<CorpusLang>('en', 'ko'),
  found: fc.record({
    codes: fc.array(fc.integer({ min: 100, max: 599 }), { maxLength: 4 }),
    classes: fc.array(fc.constantFrom(...CLASSES), { maxLength: 2 }),
  }),
});

describe('scoreDetector properties', () => {
  it('given any labels and answers then TP+FN is the labelled pairs and TP+FP the distinct found pairs', () => {
    fc.assert(
      fc.property(fc.array(labelledArb, { maxLength: 12 }), (rows) => {
        const messages = rows.map((r, i) =>
          message(`m${i}`, r.family === 'plain-chat' ? [] : r.codes, r.classes, r.family, r.lang),
        );
        const answers = Object.fromEntries(rows.map((r, i) => [`m${i}`, r.found]));
        const { overall } = scoreDetector(tableDetector(answers), messages);
        const labelled = messages.reduce((n, m) => n + m.codes.length, 0);
        const found = rows.reduce((n, r) => n + new Set(r.found.codes).size, 0);
        expect(overall.codes.truePositives + overall.codes.falseNegatives).toBe(labelled);
        expect(overall.codes.truePositives + overall.codes.falsePositives).toBe(found);
      }),
    );
  });

  it('given a detector that answers exactly the labels then nothing fails and every defined ratio is 1', () => {
    fc.assert(
      fc.property(fc.array(labelledArb, { maxLength: 12 }), (rows) => {
        const messages = rows.map((r, i) =>
          message(`m${i}`, r.family === 'plain-chat' ? [] : r.codes, r.classes, r.family, r.lang),
        );
        const perfect = (text: string) => messages.find((m) => m.text === text)!;
        const score = scoreDetector(perfect, messages);
        expect(score.failures).toEqual([]);
        const { codes, classes, plainChat } = score.overall;
        for (const ratio of [
          codes.precision,
          codes.recall,
          classes.precision,
          classes.recall,
          classes.accuracy,
        ]) {
          expect(ratio === null || ratio === 1).toBe(true);
        }
        expect(plainChat.fired).toBe(0);
      }),
    );
  });
});
