/**
 * What Linux reports about a process (`/proc/<pid>/status`, `/proc/<pid>/stat`) and about the machine's
 * load. Elsewhere the figures are undefined and print as "n/a": the benchmarks still run.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Clock ticks per second for /proc/<pid>/stat; 100 on every Linux build Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Peak and current resident memory, in bytes. */
export interface MemoryReading {
  /** VmHWM: the resident set's high-water mark so far. */
  peakRss: number;
  /** VmRSS: the resident set now. */
  rss: number;
}

/** `/proc/<pid>/<file>`, or undefined where there is none (another OS, a process already gone). */
function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

export function memoryOf(pid: number): MemoryReading | undefined {
  const status = readProc(pid, 'status');
  if (status === undefined) return undefined;
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  };
  const peakRss = kb('VmHWM');
  const rss = kb('VmRSS');
  return peakRss === undefined || rss === undefined ? undefined : { peakRss, rss };
}

/** User + system CPU time of the whole process (every thread) so far, in ms (10 ms resolution). */
export function cpuMsOf(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return undefined;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : undefined;
}

/** The machine's 1, 5 and 15 minute load averages, as `uptime` prints them. */
export function loadLine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  return `load average: ${one}, ${five}, ${fifteen}`;
}
