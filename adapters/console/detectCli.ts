import { createInterface } from 'node:readline';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';

/** The one output line written for an input line. */
interface DetectCliLine {
  codes: readonly number[];
  classes: readonly string[];
  error?: string;
}

/** Turns one JSON Lines input line into its output line; never throws. */
function detectLine(line: string): DetectCliLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { codes: [], classes: [], error: 'invalid JSON' };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof (parsed as { text?: unknown }).text !== 'string'
  ) {
    return { codes: [], classes: [], error: 'missing string field "text"' };
  }
  const found = detectStatusCodes((parsed as { text: string }).text);
  return { codes: found.codes, classes: found.classes };
}

/**
 * `cli detect`: reads JSON Lines `{"text": "..."}` and writes one `{"codes": [...], "classes": [...]}` line per
 * non-blank input line. Bad lines get an `error` field instead of stopping the run. Returns the exit code.
 */
export async function runDetectCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = `${JSON.stringify(detectLine(line))}\n`;
    if (!output.write(out)) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  }
  return 0;
}
