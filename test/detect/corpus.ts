import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled message of the detector corpus. */
export interface LabelledMessage {
  text: string;
  codes: number[];
  classes: string[];
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'detector');

function readJsonLines(name: string): LabelledMessage[] {
  return readFileSync(join(fixtures, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = JSON.parse(line) as Partial<LabelledMessage> & { text: string };
      return { text: parsed.text, codes: parsed.codes ?? [], classes: parsed.classes ?? [] };
    });
}

/** Messages that carry status codes or class mentions, with their labels. */
export function positiveMessages(): LabelledMessage[] {
  return readJsonLines('positive.jsonl');
}

/** Messages full of ordinary numbers and no status code. */
export function negativeMessages(): LabelledMessage[] {
  return readJsonLines('negative.jsonl');
}
