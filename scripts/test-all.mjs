// Every test of the project, in order: unit (Node), webview (real headless Chromium),
// extension (a real VS Code extension host: code-server driven by Chromium) and UI
// (the packaged VSIX in code-server, clicked through). Installs what it needs first
// (Debian's chromium, the cached code-server), then prints one line for all suites:
// `N passed, N failed`. Exit status 1 if anything failed or a suite could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'toygrad-tests-'));
const results = [];

function step(name, args, env = {}) {
  console.log(`\n=== ${name}: ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(args[0], args.slice(1), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(r.stdout ?? '');
  console.log(`=== ${name}: exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r;
}

/** A mocha suite run in Node with the counting reporter. */
function mochaSuite(name, config) {
  const counts = join(scratch, `${name}.json`);
  const r = step(
    name,
    ['npx', 'mocha', '--config', config, '--reporter', join(root, 'scripts/counting-reporter.cjs')],
    { TOYGRAD_COUNTS: counts },
  );
  const c = existsSync(counts) ? JSON.parse(readFileSync(counts, 'utf8')) : null;
  record(name, c, r.status);
}

/** A suite run by one of the e2e scripts, which print `E2E_RESULT {"passed":N,"failed":M}`. */
function e2eSuite(name, script, args = []) {
  const r = step(name, ['node', script, ...args]);
  const line = (r.stdout ?? '')
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('E2E_RESULT '));
  record(name, line ? JSON.parse(line.slice('E2E_RESULT '.length)) : null, r.status);
}

function record(name, counts, status) {
  if (counts === null) {
    // The suite could not run or report: count it as one failure so CI is never green by accident.
    results.push({ name, passed: 0, failed: 1, note: `did not report (exit ${status})` });
  } else {
    const failed = counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0);
    results.push({
      name,
      passed: counts.passed,
      failed,
      note: status === 0 ? '' : `exit ${status}`,
    });
  }
}

const want = (name) => only.length === 0 || only.includes(name);

const setup = step('setup', ['node', 'scripts/e2e/install-code-server.mjs']);
if (setup.status !== 0)
  results.push({ name: 'setup', passed: 0, failed: 1, note: 'install failed' });
const build = step('build', ['node', 'scripts/build.mjs']);
if (build.status !== 0) {
  results.push({ name: 'build', passed: 0, failed: 1, note: 'build failed' });
} else {
  if (want('static')) {
    // Types and lint are tests too: one each, so a type error fails CI like a red test.
    const checks = [
      ['typecheck', ['npx', 'tsc', '-p', '.', '--noEmit']],
      ['lint', ['npx', 'eslint', '.']],
      ['format', ['npx', 'prettier', '--check', '.']],
    ];
    for (const [name, args] of checks) {
      const r = step(name, args);
      results.push({
        name,
        passed: r.status === 0 ? 1 : 0,
        failed: r.status === 0 ? 0 : 1,
        note: '',
      });
    }
  }
  if (want('unit')) mochaSuite('unit', '.mocharc.json');
  if (want('webview')) mochaSuite('webview', '.mocharc.webview.json');
  if (want('extension')) e2eSuite('extension', 'scripts/e2e/run-extension-tests.mjs');
  if (want('ui')) {
    // The UI tests install the packaged extension, as a user would.
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const vsix = `toygrad-${version}.vsix`;
    const pack = step('package', ['npm', 'run', 'package']);
    if (pack.status !== 0)
      results.push({ name: 'package', passed: 0, failed: 1, note: 'vsce failed' });
    else e2eSuite('ui', 'scripts/e2e/run-ui-tests.mjs', ['--vsix', vsix]);
    // The unbundled development build is what the other suites and the CLI use.
    step('rebuild', ['node', 'scripts/build.mjs']);
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log('\nsuite       passed  failed');
for (const r of results) {
  console.log(
    `${r.name.padEnd(10)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)}  ${r.note}`,
  );
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
