/**
 * Issue 8 item 1: a map that takes seconds to analyse must never freeze the editor. The extension
 * host runs no analysis at all: parsing, validation and the gap rules run in the language server
 * (src/server, its own process or worker). Checked on what the host actually loads: the bundles
 * of both extension entry points must not contain the engine's analysis.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');

/** Engine modules that analyse a map: none may run on the extension host. */
const ANALYSIS = [/^src\/core\/analyze\.ts$/, /^src\/core\/parse\//, /^src\/core\/validate\//, /^src\/core\/gaps\//];

describe('the extension host runs no analysis (it is in the language server)', function () {
  this.timeout(60_000);

  for (const [entry, platform] of [
    ['src/extension/extension.ts', 'node'],
    ['src/extension/extensionWeb.ts', 'browser'],
  ] as const) {
    it(`${entry} bundles without the parser, the validator or the gap rules`, async () => {
      const result = await build({
        entryPoints: [join(ROOT, entry)],
        absWorkingDir: ROOT,
        bundle: true,
        platform,
        format: 'cjs',
        write: false,
        metafile: true,
        logLevel: 'silent',
        external: ['vscode'],
      });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(
        inputs.some((input) => input.startsWith('src/extension/')),
        `the metafile lists the extension's own files: ${inputs.slice(0, 5).join(', ')}`,
      );
      const analysis = inputs.filter((input) => ANALYSIS.some((pattern) => pattern.test(input)));
      assert.deepEqual(analysis, [], 'engine modules that analyse a map, bundled into the extension host');
    });
  }
});
