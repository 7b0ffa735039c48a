/**
 * The engine must run in a webview or a browser-hosted VS Code: bundling src/core for the
 * browser must succeed (esbuild fails on a Node built-in or `vscode` import) and produce code
 * that needs no eval (the webview CSP has no 'unsafe-eval').
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { build } from 'esbuild';

describe('the engine as a browser bundle', function () {
  this.timeout(60_000);
  let code = '';
  let inputs: string[] = [];

  before(async () => {
    const result = await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'core', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: [],
    });
    code = result.outputFiles[0]!.text;
    inputs = Object.keys(result.metafile.inputs);
  });

  it('bundles without Node built-ins or vscode', () => {
    assert.ok(code.length > 0);
    assert.deepEqual(
      inputs.filter((input) => /^(node:|vscode)/.test(input)),
      [],
    );
  });

  it('contains no eval or new Function (the ajv validator is compiled at build time)', () => {
    assert.doesNotMatch(code, /new Function\(|\beval\(/);
  });

  it("analyzes a map when loaded as a module, outside Node's own module system", async () => {
    const module = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof import('../../src/core/index');
    const analysis = module.analyzeJourney('journey: x\nstages:\n  - id: a\n    name: A\n    colour: red\n');
    assert.deepEqual(
      // Schema findings only: gap rules also run on the valid rest of the map (partial results).
      analysis.findings.map((finding) => finding.code).filter((code) => !code.startsWith('JM2')),
      ['JM101'],
    );
  });
});
