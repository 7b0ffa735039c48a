import { readFileSync } from 'node:fs';
import { canvasUpdateFor, launchChromium, PreviewPage, PreviewServer } from './test/browser/support/previewHarness';
(async () => {
  const server = await PreviewServer.start();
  const browser = await launchChromium();
  const page = await PreviewPage.open(browser, server, { width: 600, height: 800, view: 'map' });
  await page.render(canvasUpdateFor(readFileSync('samples/travel-booking-app.journey.yaml', 'utf8'), 1));
  console.log(await page.page.evaluate(() => ['.canvas-spacer', '.canvas-top', '.canvas-corner', '.canvas-left', '.canvas-top > svg', '.canvas-corner > svg', '.canvas-left > svg', 'svg.canvas-main'].map((sel) => {
    const e = document.querySelector(sel) as HTMLElement; const r = e.getBoundingClientRect(); const cs = getComputedStyle(e);
    return `${sel}: ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} overflow=${cs.overflow} pos=${cs.position} top=${cs.top}`;
  }).join('\n')));
  await browser.close(); await server.close();
})();
