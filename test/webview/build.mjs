// Builds only what the webview tests need, with the same esbuild options as
// scripts/build.mjs: the dist/webview.js bundle, dist/vis-network.css, and a transpile of
// media/src, test/webview and the two src modules they import into out/. Useful while other
// parts of the tree do not build yet; `node scripts/build.mjs` does all of this and more.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const common = { absWorkingDir: root, sourcemap: 'linked', target: 'es2022', logLevel: 'warning' };

function walk(dir) {
  const found = [];
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) found.push(...walk(rel));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(rel);
  }
  return found;
}

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['media/src/main.ts'],
    outfile: 'dist/webview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: [
      ...walk('media/src'),
      ...walk('test/webview'),
      'src/extension/panelHtml.ts',
      'src/kernel/protocol.ts',
    ],
    outdir: 'out',
    outbase: '.',
    bundle: false,
    platform: 'node',
    format: 'cjs',
  }),
]);
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(
  join(root, 'node_modules/vis-network/styles/vis-network.min.css'),
  join(root, 'dist/vis-network.css'),
);
