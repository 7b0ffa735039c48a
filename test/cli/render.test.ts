import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import {
  assertNoStackTrace,
  ensureBuilt,
  expectGolden,
  installedChromium,
  makeTempDir,
  removeDir,
  ROOT,
  runCli,
} from './helpers';
import { inspectSvg, launchChromium, pngSize } from './svgInspection';

const SAMPLE = 'samples/parcel-delivery.journey.yaml';
const FIXTURE = 'test/cli/fixtures/maps/parcel-delivery.journey.yaml';

/** Every touchpoint name in a map, read with the real yaml parser. */
function touchpointNames(path: string): string[] {
  const map = parse(readFileSync(join(ROOT, path), 'utf8')) as { stages: { touchpoints?: { name: string }[] }[] };
  return map.stages.flatMap((stage) => (stage.touchpoints ?? []).map((touchpoint) => touchpoint.name));
}

/** A valid map whose diagram text is far beyond Mermaid's 50,000 characters. */
function hugeMap(stages: number, touchpointsPerStage: number): string {
  const lines = ['journey: A very long journey', 'stages:'];
  for (let stage = 0; stage < stages; stage++) {
    lines.push(`  - id: s${stage}`, `    name: Stage ${stage}`, '    touchpoints:');
    for (let index = 0; index < touchpointsPerStage; index++) {
      lines.push(
        `      - id: t${stage}-${index}`,
        `        name: Touchpoint ${stage}-${index} where the customer does something long to describe`,
        '        emotion: 3',
      );
    }
  }
  return lines.join('\n') + '\n';
}

