/**
 * The extensionTestsPath entry of the web suite (bundled for the browser by
 * test/harness/integration-web.ts): a subset of the integration suites plus web.test.ts, in the
 * web-worker extension host with VS Code in English.
 */
import { runWebSuite } from './runner';

function run(): Promise<void> {
  return runWebSuite('web', () => {
    require('./web.test');
    require('../integration/completion.test');
    require('../integration/hover.test');
    require('../integration/outline.test');
    require('../integration/navigation.test');
    require('../integration/quickfix.test');
  });
}

// Last statement: mocha's browser build (an ES module to esbuild) would otherwise overwrite module.exports.
module.exports = { run };
