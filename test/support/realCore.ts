import type { StatusCore } from '../../src/core/answer.js';
import { createStatusCore } from '../../src/core/createStatusCore.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';

let core: StatusCore | undefined;

/** The real core over the shipped dataset, built once per test file. */
export function realCore(): StatusCore {
  if (!core) {
    const loaded = loadDataset();
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    core = createStatusCore(loaded.entries);
  }
  return core;
}
