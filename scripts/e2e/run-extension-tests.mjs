#!/usr/bin/env node
// Runs a mocha suite inside a real VS Code extension host (code-server 1.100.3, driven by
// Debian's Chromium), the offline stand-in for @vscode/test-electron. code-server refuses
// --extensionDevelopmentPath on its command line, so both paths travel in the workbench URL
// `payload`, and the workbench reports back through window.codeAutomationLog/Exit (E2E.md).
//
//   node scripts/e2e/run-extension-tests.mjs [--extension DIR] [--tests INDEX_JS]
//        [--workspace DIR] [--grep TEXT] [--timeout SECONDS] [--verbose]
//
// Last stdout line, always: E2E_RESULT {"passed":N,"failed":M}
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { installCodeServer } from './install-code-server.mjs';
import { startCodeServer } from './code-server.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { parseSuiteArgs, suiteArgProblems, suiteEnv, resultLine } from './suite-args.mjs';

const args = parseSuiteArgs();
const { extensionDir, testsIndex, workspace, timeoutMs } = args;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`e2e: ${line}`);

/** What the suite reported through its E2E_RESULT line, if it got that far. */
let suiteResult = null;

function workbenchUrl(server) {
  const remote = (abs) => `vscode-remote://127.0.0.1:${server.port}${abs}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(testsIndex)],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `${server.url}/?${query}`;
}

/** Said over and over because code-server.mjs turns the (unreachable) gallery off. */
const isOurNoise = (line) => line.startsWith('Ignoring fetching additional builtin extensions');

let firstTestAt = null;
function printHostLog(level, message) {
  const text = String(message);
  for (const line of text.split('\n')) {
    const match = /^E2E_RESULT (\{.*\})\s*$/.exec(line);
    if (match) {
      suiteResult = JSON.parse(match[1]);
      continue; // reprinted as the very last line
    }
    if (firstTestAt === null && /^\s+[✓✗-] /.test(line)) {
      firstTestAt = elapsed();
      say(`first test result after ${firstTestAt}`);
    }
    if (args.verbose || (level !== 'trace' && level !== 'debug' && !isOurNoise(line))) {
      console.log(level === 'error' || level === 'warn' ? `[${level}] ${line}` : line);
    }
  }
}

/** What a run holds, so that a timeout or a signal can release it at any stage. */
const held = { server: null, browser: null, released: false };

async function release() {
  held.released = true;
  const { browser, server } = held;
  held.browser = null;
  held.server = null;
  await browser?.close().catch(() => {});
  await server?.stop();
}

/** Throws if the run was abandoned (timeout, signal) while it was starting something. */
async function keep(kind, resource, dispose) {
  if (held.released) {
    await dispose(resource);
    throw new Error('run abandoned');
  }
  held[kind] = resource;
  return resource;
}

async function runSuite() {
  const server = await keep(
    'server',
    await startCodeServer({
      verbose: args.verbose,
      env: suiteEnv(args, 'web'),
    }),
    (s) => s.stop(),
  );
  say(`code-server ready on ${server.url} after ${elapsed()}`);
  const browser = await keep(
    'browser',
    await chromium.launch(chromiumLaunchOptions(join(server.profile.root, 'browser'))),
    (b) => b.close(),
  );
  const page = await browser.newPage();
  const exitCode = new Promise((resolveExit) => {
    // Both must exist before the workbench loads: it looks them up when the run starts.
    void page.exposeFunction('codeAutomationLog', printHostLog);
    void page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  });
  page.on('pageerror', (err) => args.verbose && say(`page error: ${err.message}`));
  await page.goto(workbenchUrl(server));
  say(`workbench page loaded after ${elapsed()}`);
  const code = await exitCode;
  // The host's last console lines (the E2E_RESULT one) travel on their own channel and can
  // land just after the exit call: give them a moment.
  for (let waited = 0; suiteResult === null && waited < 3000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  say(`suite finished with exit code ${code} after ${elapsed()}`);
  return code;
}

async function main() {
  const found = suiteArgProblems(args);
  if (found.length > 0) throw new Error(found.join('\n'));
  installCodeServer();
  say(`extension ${extensionDir}`);
  say(`tests     ${testsIndex}`);
  say(`workspace ${workspace}`);

  let timer = null;
  let onSignal = () => {};
  const interrupted = new Promise((_, reject) => {
    onSignal = (signal) => reject(new Error(`interrupted by ${signal}, cleaning up`));
  });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const work = runSuite();
  // The losers of the race below still settle later (e.g. when release() closes the page).
  work.catch(() => {});
  interrupted.catch(() => {});
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new Error(
          `timed out after ${timeoutMs / 1000} s without the suite finishing ` +
            `(raise it with --timeout SECONDS; --verbose shows the server and host logs)`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timedOut, interrupted]);
  } finally {
    clearTimeout(timer);
    await release();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
}
say(`total ${elapsed()}`);
// A suite that never reported (crash, timeout, bad args) counts as one failure.
const summary = suiteResult ?? { passed: 0, failed: 1 };
if (code !== 0 && summary.failed === 0) summary.failed = 1;
console.log(resultLine(summary));
process.exit(code === 0 && summary.failed === 0 ? 0 : 1);
