// What scripts/e2e/run-ui-tests.mjs hands the UI tests through the environment: the running
// code-server, how to launch Debian's Chromium, and where artifacts go.
import { join } from 'node:path';

export interface ChromiumSetup {
  executablePath: string;
  args: string[];
  /** HOME for the browser, so nothing it writes outlives the run. */
  home: string;
}

export interface UiEnv {
  serverUrl: string;
  chromium: ChromiumSetup;
  repoRoot: string;
  screenshotsDir: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run UI tests with node scripts/e2e/run-ui-tests.mjs`);
  }
  return value;
}

export function uiEnv(): UiEnv {
  const repoRoot = required('TOYGRAD_E2E_REPO_ROOT');
  return {
    serverUrl: required('TOYGRAD_E2E_URL'),
    chromium: JSON.parse(required('TOYGRAD_E2E_CHROMIUM')) as ChromiumSetup,
    repoRoot,
    screenshotsDir: join(repoRoot, 'test-artifacts', 'screenshots'),
  };
}
