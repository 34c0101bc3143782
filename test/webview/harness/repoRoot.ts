// Tests run from out/test/webview/...; the files they serve live at the repository root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('webview tests: cannot find the repository root');
    dir = up;
  }
  return dir;
}
