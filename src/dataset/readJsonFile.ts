import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A parsed JSON file, or one message naming the path and what went wrong (unreadable, not JSON). */
export type ReadJsonResult = { ok: true; json: unknown } | { ok: false; errors: string[] };

/** Reads and parses a JSON data file synchronously (start-up only). Never throws. */
export function readJsonFile(path: string, what: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read the ${what}: ${(error as Error).message}`] };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
}

/**
 * A file in `data/`, resolved from the URL of a module in src/dataset, so it works both from source
 * (src/dataset) and after `tsc` (dist/src/dataset): the package root is two or three levels up.
 */
export function dataFilePath(moduleUrl: string, file: string): string {
  const up = moduleUrl.includes('/dist/src/') ? '../../../data/' : '../../data/';
  return fileURLToPath(new URL(`${up}${file}`, moduleUrl));
}
