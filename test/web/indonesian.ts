/**
 * The extensionTestsPath entry of the Indonesian web run: indonesian.test.ts in the web-worker
 * extension host of a code-server started with `--locale id` (test/harness/integration-web.ts).
 */
import { runWebSuite } from './runner';

function run(): Promise<void> {
  return runWebSuite('web-id', () => require('./indonesian.test'));
}

// Last statement: mocha's browser build (an ES module to esbuild) would otherwise overwrite module.exports.
module.exports = { run };
