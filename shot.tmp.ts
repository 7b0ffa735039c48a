import { readFileSync } from 'node:fs';
import { canvasUpdateFor, launchChromium, PreviewPage, PreviewServer, updateFor } from './test/browser/support/previewHarness';
(async () => {
  const server = await PreviewServer.start();
  const browser = await launchChromium();
  const file = process.argv[2] ?? 'samples/travel-booking-app.journey.yaml';
  const theme = process.argv[3] ?? 'vscode-light';
  const page = await PreviewPage.open(browser, server, { width: 600, height: 800, view: 'map', bodyClass: theme });
  const report = await page.render(canvasUpdateFor(readFileSync(file, 'utf8'), 1, { theme: theme === 'vscode-dark' ? 'dark' : 'light' }));
  console.log(JSON.stringify(report));
  await page.page.screenshot({ path: '/tmp/shot1.png' });
  await page.page.evaluate(() => { const c = document.getElementById('canvas')!; c.scrollLeft = 700; c.scrollTop = 400; });
  await page.page.waitForTimeout(200);
  await page.page.screenshot({ path: '/tmp/shot2.png' });
  console.log(page.pageErrors, page.consoleErrors, (await page.record()).cspViolations);
  await browser.close(); await server.close();
})();
