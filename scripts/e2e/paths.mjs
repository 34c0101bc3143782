// Where the e2e harness keeps things, in one place so the installer, the server module and
// the runners cannot disagree about a path or the pinned code-server version.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// 4.100.3 is VS Code 1.100.3, the newest code-server whose engines.node is 20 (see E2E.md).
export const codeServerVersion = '4.100.3';

export const cacheDir = join(repoRoot, '.cache', 'code-server');
export const installMarker = join(cacheDir, '.installed-version');
export const codeServerPackageDir = join(cacheDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerPackageDir, 'out', 'node', 'entry.js');

export const chromiumPath = '/usr/bin/chromium';

export const screenshotsDir = join(repoRoot, 'test-artifacts', 'screenshots');
export const fixturesWorkspace = join(repoRoot, 'test', 'fixtures', 'e2e-workspace');
