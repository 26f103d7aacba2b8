import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkImportLayers,
  importSpecifiers,
  readSourceFiles,
  type SourceFile,
} from '../support/importLayers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const project = readSourceFiles(ROOT, ['src', 'adapters']);

/** A made-up tree that keeps every rule; each test below breaks one. */
const tidy: SourceFile[] = [
  { path: 'src/core/card.ts', text: "import { z } from 'zod';\nexport type Card = { title: string };" },
  { path: 'src/config.ts', text: "import type { Card } from './core/card.js';" },
  { path: 'src/store/store.ts', text: "import type { Card } from '../core/card.js';" },
  { path: 'src/app/contracts.ts', text: "import type { Store } from '../store/store.js';" },
  { path: 'adapters/slack/startSlack.ts', text: "import type { X } from '../../src/app/contracts.js';" },
  { path: 'adapters/discord/startDiscord.ts', text: "import { Client } from 'discord.js';" },
  {
    path: 'src/startup/startPlatforms.ts',
    text: "const { startSlack } = await import('../../adapters/slack/startSlack.js');",
  },
  { path: 'src/main.ts', text: "import { startPlatforms } from './startup/startPlatforms.js';" },
];

function withFile(files: SourceFile[], path: string, text: string): SourceFile[] {
  return [...files.filter((file) => file.path !== path), { path, text }];
}

describe('import layers', () => {
  it('given the project then no file imports a higher layer, no adapter another, and no files form a circle', () => {
    expect(project.length).toBeGreaterThan(100);
    expect(checkImportLayers(project)).toEqual([]);
  });

  it('given the project with the core made to import an adapter then the check fails on it', () => {
    const card = project.find((file) => file.path === 'src/core/card.ts')!;
    const broken = withFile(
      project,
      card.path,
      `${card.text}\nimport type { SlackContext } from '../../adapters/slack/slackContext.js';\n`,
    );
    // The adapter's context reaches back down to the card, so the one bad import also closes a circle.
    expect(checkImportLayers(broken).map((v) => v.rule)).toEqual(['upward', 'cycle']);
  });

  it('given a tidy made-up tree then it passes', () => {
    expect(checkImportLayers(tidy)).toEqual([]);
  });

  it('given the app importing an adapter, even lazily, then it is an upward import', () => {
    const broken = withFile(
      tidy,
      'src/app/composeServices.ts',
      "export async function f() { return import('../../adapters/slack/startSlack.js'); }",
    );
    expect(checkImportLayers(broken)).toEqual([
      {
        rule: 'upward',
        message:
          'src/app/composeServices.ts (app) imports adapters/slack/startSlack.ts (adapters, a higher layer)',
      },
    ]);
  });

  it('given one adapter importing another then it fails', () => {
    const broken = withFile(
      tidy,
      'adapters/discord/startDiscord.ts',
      "import { x } from '../slack/startSlack.js';",
    );
    expect(checkImportLayers(broken).map((v) => v.rule)).toEqual(['adapterToAdapter']);
  });

  it('given two files of one layer importing each other (type-only too) then it reports the circle', () => {
    const broken = [
      ...tidy,
      { path: 'src/startup/startBot.ts', text: "import { startPlatforms } from './startPlatforms.js';" },
    ].map((file) =>
      file.path === 'src/startup/startPlatforms.ts'
        ? { ...file, text: `${file.text}\nimport type { RunningBot } from './startBot.js';` }
        : file,
    );
    const violations = checkImportLayers(broken);
    expect(violations.map((v) => v.rule)).toEqual(['cycle']);
    expect(violations[0]!.message).toContain('src/startup/startBot.ts');
    expect(violations[0]!.message).toContain('src/startup/startPlatforms.ts');
  });

  it('given the core importing a database or Node I/O module then it fails', () => {
    const broken = withFile(
      tidy,
      'src/core/card.ts',
      "import pg from 'pg';\nimport { readFileSync } from 'node:fs';",
    );
    expect(checkImportLayers(broken).map((v) => v.rule)).toEqual(['coreImportsIo', 'coreImportsIo']);
  });

  it('given a file on no layer then it fails, so a new folder has to be placed in the table', () => {
    const broken = withFile(tidy, 'src/scheduler/createDailyScheduler.ts', '');
    expect(checkImportLayers(broken).map((v) => v.rule)).toEqual(['unplaced']);
  });

  it('given imports in comments and strings then only real ones count', () => {
    const text = [
      '/** see import("../../adapters/slack/x.js") */',
      'const s = "import { a } from \'../../adapters/slack/y.js\'";',
      "export { b } from './b.js';",
      "import './sideEffect.js';",
      'import {',
      '  c,',
      "} from './c.js';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./b.js', './sideEffect.js', './c.js']);
  });
});
