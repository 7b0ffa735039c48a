/**
 * The editor and the command line agree on configuration: where `.journeymaprc.json` is
 * looked for, which maps `.journeymapignore` excludes, and how export files are named.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputPath } from '../../../src/cli/commands/export';
import { loadIgnoreRules } from '../../../src/cli/ignoreFile';
import { foldersUpTo } from '../../../src/shared/configLookup';
import { exportFileName, mapBaseName } from '../../../src/shared/exportNaming';
import { ignoreMatcher } from '../../../src/shared/ignoreMatcher';

describe('editor and CLI agree on configuration', () => {
  it('looks for .journeymaprc.json from the map’s folder up to the workspace folder, nearest first', () => {
    assert.deepEqual(foldersUpTo('/ws/maps/shop/delivery.journey.yaml', '/ws'), ['/ws/maps/shop', '/ws/maps', '/ws']);
    assert.deepEqual(foldersUpTo('/ws/delivery.journey.yaml', '/ws/'), ['/ws']);
    // Never above the workspace folder; a map outside it gets its own folder only.
    assert.deepEqual(foldersUpTo('/elsewhere/a.journey.yaml', '/ws'), ['/elsewhere']);
    assert.deepEqual(foldersUpTo('/wsx/a.journey.yaml', '/ws'), ['/wsx']);
    // A workspace at the root of its file system (virtual file systems often are).
    assert.deepEqual(foldersUpTo('/maps/a.journey.yaml', '/'), ['/maps', '']);
  });

  it('names export files as `journey-map export` does: delivery.journey.yaml → delivery.svg', () => {
    assert.equal(exportFileName('delivery.journey.yaml', 'svg'), 'delivery.svg');
    assert.equal(exportFileName('delivery.journey.yml', 'png'), 'delivery.png');
    assert.equal(exportFileName('Delivery.Journey.YAML', 'markdown'), 'Delivery.md');
    assert.equal(exportFileName('delivery.journey.yaml', 'map-pdf'), 'delivery.map.pdf');
    assert.equal(mapBaseName('.journey.yaml'), 'journey');
    for (const format of ['svg', 'png', 'markdown', 'mermaid'] as const)
      assert.equal(
        outputPath('/maps/delivery.journey.yaml', format, undefined, ['/maps']),
        join('/maps', exportFileName('delivery.journey.yaml', format)),
      );
  });

  it('reads .journeymapignore the way the CLI does', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journeymapignore-'));
    try {
      const patterns =
        '# broken on purpose\nexamples/broken/\n*.draft.journey.yaml\n!keep.draft.journey.yaml\n/top.journey.yaml\n';
      writeFileSync(join(folder, '.journeymapignore'), patterns);
      mkdirSync(join(folder, 'examples', 'broken'), { recursive: true });
      const cli = loadIgnoreRules(folder)!;
      const editor = ignoreMatcher(patterns);
      const paths = [
        'examples/broken/a.journey.yaml',
        'examples/ok.journey.yaml',
        'maps/x.draft.journey.yaml',
        'maps/keep.draft.journey.yaml',
        'top.journey.yaml',
        'maps/top.journey.yaml',
      ];
      const expected = [true, false, true, false, true, false];
      assert.deepEqual(
        paths.map((path) => cli.isIgnored(join(folder, ...path.split('/')), false)),
        expected,
      );
      assert.deepEqual(
        paths.map((path) => editor(path)),
        expected,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
