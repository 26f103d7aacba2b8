/**
 * Child processes for the whole-process benchmarks. Each is spawned as the leader of its own process
 * group, so stopping it signals the group (anything it started goes too), and every process still alive
 * when the benchmark ends, fails or is interrupted is killed the same way: no stray process, no port left
 * bound. Temporary folders made here go at exit too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How much of a child's output is kept for an error message. */
const OUTPUT_TAIL_CHARS = 16_000;

/** A running child of the benchmark. */
export interface BenchProcess {
  readonly label: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** `process.hrtime.bigint()` just before the spawn call. */
  readonly spawnedAt: bigint;
  /** The last few thousand characters of stdout and stderr together. */
  output(): string;
  hasExited(): boolean;
  /** Resolves with the exit code, or the signal's name, once the process has ended. */
  readonly exited: Promise<number | string>;
  /** SIGTERM to the group, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<number | string>;
}

const live = new Set<BenchProcess>();
const tempDirs = new Set<string>();
let hooksInstalled = false;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Kills every group still alive, then removes the temp folders; synchronous, for an 'exit' handler. */
function cleanUp(): void {
  for (const proc of live) signalGroup(proc.pid, 'SIGKILL');
  live.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** Runs `node <args>` with exactly `env` (nothing inherited), in `cwd`; `ipc` opens a message channel. */
export function spawnNode(
  label: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; ipc?: boolean },
): BenchProcess {
  installHooks();
  const spawnedAt = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    // Its own process group: signals to -pid reach it and anything it spawns, and a Ctrl-C in the
    // terminal reaches only the benchmark, which then kills the group itself.
    detached: true,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${label}: could not spawn node`);
  const pid = child.pid;
  let tail = '';
  const collect = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const proc: BenchProcess = {
    label,
    child,
    pid,
    spawnedAt,
    output: () => tail,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    exited,
    async stop(graceMs = 10_000) {
      if (!proc.hasExited()) {
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      // Whatever the leader left behind in its group goes as well.
      signalGroup(pid, 'SIGKILL');
      live.delete(proc);
      return exited;
    },
  };
  live.add(proc);
  void exited.then(() => {
    // A leader that ended by itself may still have left members of its group.
    signalGroup(pid, 'SIGKILL');
    live.delete(proc);
  });
  return proc;
}

/** The variables node needs to run at all, none of the parent's credentials; the caller adds the rest. */
export function baseEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR, LANG } = process.env;
  return {
    ...(PATH ? { PATH } : {}),
    ...(HOME ? { HOME } : {}),
    ...(TMPDIR ? { TMPDIR } : {}),
    ...(LANG ? { LANG } : {}),
    NODE_ENV: 'production',
  };
}

/** A new folder under the OS temp dir, removed when the benchmark exits however it exits (or earlier). */
export function benchTempDir(prefix: string): string {
  installHooks();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}
