/**
 * Scores the real detector on the generalisation corpus (test/fixtures/detector/generalisation) and prints
 * tables: overall, by family, by language.
 *
 *   npm run score:detector -- --part dev|heldout|all [--misses] [--i-am-not-tuning]
 *
 * `--misses` prints the failing messages. The held-out part is never tuned on, so `--misses` on `heldout`
 * or `all` is refused unless `--i-am-not-tuning` says the reader is not the one changing the detector
 * (e.g. a reviewer checking a suspected labelling error). Without `--misses` only aggregate figures print.
 */
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';
import { type CorpusPart, loadCorpus } from '../core/detect/generalisationCorpus.js';
import { type ScoredFailure, type SliceScore, scoreDetector } from '../core/detect/scoreDetector.js';

const USAGE =
  'usage: node --import tsx test/bench/detectorGeneralisation.ts --part dev|heldout|all [--misses] [--i-am-not-tuning]';

interface Options {
  readonly part: 'dev' | 'heldout' | 'all';
  readonly misses: boolean;
}

/** Reads the arguments; returns a message for people instead of options when they are wrong. */
function readOptions(args: readonly string[]): Options | string {
  let part: string | undefined;
  let misses = false;
  let notTuning = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--part') {
      part = args[i + 1];
      i += 1;
    } else if (arg?.startsWith('--part=')) part = arg.slice('--part='.length);
    else if (arg === '--misses') misses = true;
    else if (arg === '--i-am-not-tuning') notTuning = true;
    else return `unknown argument "${arg}"\n${USAGE}`;
  }
  if (part !== 'dev' && part !== 'heldout' && part !== 'all')
    return `--part must be dev, heldout or all\n${USAGE}`;
  if (misses && part !== 'dev' && !notTuning) {
    return (
      `refusing to print held-out messages: the held-out part is never tuned on.\n` +
      `Use --part dev --misses while working on the detector. If you are not tuning it (e.g. you are checking\n` +
      `a suspected labelling error), add --i-am-not-tuning.`
    );
  }
  return { part, misses };
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

const COLUMNS = [
  'msgs',
  'codes',
  'TP',
  'FP',
  'FN',
  'precision',
  'recall',
  'classes',
  'class P',
  'class R',
  'class acc (n)',
  'plain chat fired',
] as const;

function row(name: string, s: SliceScore): string[] {
  const { codes, classes, plainChat } = s;
  return [
    name,
    String(s.messages),
    String(codes.labelled),
    String(codes.truePositives),
    String(codes.falsePositives),
    String(codes.falseNegatives),
    percent(codes.precision),
    percent(codes.recall),
    String(classes.labelled),
    percent(classes.precision),
    percent(classes.recall),
    `${percent(classes.accuracy)} (${classes.messages})`,
    plainChat.messages === 0
      ? '—'
      : `${percent(plainChat.fireRate)} (${plainChat.fired}/${plainChat.messages})`,
  ];
}

function table(title: string, rows: readonly string[][]): string {
  const all = [[title, ...COLUMNS], ...rows];
  const widths = all[0]!.map((_, col) => Math.max(...all.map((r) => r[col]!.length)));
  const line = (r: readonly string[]) =>
    r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function describeFailure(f: ScoredFailure): string {
  const m = f.message;
  const wrong = [
    f.missedCodes.length > 0 ? `missed ${f.missedCodes.join(', ')}` : '',
    f.extraCodes.length > 0 ? `false ${f.extraCodes.join(', ')}` : '',
    f.missedClasses.length > 0 ? `missed class ${f.missedClasses.join(', ')}` : '',
    f.extraClasses.length > 0 ? `false class ${f.extraClasses.join(', ')}` : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
  return [
    `[${m.format}] ${wrong}`,
    `  labelled ${JSON.stringify({ codes: m.codes, classes: m.classes })}`,
    `  found    ${JSON.stringify({ codes: f.found.codes, classes: f.found.classes })}`,
    ...m.text.split('\n').map((l) => `  | ${l}`),
  ].join('\n');
}

const options = readOptions(process.argv.slice(2));
if (typeof options === 'string') {
  console.error(options);
  process.exit(2);
}
const parts: CorpusPart[] = options.part === 'all' ? ['dev', 'heldout'] : [options.part];
const score = scoreDetector(detectStatusCodes, loadCorpus(parts));

console.log(`# detector generalisation: part ${options.part}, ${score.overall.messages} messages\n`);
console.log(table('overall', [row('all', score.overall)]));
console.log();
console.log(
  table(
    'family',
    [...score.byFamily].map(([name, s]) => row(name, s)),
  ),
);
console.log();
console.log(
  table(
    'language',
    [...score.byLang].map(([name, s]) => row(name, s)),
  ),
);
console.log(
  '\ncodes: precision and recall over (message, code) pairs; classes: the same over (message, class) pairs,' +
    '\nclass acc: exact class-set match over the n messages where the label or the detector has a class;' +
    '\nplain chat fired: plain-chat messages where any code was found.',
);
if (options.misses) {
  console.log(`\n# ${score.failures.length} failing messages\n`);
  for (const failure of score.failures) console.log(`${describeFailure(failure)}\n`);
}
