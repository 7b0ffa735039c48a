// A mocha reporter for the unit suite inside `npm test`: mocha's usual spec output, plus the
// results file (.test-output/results/unit.json, or $JOURNEY_MAP_TEST_RESULTS) that the totals
// step sums. Plain CommonJS so mocha loads it by path without any TypeScript loader.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class ResultsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const started = Date.now();
    const tests = [];
    runner.on(EVENT_TEST_PASS, (test) =>
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }),
    );
    runner.on(EVENT_TEST_PENDING, (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on(EVENT_TEST_FAIL, (test, error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: String((error && error.message) || error) }),
    );
    runner.once(EVENT_RUN_END, () => {
      const file =
        process.env.JOURNEY_MAP_TEST_RESULTS ||
        path.join(__dirname, '..', '..', '.test-output', 'results', 'unit.json');
      const stats = runner.stats || {};
      const results = {
        suite: 'unit',
        passed: stats.passes || 0,
        failed: stats.failures || 0,
        pending: stats.pending || 0,
        durationMs: Date.now() - started,
        tests,
      };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    });
  }
}

module.exports = ResultsReporter;
