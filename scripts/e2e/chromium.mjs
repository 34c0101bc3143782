// How every e2e script launches Debian's Chromium (never `npx playwright install`: it
// downloads a browser, and only the npm registry and apt are reachable). Flags from E2E.md.
import { join } from 'node:path';
import { chromiumPath } from './paths.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Options for playwright-core's chromium.launch(). `home` confines what Chromium writes
 * outside its (temporary) profile, e.g. its crash-report database, to a folder the caller
 * deletes afterwards.
 */
export function chromiumLaunchOptions(home) {
  return {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
    },
  };
}
