import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StatusEntry } from '../core/dataset/schema.js';
import { validateDataset } from '../core/dataset/validateDataset.js';

/**
 * The shipped dataset. Resolved from this file's URL, so it works both from source (src/dataset) and
 * after `tsc` (dist/src/dataset): the package root is two or three levels up respectively.
 */
export const DEFAULT_DATASET_PATH: string = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/src/')
      ? '../../../data/status-codes.json'
      : '../../data/status-codes.json',
    import.meta.url,
  ),
);

/** The result of loading the dataset: entries, or every problem (file, JSON or content) as a message. */
export type LoadDatasetResult = { ok: true; entries: StatusEntry[] } | { ok: false; errors: string[] };

/**
 * Reads and validates the status-code dataset (synchronously: it runs once at start-up). Never
 * throws: an unreadable file, bad JSON or a malformed entry come back as `errors`, each naming the
 * entry's code and field.
 */
export function loadDataset(path: string = DEFAULT_DATASET_PATH): LoadDatasetResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read the dataset: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
  return validateDataset(json);
}
