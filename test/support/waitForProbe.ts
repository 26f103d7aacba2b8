/**
 * The bounded wait the fake platform servers share: resolves with the first defined value of `probe`,
 * re-checked each time the fake records something (it calls every function in `listeners`), and rejects
 * after `timeoutMs` so a missing call fails the test instead of hanging it.
 */
export function waitForProbe<T>(
  listeners: Set<() => void>,
  probe: () => T | undefined,
  timeoutMs: number,
  describeFailure: () => string,
): Promise<T> {
  const found = probe();
  if (found !== undefined) return Promise.resolve(found);
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value === undefined) return;
      clearTimeout(timer);
      listeners.delete(check);
      resolve(value);
    };
    const timer = setTimeout(() => {
      listeners.delete(check);
      reject(new Error(describeFailure()));
    }, timeoutMs);
    listeners.add(check);
  });
}
