import type { Comparison } from '../core/dataset/comparisonSchema.js';
import type { HeaderEntry } from '../core/dataset/headerSchema.js';
import type { StatusEntry } from '../core/dataset/schema.js';
import { validateDataset } from '../core/dataset/validateDataset.js';
import { validateComparisons, validateHeaders } from '../core/dataset/validateReferences.js';
import { dataFilePath, readJsonFile } from './readJsonFile.js';

const dataFile = (name: string): string => dataFilePath(import.meta.url, name);

/** The shipped dataset of status codes. */
export const DEFAULT_DATASET_PATH: string = dataFile('status-codes.json');
/** The shipped header cards. */
export const DEFAULT_HEADERS_PATH: string = dataFile('headers.json');
/** The shipped hand-written comparisons. */
export const DEFAULT_COMPARISONS_PATH: string = dataFile('comparisons.json');

/** Where the header cards and comparisons come from (the shipped files unless a test says otherwise). */
export interface ReferencePaths {
  headers?: string;
  comparisons?: string;
}

/**
 * The result of loading the data: the codes with their header cards and comparisons, or every problem
 * (file, JSON or content) as a message.
 */
export type LoadDatasetResult =
  | { ok: true; entries: StatusEntry[]; headers: HeaderEntry[]; comparisons: Comparison[] }
  | { ok: false; errors: string[] };

/**
 * Reads and validates the status-code dataset, data/headers.json and data/comparisons.json
 * (synchronously: it runs once at start-up). Never throws: an unreadable file, bad JSON or a malformed
 * entry come back as `errors`, each naming the file or entry and field. Headers and comparisons are
 * checked against the codes only once the codes themselves are valid.
 */
export function loadDataset(
  path: string = DEFAULT_DATASET_PATH,
  paths: ReferencePaths = {},
): LoadDatasetResult {
  const codes = readJsonFile(path, 'dataset');
  const headerJson = readJsonFile(paths.headers ?? DEFAULT_HEADERS_PATH, 'header cards');
  const comparisonJson = readJsonFile(paths.comparisons ?? DEFAULT_COMPARISONS_PATH, 'comparisons');
  const readErrors = [codes, headerJson, comparisonJson].flatMap((r) => (r.ok ? [] : r.errors));
  if (!codes.ok) return { ok: false, errors: readErrors };
  const dataset = validateDataset(codes.json);
  if (!dataset.ok) return { ok: false, errors: [...dataset.errors, ...readErrors] };
  if (!headerJson.ok || !comparisonJson.ok) return { ok: false, errors: readErrors };
  const known = new Set(dataset.entries.map((entry) => entry.code));
  const headers = validateHeaders(headerJson.json, known);
  const comparisons = validateComparisons(comparisonJson.json, known);
  const errors = [...(headers.ok ? [] : headers.errors), ...(comparisons.ok ? [] : comparisons.errors)];
  if (!headers.ok || !comparisons.ok) return { ok: false, errors };
  return {
    ok: true,
    entries: dataset.entries,
    headers: headers.headers,
    comparisons: comparisons.comparisons,
  };
}
