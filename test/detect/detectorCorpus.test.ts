import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';
import { negativeMessages, positiveMessages } from './corpus.js';

describe('detector corpus', () => {
  const positives = positiveMessages();
  const negatives = negativeMessages();

  it('given the labelled corpus then it has at least 150 messages with codes and 150 without', () => {
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(150);
    for (const m of positives) expect(m.codes.length + m.classes.length).toBeGreaterThan(0);
    for (const m of negatives) expect(m.codes.length + m.classes.length).toBe(0);
  });

  it('given every corpus message then precision >= 0.98 and recall >= 0.95 over (message, code) pairs', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const mistakes: string[] = [];
    for (const message of [...positives, ...negatives]) {
      const found = detectStatusCodes(message.text);
      const expected = new Set<string>([...message.codes.map(String), ...message.classes]);
      const reported = new Set<string>([...found.codes.map(String), ...found.classes]);
      for (const label of reported) {
        if (expected.has(label)) truePositives++;
        else {
          falsePositives++;
          mistakes.push(`false positive ${label}: ${message.text}`);
        }
      }
      for (const label of expected) {
        if (!reported.has(label)) {
          falseNegatives++;
          mistakes.push(`missed ${label}: ${message.text}`);
        }
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `detector corpus: precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)} ` +
        `(tp ${truePositives}, fp ${falsePositives}, fn ${falseNegatives})\n${mistakes.join('\n')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('given a positive message whose codes are all found then they come in the order of appearance', () => {
    let checked = 0;
    for (const message of positives) {
      const found = detectStatusCodes(message.text).codes;
      if (message.codes.every((code) => found.includes(code))) {
        expect(found.filter((code) => message.codes.includes(code))).toEqual(message.codes);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
