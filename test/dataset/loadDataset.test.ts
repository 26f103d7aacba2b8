import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/dataset/validateDataset.js';
import { DEFAULT_DATASET_PATH, loadDataset } from '../../src/dataset/loadDataset.js';

type Json = Record<string, unknown> & { code: number };
const shipped = JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8')) as Json[];
const copy = (): Json[] => structuredClone(shipped);
const indexOf = (data: Json[], code: number) => data.findIndex((e) => e.code === code);

function errorsOf(data: unknown): string[] {
  const result = validateDataset(data);
  return result.ok ? [] : result.errors;
}

describe('loadDataset', () => {
  it('given the shipped data/status-codes.json then it validates', () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.entries.length).toBe(shipped.length);
  });

  it('given a file that does not exist then an error naming the path, not a throw', () => {
    const result = loadDataset('/nonexistent/status-codes.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('/nonexistent/status-codes.json');
  });

  it('given a file with broken JSON then an error saying so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    const path = join(dir, 'broken.json');
    writeFileSync(path, '[{"code": 503,');
    const result = loadDataset(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/JSON/);
  });

  it('given a malformed copy on disk then the errors name the entry and the field', () => {
    const data = copy();
    const i = indexOf(data, 503);
    delete (data[i]!.en as Record<string, unknown>).summary;
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(data));
    const result = loadDataset(path);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([expect.stringContaining(`entry 503 (index ${i}): en.summary:`)]);
  });
});

describe('validateDataset', () => {
  it('given an empty ko.causes list then the error names the entry and ko.causes', () => {
    const data = copy();
    const i = indexOf(data, 404);
    (data[i]!.ko as Record<string, unknown>).causes = [];
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(new RegExp(`^entry 404 \\(index ${i}\\): ko\\.causes: `)),
    ]);
  });

  it('given a blank item in a list then the path includes its index', () => {
    const data = copy();
    const i = indexOf(data, 500);
    (data[i]!.en as Record<string, unknown>).checks = ['fine', '  '];
    expect(errorsOf(data)).toEqual([expect.stringContaining(`entry 500 (index ${i}): en.checks[1]:`)]);
  });

  it('given a duplicate code then an error naming both places', () => {
    const data = copy();
    const i = indexOf(data, 404);
    data.push(structuredClone(data[i]!));
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(new RegExp(`^entry 404 \\(index ${data.length - 1}\\): code: .*index ${i}`)),
    ]);
  });

  it('given a related code that does not exist then an error naming it', () => {
    const data = copy();
    const i = indexOf(data, 502);
    data[i]!.related = [...(data[i]!.related as number[]), 599 - 1];
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^entry 502 \\(index ${i}\\): related\\[\\d+\\]: 598`));
  });

  it('given a registered code without a spec then an error on spec', () => {
    const data = copy();
    const i = indexOf(data, 503);
    delete data[i]!.spec;
    expect(errorsOf(data)).toEqual([expect.stringContaining(`entry 503 (index ${i}): spec:`)]);
  });

  it('given an unofficial code without a vendor then an error on vendor', () => {
    const data = copy();
    const i = indexOf(data, 444);
    delete data[i]!.vendor;
    expect(errorsOf(data)).toEqual([expect.stringContaining(`entry 444 (index ${i}): vendor:`)]);
  });

  it('given a code whose class does not match then an error on class', () => {
    const data = copy();
    const i = indexOf(data, 404);
    data[i]!.class = 5;
    expect(errorsOf(data)).toEqual([expect.stringContaining(`entry 404 (index ${i}): class:`)]);
  });

  it('given several problems then every one is listed', () => {
    const data = copy();
    delete (data[indexOf(data, 200)]!.ko as Record<string, unknown>).name;
    delete (data[indexOf(data, 301)]!.en as Record<string, unknown>).description;
    const errors = errorsOf(data);
    expect(errors.some((e) => e.startsWith('entry 200 ') && e.includes('ko.name'))).toBe(true);
    expect(errors.some((e) => e.startsWith('entry 301 ') && e.includes('en.description'))).toBe(true);
  });

  it.each([null, {}, 'text', []])(
    'given %j instead of an array of entries then an error, not a throw',
    (value) => {
      expect(errorsOf(value).length).toBeGreaterThan(0);
    },
  );
});
