// The command line both extension-test launchers accept, with the same defaults, so a suite
// runs the same through code-server and through @vscode/test-electron.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, fixturesWorkspace } from './paths.mjs';

const examples = join(repoRoot, 'examples');

/** examples/ once it holds something to open, the fixture folder until then. */
export function defaultWorkspace() {
  return existsSync(examples) && readdirSync(examples).length > 0 ? examples : fixturesWorkspace;
}

/**
 * @returns {{ extensionDir: string, testsIndex: string, workspace: string, timeoutMs: number,
 *   grep: string | undefined, verbose: boolean }}
 */
export function parseSuiteArgs(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      extension: { type: 'string', default: repoRoot },
      tests: { type: 'string', default: join(repoRoot, 'out', 'test', 'extension', 'index.js') },
      workspace: { type: 'string' },
      timeout: { type: 'string', default: '600' },
      grep: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  return {
    extensionDir: resolve(values.extension),
    testsIndex: resolve(values.tests),
    workspace: resolve(values.workspace ?? defaultWorkspace()),
    timeoutMs: Number(values.timeout) * 1000,
    grep: values.grep,
    verbose: values.verbose,
  };
}

/** Problems with the arguments, as messages a person can act on; empty when all is well. */
export function suiteArgProblems({ extensionDir, testsIndex, workspace, timeoutMs }) {
  const found = [];
  if (!existsSync(join(extensionDir, 'package.json'))) {
    found.push(`--extension ${extensionDir} has no package.json`);
  }
  if (!existsSync(testsIndex)) {
    found.push(`--tests ${testsIndex} does not exist (run: node scripts/build.mjs)`);
  }
  if (!existsSync(workspace)) found.push(`--workspace ${workspace} does not exist`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) found.push('--timeout must be seconds > 0');
  return found;
}

/**
 * Environment for the extension host; test/extension/index.ts and harness.test.ts read it.
 * @param {'web' | 'desktop'} uiKind
 */
export function suiteEnv(args, uiKind) {
  const env = {
    TOYGRAD_E2E_UI_KIND: uiKind,
    TOYGRAD_E2E_WORKSPACE: args.workspace,
    TOYGRAD_E2E_EXTENSION_DIR: args.extensionDir,
  };
  if (args.grep) env.TOYGRAD_E2E_GREP = args.grep;
  return env;
}

/** The machine-readable last line of every e2e runner. */
export function resultLine({ passed, failed }) {
  return `E2E_RESULT ${JSON.stringify({ passed, failed })}`;
}
