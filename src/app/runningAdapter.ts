import type { RunningAdapter } from './contracts.js';

/** How a started part stops, and what else it tells. */
export interface RunningAdapterParts {
  /** The shutdown itself; called at most once, however often `stop()` is. */
  stop: () => Promise<void>;
  /** Settles when the part ends without being stopped (the console's input closing). */
  endsOnItsOwn?: Promise<void>;
  port?: number;
}

/**
 * Wraps a part's shutdown as a `RunningAdapter`: `stop()` runs the shutdown once and every later call
 * shares it, and `finished` settles when the shutdown is done or the part ended on its own.
 */
export function runningAdapter(parts: RunningAdapterParts): RunningAdapter {
  let stopped: Promise<void> | undefined;
  let markStopped!: () => void;
  const stoppedOnce = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  const stop = () => {
    stopped ??= parts.stop().finally(markStopped);
    return stopped;
  };
  const finished = parts.endsOnItsOwn ? Promise.race([parts.endsOnItsOwn, stoppedOnce]) : stoppedOnce;
  return parts.port === undefined ? { stop, finished } : { stop, finished, port: parts.port };
}
