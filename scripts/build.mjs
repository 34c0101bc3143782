// Builds every bundle the extension, CLI, worker and webview ship, plus a plain
// transpile of src/ and test/ into out/ for mocha. One esbuild config for all.
import * as esbuild from 'esbuild';
import {
  readFileSync,
  readdirSync,
  statSync,
  existsSync,
  mkdirSync,
  copyFileSync,
  chmodSync,
} from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Bundles that ship. Node ones are CommonJS with 'vscode' left external. */
const bundles = [
  { entry: 'src/extension/extension.ts', out: 'dist/extension.js', platform: 'node' },
  { entry: 'src/kernel/worker.ts', out: 'dist/worker.js', platform: 'node' },
  { entry: 'src/cli/main.ts', out: 'dist/cli.js', platform: 'node', banner: '#!/usr/bin/env node' },
  { entry: 'media/src/main.ts', out: 'dist/webview.js', platform: 'browser' },
  // VS Code loads notebook renderers as ES modules. The renderer carries its stylesheets'
  // text (adopted by each output's shadow root) rather than loading them from its own URL:
  // in VS Code for the Web (code-server) those loads were refused (401) and outputs showed
  // unstyled.
  {
    entry: 'media/src/notebook/renderer.ts',
    out: 'dist/renderer.js',
    platform: 'browser',
    format: 'esm',
    define: {
      TOYGRAD_RENDERER_CSS: JSON.stringify(
        [
          'node_modules/vis-network/styles/vis-network.min.css',
          'media/panel.css',
          'media/renderer.css',
        ]
          .map((path) => readFileSync(join(root, path), 'utf8'))
          .join('\n'),
      ),
    },
  },
  { entry: 'bench/main.ts', out: 'dist/bench.js', platform: 'node', dev: true },
];

function walk(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const found = [];
  for (const name of readdirSync(abs)) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) found.push(...walk(rel));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(rel);
  }
  return found;
}

const common = {
  absWorkingDir: root,
  sourcemap: production ? false : 'linked',
  target: 'es2022',
  logLevel: 'warning',
  minify: production,
};

const bundleOptions = bundles
  .filter((b) => !(production && b.dev))
  // TEMPORARY while the tree is being built up in parallel: skip entries not written yet.
  .filter(
    (b) => existsSync(join(root, b.entry)) || (console.warn(`build: skipping ${b.entry}`), false),
  )
  .map((b) => ({
    ...common,
    entryPoints: [b.entry],
    outfile: b.out,
    bundle: true,
    platform: b.platform,
    format: b.format ?? (b.platform === 'browser' ? 'iife' : 'cjs'),
    external: ['vscode'],
    banner: b.banner ? { js: b.banner } : undefined,
    define: { TOYGRAD_VERSION: JSON.stringify(version), ...b.define },
  }));

// Tests, and the sources they import, transpiled file by file (no bundling) so that
// mocha, in Node or in the extension host, loads them with source maps.
const transpileOptions = {
  ...common,
  entryPoints: [...walk('src'), ...walk('test'), ...walk('bench'), ...walk('media/src')],
  outdir: 'out',
  outbase: '.',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  sourcemap: 'linked',
};

function copyAssets() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  // vis-network's own stylesheet ships as a file so the CSP can stay `style-src` strict.
  copyFileSync(
    join(root, 'node_modules/vis-network/styles/vis-network.min.css'),
    join(root, 'dist/vis-network.css'),
  );
}

const all = [...bundleOptions, transpileOptions];
if (watch) {
  for (const options of all) (await esbuild.context(options)).watch();
  copyAssets();
  console.log('watching…');
} else {
  await Promise.all(all.map((o) => esbuild.build(o)));
  copyAssets();
  if (existsSync(join(root, 'dist/cli.js'))) chmodSync(join(root, 'dist/cli.js'), 0o755);
}
