import type { StatusEntry } from '../core/dataset/schema.js';
import { validateDataset } from '../core/dataset/validateDataset.js';
import { dataFilePath, readJsonFile } from './readJsonFile.js';

/** The shipped dataset. */
export const DEFAULT_DATASET_PATH: string = dataFilePath(import.meta.url, 'status-codes.json');

/** The result of loading the dataset: entries, or every problem (file, JSON or content) as a message. */
export type LoadDatasetResult = { ok: true; entries: StatusEntry[] } | { ok: false; errors: string[] };

/**
 * Reads and validates the status-code dataset (synchronously: it runs once at start-up). Never
 * throws: an unreadable file, bad JSON or a malformed entry come back as `errors`, each naming the
 * entry's code and field.
 */
export function loadDataset(path: string = DEFAULT_DATASET_PATH): LoadDatasetResult {
  const read = readJsonFile(path, 'dataset');
  return read.ok ? validateDataset(read.json) : read;
}
