#!/usr/bin/env node
// The same extension suite through @vscode/test-electron, for machines with VS Code desktop
// (a contributor's laptop, hosted CI). Set VSCODE_EXECUTABLE to a local VS Code binary, or
// let test-electron download VS Code 1.100.3 into .vscode-test/ (that needs the internet:
// on the offline build machines use run-extension-tests.mjs, which drives code-server).
//
//   [VSCODE_EXECUTABLE=/path/to/code] node scripts/e2e/run-test-electron.mjs
//        [--extension DIR] [--tests INDEX_JS] [--workspace DIR] [--grep TEXT] [--timeout SECONDS]
//
// Last stdout line, always: E2E_RESULT {"passed":N,"failed":M}
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runTests, downloadAndUnzipVSCode } from '@vscode/test-electron';
import { repoRoot } from './paths.mjs';
import { parseSuiteArgs, suiteArgProblems, suiteEnv, resultLine } from './suite-args.mjs';

// Same VS Code as code-server 4.100.3, so both launchers test one version.
const vscodeVersion = '1.100.3';

const args = parseSuiteArgs();
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`e2e(test-electron): ${line}`);

async function resolveExecutable() {
  const local = process.env.VSCODE_EXECUTABLE;
  if (local) {
    if (!existsSync(local)) throw new Error(`VSCODE_EXECUTABLE=${local} does not exist`);
    return local;
  }
  try {
    return await downloadAndUnzipVSCode({
      version: vscodeVersion,
      cachePath: join(repoRoot, '.vscode-test'),
      timeout: 15_000,
    });
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(
      `could not download VS Code ${vscodeVersion} (${why}); this machine reaches only npm ` +
        'and apt: set VSCODE_EXECUTABLE to a local VS Code, or run ' +
        'scripts/e2e/run-extension-tests.mjs (code-server) instead',
    );
  }
}

async function main(resultFile) {
  const found = suiteArgProblems(args);
  if (found.length > 0) throw new Error(found.join('\n'));
  const executable = await resolveExecutable();
  say(`VS Code ${executable}`);
  let timer = null;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${args.timeoutMs / 1000} s`)),
      args.timeoutMs,
    );
  });
  const run = runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: args.extensionDir,
    extensionTestsPath: args.testsIndex,
    launchArgs: [args.workspace, '--disable-extensions'],
    extensionTestsEnv: { ...suiteEnv(args, 'desktop'), TOYGRAD_E2E_RESULT_FILE: resultFile },
  });
  run.catch(() => {});
  try {
    return await Promise.race([run, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'toygrad-test-electron-'));
const resultFile = join(scratch, 'result.json');
let code = 1;
try {
  code = await main(resultFile);
} catch (err) {
  console.error(`e2e(test-electron): ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
}
let summary = { passed: 0, failed: 1 };
if (existsSync(resultFile)) summary = JSON.parse(readFileSync(resultFile, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
if (code !== 0 && summary.failed === 0) summary.failed = 1;
say(`total ${elapsed()}`);
console.log(resultLine(summary));
// On timeout VS Code may still be running under test-electron; do not wait for it.
process.exit(code === 0 && summary.failed === 0 ? 0 : 1);
