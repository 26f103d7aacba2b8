import { describe, expect, it } from 'vitest';
import {
  CORPUS_PARTS,
  formatsOnDisk,
  parseLabelledLine,
  readCorpusLines,
  readSplit,
  type SplitEntry,
  splitProblems,
} from './generalisationCorpus.js';

const ENTRY: SplitEntry = { format: 'nginx-access', family: 'proxy', lang: 'en', part: 'dev', count: 1 };
const PLAIN: SplitEntry = { format: 'chat-plain-x', family: 'plain-chat', lang: 'en', part: 'dev', count: 1 };

function line(fields: Record<string, unknown>, entry: SplitEntry = ENTRY): string {
  return JSON.stringify({
    text: 'upstream said 503 then 502',
    codes: [503, 502],
    classes: [],
    format: entry.format,
    family: entry.family,
    lang: entry.lang,
    ...fields,
  });
}

function problemsOf(text: string, entry: SplitEntry = ENTRY): readonly string[] {
  const parsed = parseLabelledLine(text, entry);
  return parsed.ok ? [] : parsed.problems;
}

describe('parseLabelledLine', () => {
  it('given a well-formed line then it is accepted with its labels', () => {
    const parsed = parseLabelledLine(line({}), ENTRY);
    expect(parsed).toEqual({
      ok: true,
      message: {
        text: 'upstream said 503 then 502',
        codes: [503, 502],
        classes: [],
        format: 'nginx-access',
        family: 'proxy',
        lang: 'en',
      },
    });
  });

  it.each([
    ['a code outside 100-599', { codes: [99] }, 'codes[0] must be a whole number from 100 to 599'],
    ['a code that is not a number', { codes: ['503'] }, 'codes[0] must be a whole number from 100 to 599'],
    ['a duplicated code', { text: '503 and 503', codes: [503, 503] }, 'code 503 is listed twice'],
    ['a code absent from the text', { codes: [504] }, 'code 504 does not occur in the text'],
    [
      'codes out of order',
      { codes: [502, 503] },
      'code 503 is out of order (codes go in order of first appearance)',
    ],
    [
      'a code inside a longer number',
      { text: 'id 15030', codes: [503] },
      'code 503 does not occur in the text',
    ],
    ['an upper-case class', { classes: ['5XX'] }, 'classes[0] must be one of 1xx, 2xx, 3xx, 4xx, 5xx'],
    ['a duplicated class', { classes: ['5xx', '5xx'] }, 'class 5xx is listed twice'],
    ['another format', { format: 'caddy-json' }, 'format must be "nginx-access"'],
    ['another family', { family: 'chat' }, 'family must be "proxy"'],
    ['another language', { lang: 'ko' }, 'lang must be "en"'],
    ['an extra field', { note: 'x' }, 'unexpected field "note"'],
    ['empty text', { text: ' ', codes: [] }, 'text must be a non-empty string'],
    ['Hangul in an English line', { text: '503 에러', codes: [503] }, 'an English line contains Hangul'],
  ])('given %s then the problem is named', (_name, fields, problem) => {
    expect(problemsOf(line(fields))).toContain(problem);
  });

  it('given a plain-chat line with a label then it is rejected', () => {
    expect(problemsOf(line({ text: 'lunch at 12:30', codes: [], classes: ['2xx'] }, PLAIN), PLAIN)).toEqual([
      'plain chat carries no codes and no classes',
    ]);
  });

  it('given a line that is not a JSON object then it is rejected without quoting it', () => {
    expect(problemsOf('{"text": "503 from the edge"')).toEqual(['not valid JSON']);
    expect(problemsOf('["503"]')).toEqual(['not a JSON object']);
  });
});

describe('generalisation corpus', () => {
  const split = readSplit();

  it('given split.json then it is well-formed', () => {
    expect(splitProblems(split)).toEqual([]);
  });

  it('given the fixtures folder then every file is listed in split.json under its part and every listed format has its file', () => {
    for (const part of CORPUS_PARTS) {
      const listed = split.formats
        .filter((f) => f.part === part)
        .map((f) => f.format)
        .sort();
      expect(formatsOnDisk(part), part).toEqual(listed);
    }
  });

  it('given every corpus line then it is well-formed and each file has the count split.json records', () => {
    const problems: string[] = [];
    for (const entry of split.formats) {
      const lines = readCorpusLines(entry.part, entry.format);
      if (lines.length !== entry.count) {
        problems.push(
          `${entry.part}/${entry.format}.jsonl: ${lines.length} lines, split.json says ${entry.count}`,
        );
      }
      for (const { line: number, text } of lines) {
        const parsed = parseLabelledLine(text, entry);
        if (!parsed.ok)
          problems.push(`${entry.part}/${entry.format}.jsonl:${number}: ${parsed.problems.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
