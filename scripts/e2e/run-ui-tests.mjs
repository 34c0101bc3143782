#!/usr/bin/env node
// Runs the UI tests (out/test/ui/**/*.uitest.js, compiled by scripts/build.mjs) with mocha in
// Node against one code-server; the tests drive it through test/ui/driver.ts in Chromium.
//
//   node scripts/e2e/run-ui-tests.mjs [--vsix FILE]... [--grep TEXT] [--timeout SECONDS]
//        [--verbose]
//
// Last stdout line, always: E2E_RESULT {"passed":N,"failed":M}
import Mocha from 'mocha';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { installCodeServer } from './install-code-server.mjs';
import { startCodeServer } from './code-server.mjs';
import { chromiumArgs } from './chromium.mjs';
import { repoRoot, chromiumPath } from './paths.mjs';
import { resultLine } from './suite-args.mjs';

const { values: args } = parseArgs({
  options: {
    vsix: { type: 'string', multiple: true, default: [] },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    verbose: { type: 'boolean', default: false },
  },
});
const timeoutMs = Number(args.timeout) * 1000;
const uiDir = join(repoRoot, 'out', 'test', 'ui');

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`e2e-ui: ${line}`);

function findUiTests(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findUiTests(full));
    else if (name.endsWith('.uitest.js')) found.push(full);
  }
  return found;
}

async function runMocha(files, result) {
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: 'spec', grep: args.grep });
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();
  return new Promise((resolveRun) => {
    const runner = mocha.run((failures) => resolveRun(failures));
    runner.on('pass', () => result.passed++);
    runner.on('fail', () => result.failed++);
    runner.once('test', () => say(`first test started after ${elapsed()}`));
  });
}

async function main(result) {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error('--timeout: seconds > 0');
  const files = findUiTests(uiDir);
  if (files.length === 0) throw new Error(`no *.uitest.js under ${uiDir}: run scripts/build.mjs`);
  installCodeServer();
  const server = await startCodeServer({ vsix: args.vsix, verbose: args.verbose });
  say(`code-server ready on ${server.url} after ${elapsed()}`);
  let timer = null;
  let onSignal = () => {};
  const abandoned = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${timeoutMs / 1000} s (raise with --timeout)`)),
      timeoutMs,
    );
    onSignal = (signal) => reject(new Error(`interrupted by ${signal}, cleaning up`));
  });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    Object.assign(process.env, {
      TOYGRAD_E2E_URL: server.url,
      TOYGRAD_E2E_REPO_ROOT: repoRoot,
      TOYGRAD_E2E_CHROMIUM: JSON.stringify({
        executablePath: chromiumPath,
        args: chromiumArgs,
        home: join(server.profile.root, 'browser'),
      }),
    });
    const run = runMocha(files, result);
    run.catch(() => {});
    return await Promise.race([run, abandoned]);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server.stop();
  }
}

const result = { passed: 0, failed: 0 };
let failures = 1;
try {
  failures = await main(result);
} catch (err) {
  console.error(`e2e-ui: ${err instanceof Error ? err.message : String(err)}`);
  if (result.failed === 0) result.failed = 1;
}
say(`total ${elapsed()}`);
console.log(resultLine(result));
// Browsers a timed-out test left open die with this process; do not wait for them.
process.exit(failures === 0 && result.failed === 0 ? 0 : 1);
