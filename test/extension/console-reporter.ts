// A mocha reporter that writes only through console.log: in code-server's extension host
// console output is what reaches the launcher (window.codeAutomationLog), while
// process.stdout, which the built-in reporters use, goes nowhere visible.
import Mocha from 'mocha';

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
  Mocha.Runner.constants;

export interface SuiteResult {
  passed: number;
  failed: number;
}

/** The line both launchers (and the lead's aggregator) parse to count tests. */
export function resultLine(result: SuiteResult): string {
  return `E2E_RESULT ${JSON.stringify({ passed: result.passed, failed: result.failed })}`;
}

export interface ConsoleReporterOptions {
  onResult?: (result: SuiteResult) => void;
}

export class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const { onResult } = (options?.reporterOptions ?? {}) as ConsoleReporterOptions;
    const result: SuiteResult = { passed: 0, failed: 0 };
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      result.passed++;
      console.log(`  ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    // Also fires for a failing hook, which then counts as one failure.
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Runnable, err: Error) => {
      result.failed++;
      console.log(`  ✗ ${test.fullTitle()}\n${indent(err.stack ?? String(err))}`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      console.log(`  - ${test.fullTitle()} (pending)`);
    });
    runner.once(EVENT_RUN_END, () => {
      console.log(`${result.passed} passing, ${result.failed} failing`);
      console.log(resultLine(result));
      onResult?.(result);
    });
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
