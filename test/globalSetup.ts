/**
 * Builds dist/ once per test run, for the tests that spawn the built bot as a child process
 * (`node dist/src/main.js`, as the Procfile does). tsc still emits when some file has type errors; the
 * typecheck step of .ci/run is what fails on those, so a build error here is reported, not thrown.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8', shell: false });
  if (result.status !== 0) {
    console.warn(
      `[globalSetup] tsc reported problems (dist/ was still emitted):\n${result.stdout}${result.stderr}`,
    );
  }
}
