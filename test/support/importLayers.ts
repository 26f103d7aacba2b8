/**
 * The import rules of the project, checked from the source text: every file sits on one layer, imports
 * only its own layer or lower ones, adapters never import each other, the core imports no SDK, database
 * or I/O module, and no files import each other in a circle. `checkImportLayers` is pure so a test can
 * prove it fails on a made-up tree as well as pass on the real one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One layer: the files it holds, by path prefix (a folder ends with `/`) or exact path. */
export interface Layer {
  name: string;
  paths: readonly string[];
}

/**
 * The layers from the bottom up. A file may import files of its own layer and of layers listed before
 * it. Entry points (processes a person or the Procfile runs) sit on top and alone import adapters.
 */
export const LAYERS: readonly Layer[] = [
  { name: 'core', paths: ['src/core/'] },
  {
    name: 'config and dataset',
    paths: ['src/config.ts', 'src/loadStartupConfig.ts', 'src/logger.ts', 'src/dataset/'],
  },
  { name: 'store', paths: ['src/store/'] },
  { name: 'app', paths: ['src/app/'] },
  { name: 'adapters', paths: ['adapters/'] },
  { name: 'entry points', paths: ['src/main.ts', 'src/release.ts', 'src/startup/'] },
];

/** Packages the pure core must never import: platform SDKs, databases, logging, timers, Node's I/O. */
const NOT_IN_CORE =
  /^(@slack\/|discord\.js$|@discordjs\/|pg$|better-sqlite3$|pino$|croner$|node:|fs$|http$|net$)/;

/** A source file: its repository-relative path (with `/`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One broken rule, said so a reader can find and fix it. */
export interface LayerViolation {
  rule: 'unplaced' | 'upward' | 'adapterToAdapter' | 'coreImportsIo' | 'cycle';
  message: string;
}

/** Every `import`/`export ... from`/`import()` specifier of a file, comments and strings understood. */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** The repository-relative `.ts` file a relative specifier of `from` names; undefined for packages. */
export function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
}

function layerIndexOf(path: string, layers: readonly Layer[]): number {
  return layers.findIndex((layer) =>
    layer.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)),
  );
}

/** `adapters/slack/x.ts` -> `slack`; undefined outside adapters/. */
function adapterOf(path: string): string | undefined {
  return path.startsWith('adapters/') ? path.split('/')[1] : undefined;
}

/** Checks files against the layer table; returns every violation (none: the house is in order). */
export function checkImportLayers(
  files: readonly SourceFile[],
  layers: readonly Layer[] = LAYERS,
): LayerViolation[] {
  const violations: LayerViolation[] = [];
  const known = new Set(files.map((file) => file.path));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const from = layerIndexOf(file.path, layers);
    if (from === -1) {
      violations.push({ rule: 'unplaced', message: `${file.path} is on no layer of the table` });
    }
    const targets: string[] = [];
    for (const specifier of importSpecifiers(file.text)) {
      const target = resolveRelative(file.path, specifier);
      if (target === undefined) {
        if (from === 0 && NOT_IN_CORE.test(specifier)) {
          violations.push({ rule: 'coreImportsIo', message: `${file.path} imports ${specifier}` });
        }
        continue;
      }
      if (known.has(target)) targets.push(target);
      const to = layerIndexOf(target, layers);
      if (from !== -1 && to > from) {
        violations.push({
          rule: 'upward',
          message: `${file.path} (${layers[from]!.name}) imports ${target} (${layers[to]!.name}, a higher layer)`,
        });
      }
      const [fromAdapter, toAdapter] = [adapterOf(file.path), adapterOf(target)];
      if (fromAdapter && toAdapter && fromAdapter !== toAdapter) {
        violations.push({ rule: 'adapterToAdapter', message: `${file.path} imports ${target}` });
      }
    }
    edges.set(file.path, targets);
  }
  for (const cycle of findCycles(edges)) {
    violations.push({ rule: 'cycle', message: `files import each other: ${cycle.join(' -> ')}` });
  }
  return violations;
}

/** One cycle per strongly connected group of files (Tarjan), each shown as a closed path. */
function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfLoop = (edges.get(node) ?? []).includes(node);
    if (group.length > 1 || selfLoop) cycles.push([...group.reverse(), group[0]!]);
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Every `.ts` file under the given folders of `root`, as repository-relative source files. */
export function readSourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts'))
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}
