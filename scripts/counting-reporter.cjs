// Mocha's spec reporter, plus a one-line JSON count written where TOYGRAD_COUNTS points,
// so that scripts/test-all.mjs can add up every suite into one `N passed, N failed` line.
const Mocha = require('mocha');
const { writeFileSync } = require('node:fs');

const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountingReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const out = process.env.TOYGRAD_COUNTS;
      if (!out) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(out, JSON.stringify({ passed: passes, failed: failures, pending }));
    });
  }
}

module.exports = CountingReporter;
