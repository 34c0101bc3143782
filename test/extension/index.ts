// Entry point both launchers load into the extension host (extensionTestsPath):
// scripts/e2e/run-extension-tests.mjs (code-server) and scripts/e2e/run-test-electron.mjs.
import Mocha from 'mocha';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConsoleReporter, resultLine, type SuiteResult } from './console-reporter';

/** Compiled test files under this folder (out/test/extension/**), in a stable order. */
export function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findTestFiles(full));
    else if (name.endsWith('.test.js')) found.push(full);
  }
  return found;
}

/**
 * Reports the counts. test-electron's VS Code prints to a stdout the launcher only relays,
 * so it names a file (TOYGRAD_E2E_RESULT_FILE) to receive them as JSON as well.
 */
function report(result: SuiteResult): void {
  const file = process.env.TOYGRAD_E2E_RESULT_FILE;
  if (file) writeFileSync(file, JSON.stringify(result) + '\n');
}

function failBeforeRunning(message: string): Error {
  const result = { passed: 0, failed: 1 };
  console.log(message);
  console.log(resultLine(result));
  report(result);
  return new Error(message);
}

export async function run(): Promise<void> {
  // Generous: the first test in a cold extension host waits for activation and indexing.
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: ConsoleReporter,
    reporterOptions: { onResult: report },
    // --grep of the launchers, to run one test of a growing suite while working on it.
    grep: process.env.TOYGRAD_E2E_GREP,
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    throw failBeforeRunning(`no *.test.js files under ${__dirname}: run node scripts/build.mjs`);
  }
  for (const file of files) mocha.addFile(file);
  console.log(`running ${files.length} test file(s) in VS Code's extension host`);
  try {
    await mocha.loadFilesAsync();
  } catch (err) {
    // A test file that throws on load still has to count as a failure for the aggregator.
    throw failBeforeRunning(`could not load the extension tests: ${(err as Error).stack ?? err}`);
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
}
