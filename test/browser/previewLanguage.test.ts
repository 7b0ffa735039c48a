/**
 * The preview page speaks the reader's display language (settings.language): its toolbar,
 * banner, summary and filter menus in Indonesian, the map's own text untouched.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { analyzeJourney } from '../../src/core/index';
import { buildPreviewUpdate, DEFAULT_VIEW_OPTIONS } from '../../src/shared/previewUpdate';
import { assertBuilt, launchChromium, PreviewPage, PreviewServer, TEST_MAP_URI } from './support/previewHarness';

const MAP = `journey: Pengiriman paket
personas:
  - id: rina
    name: Rina
  - id: budi
    name: Budi
stages:
  - id: beli
    name: Pembelian
    touchpoints:
      - id: checkout
        name: Checkout di aplikasi
        personas: [rina, budi]
        emotion: 4
        metrics:
          - type: csat
            value: 70
            target: 85
`;

function update(text: string, version: number, language: 'en' | 'id') {
  return buildPreviewUpdate({
    uri: TEST_MAP_URI,
    version,
    fileName: 'test.journey.yaml',
    analysis: analyzeJourney(text, { today: '2026-11-01' }),
    options: { ...DEFAULT_VIEW_OPTIONS, view: 'mermaid' },
    language,
  }).message;
}

describe('preview webview: the reader’s language (real Chromium)', function () {
  this.timeout(60_000);
  let server: PreviewServer;
  let browser: Browser;

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows its toolbar, summary, filters and banner in Indonesian', async () => {
    const page = await PreviewPage.open(browser, server, { language: 'id' });
    try {
      await page.render(update(MAP, 1, 'id'));
      const shown = await page.page.evaluate(() => ({
        lang: document.documentElement.lang,
        zoomIn: document.getElementById('zoom-in')!.getAttribute('aria-label'),
        fit: document.getElementById('zoom-fit')!.textContent,
        personas: document.querySelector('#persona-filter summary')!.textContent,
        summary: document.getElementById('summary')!.textContent,
      }));
      assert.equal(shown.lang, 'id');
      assert.equal(shown.zoomIn, 'Perbesar');
      assert.equal(shown.fit, 'Pas');
      assert.equal(shown.personas, 'Persona: semua');
      assert.match(shown.summary ?? '', /Pengiriman paket/, 'the map’s own text as written');
      assert.match(shown.summary ?? '', /1 tahap/);
      assert.match(shown.summary ?? '', /Gap: /);
      assert.match(shown.summary ?? '', /✗ di bawah target/);
      // (The metric's score line, "CSAT 70% (target 85%) — below target", is the engine's MetricResult.display: English still.)
      assert.doesNotMatch(shown.summary ?? '', /stages?\b|Gaps:|Metric\b|Where|✗ below/);

      await page.render(update(`${MAP}      - id: [unclosed\n`, 2, 'id'));
      const banner = await page.page.evaluate(() => document.getElementById('banner')!.textContent ?? '');
      assert.match(banner, /^test\.journey\.yaml:\d+:\d+ JM\d{3}: /);
      assert.match(banner, /Yang ditampilkan adalah diagram valid terakhir\.$/);
      assert.deepEqual(page.pageErrors, []);
      assert.deepEqual((await page.record()).cspViolations, []);
    } finally {
      await page.close();
    }
  });

  it('stays English for an English reader', async () => {
    const page = await PreviewPage.open(browser, server, { language: 'en' });
    try {
      await page.render(update(MAP, 1, 'en'));
      const summary = await page.page.evaluate(() => document.getElementById('summary')!.textContent ?? '');
      assert.match(summary, /1 stage/);
      assert.match(summary, /✗ below target/);
      assert.equal(
        await page.page.evaluate(() => document.getElementById('zoom-in')!.getAttribute('aria-label')),
        'Zoom in',
      );
    } finally {
      await page.close();
    }
  });
});