describe('journey-map render', function () {
  before(ensureBuilt);

  describe('mermaid and markdown', function () {
    for (const path of [SAMPLE, FIXTURE, 'samples/toko-online-pengiriman.journey.yaml']) {
      // samples/x.journey.yaml → samples-x; the fixture of the same name gets its own golden.
      const name = `${path.startsWith('samples/') ? 'samples' : 'fixture'}-${path.split('/').pop()!.replace('.journey.yaml', '')}`;
      it(`--format mermaid on ${path} (golden)`, function () {
        const result = runCli(['render', path]);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /^journey\n/);
        expectGolden(`render-${name}.mmd`, result.stdout);
      });
      it(`--format markdown on ${path} (golden)`, function () {
        const result = runCli(['render', path, '--format', 'markdown']);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /```mermaid\njourney\n/);
        expectGolden(`render-${name}.md`, result.stdout);
      });
    }

    it('--persona keeps that persona only; an unknown persona is exit 2 listing the ids', function () {
      const all = runCli(['render', FIXTURE]).stdout;
      const budi = runCli(['render', FIXTURE, '--persona', 'budi']);
      assert.equal(budi.status, 0, budi.stderr);
      assert.match(all, /Real-time tracking/);
      assert.doesNotMatch(budi.stdout, /Real-time tracking/, 'tracking concerns rina only');
      assert.match(budi.stdout, /Courier hand-over/);
      const unknown = runCli(['render', FIXTURE, '--persona', 'nobody']);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /--persona nobody: no such persona in this map \(personas: rina, budi\)/);
    });

    it('-o writes the file', function () {
      const dir = makeTempDir('render-o');
      try {
        const result = runCli(['render', FIXTURE, '-o', join(dir, 'out.mmd')]);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.equal(readFileSync(join(dir, 'out.mmd'), 'utf8'), runCli(['render', FIXTURE]).stdout);
      } finally {
        removeDir(dir);
      }
    });

    it('an invalid map: exit 1 with its errors and positions', function () {
      const result = runCli(['render', 'test/cli/fixtures/invalid/schema-errors.journey.yaml']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /schema-errors\.journey\.yaml cannot be used: it has \d+ errors/);
      assert.match(result.stderr, /schema-errors\.journey\.yaml:9:18 JM105 /);
      assertNoStackTrace(result.stderr);
    });

    it('bad usage: exit 2', function () {
      assert.equal(runCli(['render']).status, 2);
      assert.equal(runCli(['render', FIXTURE, '--format', 'gif']).status, 2);
      assert.equal(runCli(['render', FIXTURE, '--theme', 'sepia']).status, 2);
      assert.equal(runCli(['render', 'missing.journey.yaml']).status, 2);
    });
  });

  describe('svg and png in a real browser', function () {
    const chromiumPath = installedChromium();
    let browser: Browser;
    let dir: string;

    before(async function () {
      if (!chromiumPath) this.skip(); // Reported as pending: install chromium (apt-get install chromium) to run these.
      this.timeout(60_000);
      browser = await launchChromium(chromiumPath!);
      dir = makeTempDir('render');
    });
    after(async function () {
      await browser?.close();
      if (dir) removeDir(dir);
    });

    for (const path of [
      SAMPLE,
      'samples/travel-booking-app.journey.yaml',
      'samples/toko-online-pengiriman.journey.yaml',
      FIXTURE,
    ]) {
      it(`svg of ${path} is well-formed and shows every touchpoint's label`, async function () {
        this.timeout(60_000);
        const result = runCli(['render', path, '--format', 'svg']);
        assert.equal(result.status, 0, result.stderr);
        const svg = await inspectSvg(browser, result.stdout);
        assert.equal(svg.root, 'svg');
        assert.ok(svg.width > 100 && svg.height > 100, `size ${svg.width}×${svg.height}`);
        assert.equal(svg.scripts, 0);
        for (const label of touchpointNames(path)) {
          assert.ok(svg.compactText.includes(label.replace(/\s+/g, '')), `label missing from the SVG: ${label}`);
        }
      });
    }

    it('dark theme paints a dark background; light a white one', async function () {
      this.timeout(60_000);
      const dark = await inspectSvg(browser, runCli(['render', FIXTURE, '--format', 'svg', '--theme', 'dark']).stdout);
      const light = await inspectSvg(browser, runCli(['render', FIXTURE, '--format', 'svg']).stdout);
      assert.equal(dark.backgroundFill, '#1e1e1e');
      assert.equal(light.backgroundFill, '#ffffff');
    });

    it('png is a real PNG at twice the SVG size', async function () {
      this.timeout(60_000);
      const pngPath = join(dir, 'map.png');
      const result = runCli(['render', FIXTURE, '--format', 'png', '-o', pngPath]);
      assert.equal(result.status, 0, result.stderr);
      const { width, height } = pngSize(readFileSync(pngPath));
      const svg = await inspectSvg(browser, runCli(['render', FIXTURE, '--format', 'svg']).stdout);
      assert.ok(Math.abs(width - 2 * Math.ceil(svg.width)) <= 2, `png width ${width} vs svg ${svg.width}`);
      assert.ok(Math.abs(height - 2 * Math.ceil(svg.height)) <= 2, `png height ${height} vs svg ${svg.height}`);
    });

    it('a map bigger than the preview limit: exit 1 with the sizes, no browser started', function () {
      this.timeout(60_000);
      const path = join(dir, 'huge.journey.yaml');
      writeFileSync(path, hugeMap(40, 30));
      const result = runCli(['render', path, '--format', 'svg'], {
        env: { CHROME_PATH: '/nonexistent/should-not-be-needed' },
      });
      assert.equal(result.status, 1, result.stderr);
      assert.match(
        result.stderr,
        /too big to draw: its diagram has [\d,]+ characters, more than Mermaid's limit of 50,000/,
      );
      assertNoStackTrace(result.stderr);
    });
  });

  describe('without a browser', function () {
    it('names how to install one, exit 2', function () {
      const result = runCli(['render', FIXTURE, '--format', 'svg'], { env: { PATH: '' } });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /No Chromium, Chrome or Edge browser found/);
      assert.match(result.stderr, /sudo apt-get install chromium/);
      assertNoStackTrace(result.stderr);
    });

    it('a browser that does not start: exit 2 naming it', function () {
      this.timeout(60_000);
      const result = runCli(['render', FIXTURE, '--format', 'svg', '--browser', '/bin/true']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /Could not start the browser \/bin\/true/);
      assertNoStackTrace(result.stderr);
    });

    it('a --browser path that is not a browser, exit 2', function () {
      const result = runCli([
        'render',
        FIXTURE,
        '--format',
        'png',
        '-o',
        '/tmp/never.png',
        '--browser',
        '/nonexistent/chrome',
      ]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--browser \/nonexistent\/chrome: not an executable file/);
    });
  });
});
