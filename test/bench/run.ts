/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` script in turn (each default-exports an async
 * function that prints its figures). `npm run bench -- detect` runs only files whose name contains
 * "detect".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

console.log(`# benchmarks (${new Date().toISOString()}, node ${process.version})`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  console.log(`\n# ${file}`);
  await mod.default();
}
